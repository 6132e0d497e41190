package be.terrain.html;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.html.internal.Charts;
import be.terrain.stats.ReportTable;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-scan {@link Svg} gives the same text as the regular expressions it replaced (kept here as
 * the reference), on every chart of the reference document and on edge cases.
 */
class SvgInlineTest {
  private static final Pattern IDS = Pattern.compile("(id=\"|url\\(#|href=\"#)([^\")]+)");
  private static final Pattern LONG_DECIMALS = Pattern.compile("(\\.\\d\\d)\\d+");

  private static String compactByRegex(String svg) {
    return LONG_DECIMALS.matcher(svg).replaceAll("$1");
  }

  private static String inlineByRegex(String svg, String prefix, String describedBy) {
    int start = svg.indexOf("<svg");
    String body = compactByRegex(start < 0 ? svg : svg.substring(start));
    Map<String, Integer> numbers = new HashMap<>();
    Matcher m = IDS.matcher(body);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int k = numbers.computeIfAbsent(m.group(2), id -> numbers.size() + 1);
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + prefix + "-" + k));
    }
    m.appendTail(b);
    return b.toString()
        .replaceFirst(
            "<svg",
            "<svg role=\"img\" aria-labelledby=\"" + describedBy + "\" focusable=\"false\"");
  }

  @Test
  void everyChartOfTheReferenceDocumentIsInlinedAsBefore() {
    ReportDocument doc = Reference.document();
    int ids = 0;
    for (ReportTable t : doc.report().tables()) {
      for (boolean standalone : new boolean[] {false, true}) {
        String svg = Svg.vectorGraphics(Charts.chart(doc, t, standalone));
        String prefix = "antenna-x-" + t.id();
        assertThat(Svg.inline(svg, prefix, "alt-" + prefix))
            .as(t.id() + " in " + t.scope())
            .isEqualTo(inlineByRegex(svg, prefix, "alt-" + prefix));
        assertThat(Svg.compact(svg)).isEqualTo(compactByRegex(svg));
        ids += svg.contains("url(#") ? 1 : 0;
      }
    }
    assertThat(ids).as("charts with clip paths").isPositive();
  }

  @Test
  void edgeCasesAsTheRegularExpressions() {
    String[] cases = {
      "<?xml version=\"1.0\"?><!DOCTYPE svg><svg width=\"1.5\" x=\"12.345678\"><clipPath"
          + " id=\"c123\"/><g clip-path=\"url(#c123)\"><use href=\"#c123\"/><a id=\"\""
          + " href=\"#\"/><rect x=\"0.1\" y=\".99\" w=\"3.1415\"/>id=\"c9\" url(#c123 .123"
          + "</g></svg>",
      "no svg here: 1.2345 id=\"a\" url(#a) href=\"#b\" end.999",
      "<svg><svg id=\"x\"/></svg>.12",
      ""
    };
    for (String c : cases) {
      assertThat(Svg.inline(c, "p", "alt-p")).as(c).isEqualTo(inlineByRegex(c, "p", "alt-p"));
      assertThat(Svg.compact(c)).as(c).isEqualTo(compactByRegex(c));
    }
  }
}
