package be.terrain.html;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The charts' SVG as the document wrote it before {@code SvgWriter} (kept as the reference its
 * tests compare with): VectorGraphics2D's own SVG writer (a DOM, serialised), then made ready to be
 * inlined in the HTML: without its XML declaration and doctype, its ids prefixed (so that the clip
 * paths of two charts never clash), with the role of an image and a pointer to its text
 * alternative. Each step is one scan of the text (no regular expression: a document's charts are a
 * few megabytes of SVG).
 */
final class Svg {
  private Svg() {}

  /** The chart's SVG document as VectorGraphics2D's SVG writer gives it. */
  static String vectorGraphics(Chart<?, ?> chart) {
    VectorGraphics2D g = new VectorGraphics2D();
    g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
    g.setRenderingHint(VectorHints.KEY_EXPORT, VectorHints.VALUE_EXPORT_SIZE);
    chart.paint(g, chart.getWidth(), chart.getHeight());
    Document svg =
        new SVGProcessor()
            .getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      svg.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What starts a reference to an id, in the order they are tried at a position. */
  private static final String[] ID_STARTS = {"id=\"", "url(#", "href=\"#"};

  /**
   * The SVG with coordinates cut to two decimals (a hundredth of a point is plenty): every dot
   * followed by three digits or more keeps its first two.
   */
  static String compact(String svg) {
    return compact(svg, 0);
  }

  private static String compact(String svg, int from) {
    int n = svg.length();
    StringBuilder b = new StringBuilder(n - from);
    int i = from;
    while (i < n) {
      char c = svg.charAt(i);
      if (c == '.' && digit(svg, i + 1) && digit(svg, i + 2) && digit(svg, i + 3)) {
        b.append(svg, i, i + 3);
        i += 3;
        while (i < n && digit(svg, i)) {
          i++;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static boolean digit(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  /** The SVG to inline. */
  static String inline(String svg, String prefix, String describedBy) {
    int start = svg.indexOf("<svg");
    String body = compact(svg, Math.max(start, 0));
    // the ids VectorGraphics2D makes come from hash codes: number them in order instead
    Map<String, Integer> numbers = new HashMap<>();
    String open = "<svg role=\"img\" aria-labelledby=\"" + describedBy + "\" focusable=\"false\"";
    StringBuilder b = new StringBuilder(body.length() + open.length() + 256);
    boolean opened = false;
    int n = body.length();
    int i = 0;
    int copied = 0;
    while (i < n) {
      if (!opened && body.startsWith("<svg", i)) {
        b.append(body, copied, i).append(open);
        i += 4;
        copied = i;
        opened = true;
        continue;
      }
      String idStart = idStart(body, i);
      if (idStart != null) {
        int from = i + idStart.length();
        int to = from;
        while (to < n && body.charAt(to) != '"' && body.charAt(to) != ')') {
          to++;
        }
        if (to > from) {
          String id = body.substring(from, to);
          int k = numbers.computeIfAbsent(id, x -> numbers.size() + 1);
          b.append(body, copied, from).append(prefix).append('-').append(k);
          i = to;
          copied = to;
          continue;
        }
      }
      i++;
    }
    return b.append(body, copied, n).toString();
  }

  private static String idStart(String s, int i) {
    char c = s.charAt(i);
    if (c != 'i' && c != 'u' && c != 'h') {
      return null;
    }
    for (String start : ID_STARTS) {
      if (s.startsWith(start, i)) {
        return start;
      }
    }
    return null;
  }
}
