package be.terrain.stats.spi;

import org.apiguardian.api.API;

/**
 * JSON strings as Terrain's own writers write them, for a {@link ReportFormat} (or any document)
 * that writes JSON by hand: the value between double quotes, with {@code "} and {@code \} escaped,
 * the control characters below U+0020 written as {@code \n}, {@code \r}, {@code \t}, {@code \b},
 * {@code \f} or {@code \}{@code uXXXX} (upper-case hex), and every other character as it is (the
 * document is UTF-8). One place, so that every Terrain document escapes the same text the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /**
   * Appends a JSON string.
   *
   * @param b where the string is appended, quotes included
   * @param s the text; never null
   * @return {@code b}
   */
  public static StringBuilder appendQuoted(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"');
  }

  /**
   * {@return the text as a JSON string, quotes included}
   *
   * @param s the text; never null
   */
  public static String quoted(String s) {
    return appendQuoted(new StringBuilder(s.length() + 2), s).toString();
  }
}
