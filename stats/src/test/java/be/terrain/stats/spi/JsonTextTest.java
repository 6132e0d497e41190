package be.terrain.stats.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JsonText.quoted("Extra Ring")).isEqualTo("\"Extra Ring\"");
    assertThat(JsonText.quoted("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(JsonText.quoted("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    assertThat(JsonText.quoted("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001F\u007f\"");
    assertThat(JsonText.quoted("données é €")).isEqualTo("\"données é €\"");
    assertThat(JsonText.quoted("")).isEqualTo("\"\"");
  }

  @Test
  void appendsToWhatIsThere() {
    StringBuilder b = new StringBuilder("x: ");
    assertThat(JsonText.appendQuoted(b, "y").toString()).isEqualTo("x: \"y\"");
  }

  /**
   * Any text (control characters, quotes, lone surrogates) comes back whole from its JSON string.
   */
  @Test
  void aJsonReaderGetsTheSameTextBack() {
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 40))
        .check(
            codes -> {
              StringBuilder s = new StringBuilder();
              codes.forEach(c -> s.append((char) c.intValue()));
              String quoted = JsonText.quoted(s.toString());
              return quoted.chars().noneMatch(c -> c < 0x20)
                  && unquote(quoted).equals(s.toString());
            });
  }

  /** A JSON string's value, as RFC 8259 reads it (written here on its own, not from JsonText). */
  private static String unquote(String json) {
    assertThat(json).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < json.length() - 1; i++) {
      char c = json.charAt(i);
      if (c == '"') {
        throw new AssertionError("unescaped quote at " + i + " in " + json);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new AssertionError("bad escape \\" + e + " in " + json);
      }
    }
    return out.toString();
  }
}
