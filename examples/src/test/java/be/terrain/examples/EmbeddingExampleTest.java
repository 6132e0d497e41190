package be.terrain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void itPrintsTheTwoTablesOfTheCharleroiService() throws Exception {
    String out = StandardOutput.of(() -> EmbeddingExample.main(new String[0]));

    assertThat(out)
        .startsWith("profile.sex, N = 3\n")
        .containsPattern("\n  Féminin +2 +67 %\n  Masculin +1 +33 %\n")
        .contains("contacts.channel, N = 15\n")
        .containsPattern("\n  Rue +2 +13 %\n  Permanence +1 +7 %\n")
        .containsPattern("\n  Visite en bar +12 +80 %\n");
  }

  @Test
  void theReadmeQuickStartIsThisProgram() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);
    String source =
        Files.readString(
            module.resolve("src/main/java/be/terrain/examples/EmbeddingExample.java"),
            StandardCharsets.UTF_8);

    Matcher quickStart =
        Pattern.compile("(?s)## Quick start\n.*?```java\n(.*?)```\n").matcher(readme);
    assertThat(quickStart.find()).as("README.md has a Quick start with a java block").isTrue();
    Matcher program =
        Pattern.compile("(?s)// README quick start: begin\n(.*?)\n *// README quick start: end")
            .matcher(source);
    assertThat(program.find()).as("EmbeddingExample marks the quick start").isTrue();

    String imports =
        source.lines().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
    assertThat(quickStart.group(1).strip())
        .as("README's quick start: EmbeddingExample's imports, a blank line, then its code")
        .isEqualTo(imports + "\n\n" + dedent(program.group(1)).strip());
  }

  private static String dedent(String text) {
    List<String> lines = text.lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString();
  }
}
