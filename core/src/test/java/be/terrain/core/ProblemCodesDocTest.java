package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/problem-codes.md} documents exactly the codes of {@link ProblemCodes}, with their
 * messages.
 */
class ProblemCodesDocTest {
  private static final Pattern CODE = Pattern.compile("TER-[0-9]{4}");
  private static final Pattern HEADING = Pattern.compile("(?m)^### (TER-[0-9]{4}) ");

  private static String page() throws IOException {
    Path page =
        Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("problem-codes.md");
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  /** Each code's section: from its heading to the next heading. */
  private static Map<String, String> sections(String page) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = HEADING.matcher(page);
    String code = null;
    int from = 0;
    while (m.find()) {
      if (code != null) {
        out.put(code, page.substring(from, m.start()));
      }
      code = m.group(1);
      from = m.start();
    }
    if (code != null) {
      out.put(code, page.substring(from));
    }
    return out;
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> codes = ProblemCodes.all().stream().map(ProblemCode::code).toList();
    assertThat(codes).doesNotHaveDuplicates().isNotEmpty().allMatch(c -> CODE.matcher(c).matches());
    assertThat(ProblemCodes.all()).doesNotHaveDuplicates();
  }

  @Test
  void thePageNamesExactlyTheCodesThatExist() throws IOException {
    String page = page();
    Set<String> named = new TreeSet<>();
    CODE.matcher(page).results().forEach(r -> named.add(r.group()));
    Set<String> declared = new TreeSet<>();
    ProblemCodes.all().forEach(c -> declared.add(c.code()));
    assertThat(named).as("codes named on the page").isEqualTo(declared);
    assertThat(sections(page).keySet())
        .as("one section per code, in order")
        .containsExactlyElementsOf(
            ProblemCodes.all().stream().map(ProblemCode::code).sorted().toList());
  }

  @Test
  void eachSectionGivesBothMessagesATriggerAndAFix() throws IOException {
    Map<String, String> sections = sections(page());
    for (ProblemCode c : ProblemCodes.all()) {
      String section = sections.get(c.code());
      assertThat(section).as(c.code()).isNotNull();
      assertThat(lineStarting(section, "- English: "))
          .as(c.code())
          .matches(template(c.messageEn()));
      assertThat(lineStarting(section, "- Français : "))
          .as(c.code())
          .matches(template(c.messageFr()));
      assertThat(section).as(c.code()).contains("- Triggered by: ").contains("- Fix: ");
    }
  }

  private static String lineStarting(String section, String prefix) {
    return section
        .lines()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .map(l -> l.substring(prefix.length()))
        .orElse("");
  }

  /** A message template as a pattern: each {@code %s} is shown as {@code ‹name›}. */
  private static Pattern template(String message) {
    StringBuilder b = new StringBuilder();
    String[] parts = message.split("%s", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append("‹[a-z]+›");
      }
      b.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(b.toString());
  }
}
