package be.terrain.html.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG document made ready to be inlined in the HTML: without its XML declaration and doctype,
 * its ids prefixed (so that the clip paths of two charts never clash), with the role of an image
 * and a pointer to its text alternative.
 */
public final class Svg {
  private Svg() {}

  private static final Pattern IDS = Pattern.compile("(id=\"|url\\(#|href=\"#)([^\")]+)");

  private static final Pattern LONG_DECIMALS = Pattern.compile("(\\.\\d\\d)\\d+");

  /** The SVG with coordinates cut to two decimals (a hundredth of a point is plenty). */
  public static String compact(String svg) {
    return LONG_DECIMALS.matcher(svg).replaceAll("$1");
  }

  /** The SVG to inline. */
  public static String inline(String svg, String prefix, String describedBy) {
    int start = svg.indexOf("<svg");
    String body = compact(start < 0 ? svg : svg.substring(start));
    // the ids VectorGraphics2D makes come from hash codes: number them in order instead
    Map<String, Integer> numbers = new HashMap<>();
    Matcher m = IDS.matcher(body);
    StringBuilder b = new StringBuilder(body.length() + 256);
    while (m.find()) {
      int k = numbers.computeIfAbsent(m.group(2), id -> numbers.size() + 1);
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + prefix + "-" + k));
    }
    m.appendTail(b);
    String s = b.toString();
    return s.replaceFirst(
        "<svg", "<svg role=\"img\" aria-labelledby=\"" + describedBy + "\" focusable=\"false\"");
  }
}
