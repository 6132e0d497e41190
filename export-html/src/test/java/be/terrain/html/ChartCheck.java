package be.terrain.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;

/** Fails when a table's chart is missing, empty or has no text alternative. */
final class ChartCheck {
  private ChartCheck() {}

  static void assertDrawn(Element block) {
    String table = block.attr("data-table") + " in " + block.parents().select("section").attr("id");
    Element figure = block.selectFirst("figure.chart");
    assertThat(figure).as("the chart of " + table).isNotNull();
    Element svg = figure.selectFirst("svg");
    assertThat(svg).as("the SVG of " + table).isNotNull();
    assertThat(svg.select("path, rect, polygon, text").size())
        .as("what the chart of " + table + " draws")
        .isGreaterThan(3);
    Element caption = figure.selectFirst("figcaption");
    assertThat(caption).as("the text alternative of " + table).isNotNull();
    assertThat(svg.attr("aria-labelledby")).isEqualTo(caption.id());
    for (Element row : block.select("tbody tr")) {
      assertThat(caption.text()).as(table).contains(row.selectFirst("th").text());
    }
  }
}
