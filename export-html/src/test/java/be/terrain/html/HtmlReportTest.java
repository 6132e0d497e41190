package be.terrain.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The reference dataset's HTML report holds report.json's numbers, and a chart per table. */
class HtmlReportTest {
  static String html;
  static Document page;

  @BeforeAll
  static void write() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReport.write(Reference.document(), out);
    html = out.toString(StandardCharsets.UTF_8);
    Files.writeString(Reference.target("reference-2020.html"), html);
    page = Jsoup.parse(html);
  }

  @Test
  void everyTableOfEveryScopeHoldsTheNumbersOfReportJson() throws Exception {
    JsonNode expected = Reference.expectedJson();
    int tables = 0;
    for (JsonNode t : expected.get("tables")) {
      Element table = table(t);
      assertThat(table).as(where(t)).isNotNull();
      assertThat(table.attr("data-n")).isEqualTo(t.get("n").asString());
      assertThat(plain(table.selectFirst("caption").text())).contains("N=" + t.get("n").asLong());
      for (JsonNode r : t.get("rows")) {
        Element tr = table.selectFirst("tr[data-code=" + r.get("code").asString() + "]");
        assertThat(tr).as(where(t) + " " + r.get("code")).isNotNull();
        assertThat(plain(tr.selectFirst("td.count").text()))
            .as(where(t) + " " + r.get("code"))
            .isEqualTo(r.get("count").asString());
        String percent = plain(tr.selectFirst("td.percent").text());
        assertThat(percent)
            .isEqualTo(r.get("percent").isNull() ? "" : r.get("percent").asString() + "%");
        if (r.has("history")) {
          Elements h = tr.select("td.history");
          assertThat(h).hasSize(r.get("history").size());
          for (int i = 0; i < h.size(); i++) {
            assertThat(plain(h.get(i).text())).isEqualTo(r.get("history").get(i).asString());
          }
          String change = plain(tr.selectFirst("td.change").text());
          assertThat(change)
              .isEqualTo(
                  r.get("change_percent").isNull()
                      ? "—"
                      : sign(r.get("change_percent").asString()).replace('.', ',') + "%");
        }
      }
      tables++;
    }
    assertThat(tables).isEqualTo(Reference.REPORT.tables().size());
  }

  @Test
  void everyTableHasAChartThatDrawsSomethingAndSaysWhatItShows() {
    Elements blocks = page.select("div.block");
    assertThat(blocks).hasSize(Reference.REPORT.tables().size());
    for (Element block : blocks) {
      ChartCheck.assertDrawn(block);
    }
  }

  @Test
  void frenchNumbersUseANarrowNoBreakSpaceForThousandsAndANoBreakSpaceBeforePercent() {
    // the organisation's contacts: thousands in the reference
    Element street =
        page.selectFirst(
            "section[data-scope-level=ORGANISATION] table[data-table=contacts.channel]"
                + " tr[data-code=STREET] td.count");
    assertThat(street.wholeText()).matches("\\d{1,3}(\u202F\\d{3})+");
    assertThat(page.selectFirst("td.percent:matchesOwn(\\d)").wholeText()).endsWith("\u00A0%");
  }

  @Test
  void isSelfContainedWithoutScriptAndAccessible() {
    assertThat(page.select("script, link, img[src], object, iframe")).isEmpty();
    assertThat(html).doesNotContain("http://www.w3.org/1999/xlink\" xlink:href=\"http");
    assertThat(page.select("table:not(:has(caption))")).isEmpty();
    assertThat(page.select("svg:not([role=img])")).isEmpty();
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(html).contains("@page").contains("A4");
    assertThat(page.select("section.scope")).hasSize(scopes());
    assertThat(page.select("p.note")).isNotEmpty();
  }

  private static int scopes() {
    return (int) Reference.REPORT.tables().stream().map(t -> t.scope()).distinct().count();
  }

  private static Element table(JsonNode t) {
    JsonNode s = t.get("scope");
    return page.selectFirst(
        "section[data-scope-level="
            + s.get("level").asString()
            + "][data-scope-id="
            + s.get("id").asString()
            + "] table[data-table="
            + t.get("id").asString()
            + "]");
  }

  private static String where(JsonNode t) {
    return t.get("id").asString() + " " + t.get("scope");
  }

  /** Without the grouping and no-break spaces. */
  static String plain(String s) {
    return s.replace("\u202F", "").replace("\u00A0", "").replace(" ", "");
  }

  private static String sign(String change) {
    return change.startsWith("-") || change.equals("0.0") ? change : "+" + change;
  }
}
