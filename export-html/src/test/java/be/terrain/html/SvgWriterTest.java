package be.terrain.html;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.html.internal.Charts;
import be.terrain.stats.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The streaming SVG writer gives, chart by chart, the text that VectorGraphics2D's SVG writer and
 * the clean-up after it gave ({@link Svg}, the reference): inline in the document and as chart
 * files. Equal text means the same elements, attributes, coordinates, colours, ids and text
 * alternative pointers; the structure is compared too, element by element with coordinates rounded,
 * so that a failure says where the two part.
 */
class SvgWriterTest {
  private static final Pattern TAG = Pattern.compile("<(/?[\\w:]+)([^>]*?)(/?)>");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  @Test
  void everyChartOfTheReferenceDocumentAsBefore() {
    ReportDocument doc = Reference.document();
    int charts = 0;
    for (ReportTable t : doc.report().tables()) {
      for (boolean standalone : new boolean[] {false, true}) {
        Chart<?, ?> chart = Charts.chart(doc, t, standalone);
        String prefix = "antenna-x-" + t.id();
        String before = Svg.inline(Svg.vectorGraphics(chart), prefix, "alt-" + prefix);
        String after = Charts.inlineSvg(chart, prefix, "alt-" + prefix);
        String what = t.id() + " in " + t.scope() + (standalone ? ", standalone" : "");
        String file = withoutClipIds(Charts.svg(chart));
        String fileBefore = withoutClipIds(Svg.compact(Svg.vectorGraphics(chart)));
        if (charts % 8 == 0 || !after.equals(before) || !file.equals(fileBefore)) {
          // element by element first (the slow part, for some charts): says where they part
          assertThat(elements(after)).as(what).isEqualTo(elements(before));
          assertThat(elements(file)).as(what).isEqualTo(elements(fileBefore));
        }
        assertThat(after).as(what).isEqualTo(before);
        assertThat(file).as(what).isEqualTo(fileBefore);
        charts++;
      }
    }
    assertThat(charts).isGreaterThan(20);
  }

  /** The file's clip paths are named by the hash codes of shapes, which may differ per run. */
  private static String withoutClipIds(String svg) {
    return svg.replaceAll("clip-?\\d+", "clip");
  }

  /** Each element's name and attributes, numbers rounded to one decimal, one per line. */
  private static List<String> elements(String svg) {
    List<String> out = new ArrayList<>();
    Matcher m = TAG.matcher(svg);
    while (m.find()) {
      Matcher n = NUMBER.matcher(m.group(2));
      StringBuilder b = new StringBuilder();
      while (n.find()) {
        n.appendReplacement(
            b, String.format(java.util.Locale.ROOT, "%.1f", Double.parseDouble(n.group())));
      }
      n.appendTail(b);
      out.add(m.group(1) + b.toString().trim().replaceAll("-0\\.0\\b", "0.0") + m.group(3));
    }
    return out;
  }
}
