package be.terrain.json;

import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.testkit.ValidDatasets;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Valid datasets for JSON's properties: the kit's {@link ValidDatasets} (valid as of {@link
 * be.terrain.testing.ReferenceData#READ_ON}, the kit's {@code TODAY}), with names of what JSON
 * escapes: quotes, backslashes, control characters, U+2028, non-ASCII and characters outside the
 * BMP.
 */
final class JsonGenerators {
  private JsonGenerators() {}

  private static final List<Character> TEXT_CHARS = textChars();

  private static List<Character> textChars() {
    List<Character> out = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      out.add(c);
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      out.add(c);
    }
    for (char c : " ,;\"'=+-@\t\n\r\\/|{}[]:éèàçüöñÉ€«»—’".toCharArray()) {
      out.add(c);
    }
    for (char c = '\u4e00'; c <= '\u4e10'; c++) {
      out.add(c);
    }
    for (char c : new char[] {'\u0000', '\u001f', '\u007f', '\u2028'}) {
      out.add(c);
    }
    return List.copyOf(out);
  }

  /** Display names: any of the characters a spreadsheet or JSON escapes, and non-ASCII text. */
  static Gen<String> texts() {
    return lists()
        .of(Generate.pick(TEXT_CHARS))
        .ofSizeBetween(1, 24)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder(cs.size() + 2);
              cs.forEach(b::append);
              return b.length() % 5 == 0 ? b.append("😀").toString() : b.toString();
            });
  }

  /** Valid datasets of every kind of record, named with {@link #texts()}. */
  static Gen<Dataset> datasets() {
    return ValidDatasets.valid(CodeRegistry.standard(), texts());
  }
}
