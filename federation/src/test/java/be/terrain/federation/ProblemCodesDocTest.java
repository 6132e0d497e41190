package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.ProblemCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/federation-problem-codes.md} documents exactly the codes of {@link
 * FederationProblems}, each with both messages, a trigger and a fix.
 */
class ProblemCodesDocTest {
  private static List<ProblemCode> codes() throws IllegalAccessException {
    List<ProblemCode> out = new ArrayList<>();
    for (Field f : FederationProblems.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == ProblemCode.class) {
        out.add((ProblemCode) f.get(null));
      }
    }
    return out;
  }

  private static String placeholders(String template) {
    return template.replaceAll("%[sd]", "‹…›");
  }

  @Test
  void thePageDocumentsEveryCodeAndNoOther() throws Exception {
    String page =
        Files.readString(
            Path.of("..", "docs", "federation-problem-codes.md"), StandardCharsets.UTF_8);
    Set<String> named = new TreeSet<>();
    Pattern.compile("TER-[0-9]{4}").matcher(page).results().forEach(r -> named.add(r.group()));
    Set<String> declared = new TreeSet<>();
    List<ProblemCode> codes = codes();
    codes.forEach(c -> declared.add(c.code()));
    assertThat(codes).hasSize(18);
    assertThat(named).isEqualTo(declared);
    for (ProblemCode c : codes) {
      String section = page.substring(page.indexOf("## " + c.code()));
      int next = section.indexOf("\n## ", 3);
      section = next < 0 ? section : section.substring(0, next);
      assertThat(section)
          .as(c.code())
          .contains("- English: " + placeholders(c.messageEn()) + "\n")
          .contains("- Français : " + placeholders(c.messageFr()) + "\n")
          .contains("- Triggered by: ")
          .contains("- Fix: ");
    }
  }
}
