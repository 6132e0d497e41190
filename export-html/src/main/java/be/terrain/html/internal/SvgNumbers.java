package be.terrain.html.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The numbers of the charts' SVG, as VectorGraphics2D's SVG writer printed them (a {@code
 * DecimalFormat} of pattern {@code 0}, at most 15 decimals for a double and 6 for a float, or
 * {@code Double.toString} in one place) and then cut to two decimals (a hundredth of a point is
 * plenty: a number with three decimals or more keeps its first two). The common case takes the
 * digits of {@code Double.toString} straight from a {@code StringBuilder} with no formatter; a
 * number whose first two decimals the formatter's rounding could change (its 3rd to 15th decimals
 * all 9 or all 0), or in exponent notation, goes through the formatter itself. Not thread-safe: one
 * per writer.
 */
final class SvgNumbers {
  private final StringBuilder scratch = new StringBuilder(32);
  private DecimalFormat doubles;
  private DecimalFormat floats;

  /** Appends a double as the formatter of at most 15 decimals would, cut to two decimals. */
  void appendDouble(StringBuilder out, double v) {
    StringBuilder s = scratch;
    s.setLength(0);
    s.append(v);
    int dot = plainDot(s);
    if (dot < 0) {
      appendCut(out, doubleFormat().format(v));
      return;
    }
    int n = s.length();
    int decimals = n - dot - 1;
    if (decimals > 15 && !firstTwoDecimalsKept(s, dot)) {
      appendCut(out, doubleFormat().format(v));
      return;
    }
    int end = n;
    if (decimals <= 15) {
      while (end > dot + 1 && s.charAt(end - 1) == '0') {
        end--;
      }
    }
    if (end == dot + 1) {
      out.append(s, 0, dot);
    } else {
      out.append(s, 0, Math.min(end, dot + 3));
    }
  }

  /** Appends a float as the formatter of at most 6 decimals would, cut to two decimals. */
  void appendFloat(StringBuilder out, float v) {
    appendCut(out, floatFormat().format(v));
  }

  /** Appends {@code Double.toString(v)}, cut to two decimals. */
  void appendPlain(StringBuilder out, double v) {
    StringBuilder s = scratch;
    s.setLength(0);
    s.append(v);
    appendCut(out, s);
  }

  /**
   * The position of the dot of a plain decimal ({@code -12.5}), or -1 (exponent, NaN, infinity).
   */
  private static int plainDot(StringBuilder s) {
    int dot = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dot = i;
      } else if (c != '-' && (c < '0' || c > '9')) {
        return -1;
      }
    }
    return dot;
  }

  /**
   * Whether rounding at the 15th decimal leaves the first two decimals, and at least one more: so
   * when the 3rd to 15th decimals hold a digit from 1 to 8, or both a 0 and a 9.
   */
  private static boolean firstTwoDecimalsKept(CharSequence s, int dot) {
    boolean zero = false;
    boolean nine = false;
    for (int i = dot + 3; i <= dot + 15; i++) {
      char c = s.charAt(i);
      if (c == '0') {
        zero = true;
      } else if (c == '9') {
        nine = true;
      } else {
        return true;
      }
    }
    return zero && nine;
  }

  /** Appends a number's text with every run of three decimals or more cut to its first two. */
  static void appendCut(StringBuilder out, CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '.' && digit(s, i + 1) && digit(s, i + 2) && digit(s, i + 3)) {
        out.append(s, i, i + 3);
        i += 3;
        while (i < n && digit(s, i)) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private static boolean digit(CharSequence s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  private DecimalFormat doubleFormat() {
    if (doubles == null) {
      doubles = format(15);
    }
    return doubles;
  }

  private DecimalFormat floatFormat() {
    if (floats == null) {
      floats = format(6);
    }
    return floats;
  }

  private static DecimalFormat format(int decimals) {
    DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setMaximumFractionDigits(decimals);
    return f;
  }
}
