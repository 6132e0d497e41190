package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RulesCommandTest {
  @TempDir Path tmp;

  static String rules() {
    return ReferenceData.seed2020().resolve("rules.json").toString();
  }

  @Test
  void rulesCheckJsonIsTheExpectedCheck() {
    for (String asOf : new String[] {"2021-11-01", "2021-12-31"}) {
      Path out = tmp.resolve("rules-check-" + asOf + ".json");

      Run r =
          run(
              "rules",
              reference(),
              "--rules",
              rules(),
              "--as-of",
              asOf,
              "--today",
              TODAY,
              "--out",
              out.toString());

      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Cli.json(out))
          .isEqualTo(Cli.json(ReferenceData.expected("rules-check-" + asOf + ".json")));
    }
  }

  @Test
  void asOfDefaultsToToday() {
    Path out = tmp.resolve("check.json");

    // the ledger runs to 2022-01-03: read on 2021-11-01, the dataset is invalid (activity after
    // that day)
    Run early =
        run(
            "rules",
            reference(),
            "--rules",
            rules(),
            "--today",
            "2021-11-01",
            "--out",
            out.toString());
    assertThat(early.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(early.out()).contains("TER-0307");
    assertThat(out).doesNotExist();

    Run r =
        run("rules", reference(), "--rules", rules(), "--today", TODAY, "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(Cli.json(out))
        .isEqualTo(Cli.json(ReferenceData.expected("rules-check-2021-12-31.json")));
  }

  @Test
  void thePluginsRuleKindsAreCheckedAsOfTheSameDay() {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);

    Run r =
        run(
            "--plugin-path",
            plugins.toString(),
            "rules",
            reference(),
            "--rules",
            rules(),
            "--as-of",
            "2021-11-01",
            "--today",
            TODAY);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Rule tickets-s-2021: ")
        .contains(
            "\n\nRule kind fdss.monthly-value-cap (a plugin's): at most 5000 cents of goods per"
                + " person and calendar month, as of 2021-11-01\n")
        .containsPattern(
            "\n  [1-9][0-9]* violations?\n    date +act +person +period +what\n"
                + "    2021-[0-9-]+ +\\S+ +\\S+ +2021-[0-9]{2} +[0-9]+ cents handed out in 2021-[0-9]{2}, cap 5000");
    assertThat(r.out()).doesNotContain("2021-11-02 ");
  }

  @Test
  void withOutThePluginsRuleKindsAreInTheFile() {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    Path out = tmp.resolve("check.json");
    String[] args = {
      "--plugin-path",
      plugins.toString(),
      "rules",
      reference(),
      "--rules",
      rules(),
      "--as-of",
      "2021-12-31",
      "--today",
      TODAY
    };

    Run r = run(concat(args, "--out", out.toString()));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("terrain rules: wrote " + out + "\n");
    ObjectNode file = (ObjectNode) Cli.json(out);
    assertThat(file.propertyNames()).containsExactly("format", "rules", "rule_kinds");
    JsonNode kinds = file.remove("rule_kinds");
    assertThat(file).isEqualTo(Cli.json(ReferenceData.expected("rules-check-2021-12-31.json")));
    assertThat(kinds.get("kinds").valueStream().map(JsonNode::asString))
        .containsExactly("fdss.monthly-value-cap");
    assertThat(kinds.get("problems")).isEmpty();
    JsonNode violations = kinds.get("violations");
    assertThat(violations).isNotEmpty();
    JsonNode first = violations.get(0);
    assertThat(first.propertyNames())
        .containsExactly("kind", "act_id", "person_id", "date", "period", "message");
    assertThat(first.get("kind").asString()).isEqualTo("fdss.monthly-value-cap");
    assertThat(first.get("message").asString())
        .matches("[0-9]+ cents handed out in 2021-[0-9]{2}, cap 5000");
    // the terminal lists as many
    Run text = run(args);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains(
            "Rule kind fdss.monthly-value-cap (a plugin's): at most 5000 cents of goods per"
                + " person and calendar month, as of 2021-12-31\n  "
                + violations.size()
                + " violation"
                + (violations.size() == 1 ? "\n" : "s\n"));
  }

  @Test
  void withoutPluginsTheFileHoldsTheRulesOnlyByteForByte() throws IOException {
    Path out = tmp.resolve("check.json");
    Run r =
        run(
            "rules",
            reference(),
            "--rules",
            rules(),
            "--as-of",
            "2021-11-01",
            "--today",
            TODAY,
            "--out",
            out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(out))
        .isEqualTo(Files.readAllBytes(ReferenceData.expected("rules-check-2021-11-01.json")));
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void withoutPluginsThereIsNoRuleKindSection() {
    Run r =
        run("rules", reference(), "--rules", rules(), "--as-of", "2021-11-01", "--today", TODAY);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("Rule kind");
  }

  @Test
  void theTerminalShowsTheCheckAndThePlan() {
    Run r =
        run("rules", reference(), "--rules", rules(), "--as-of", "2021-11-01", "--today", TODAY);

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "Rule tickets-s-2021: TICKET_S from 2021-01-01 to 2021-12-31, as of 2021-11-01\n")
        .containsPattern("handed out +1843 units to 61 persons \\(at most 2 per person per week\\)")
        .containsPattern("budget +€20,000.00: €18,430.00 spent, €1,570.00 left")
        .contains("the budget runs out on 2021-11-27", "78 person-weeks")
        .containsPattern("\n    2021-02-17 +d-0192 +p-0007 +2021-W07 +OVER_QUOTA +1 unit over\n")
        .containsPattern("\n    2021-03-10 +d-0275 +\\(anonymous\\) +2021-W10 +ANONYMOUS\n");
  }

  @Test
  void anInvalidRulesFileIsRefusedWithItsProblems() throws IOException {
    String text =
        Files.readString(ReferenceData.seed2020().resolve("rules.json"), StandardCharsets.UTF_8)
            .replace("\"lln\"", "\"namur\"");
    Path bad = Files.writeString(tmp.resolve("rules.json"), text, StandardCharsets.UTF_8);

    Run r =
        run(
            "rules",
            reference(),
            "--rules",
            bad.toString(),
            "--today",
            TODAY,
            "--problems",
            "json");

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(Cli.json(r.out()).get(0).get("code").asString()).startsWith("TER-04");
    assertThat(Cli.json(r.out()).get(0).get("value").asString()).isEqualTo("namur");
    assertThat(r.err()).contains("is invalid: 1 problem");
  }

  @Test
  void badInputIsRefusedInOneLine() {
    run("rules", reference(), "--rules", tmp.resolve("none.json").toString())
        .failsInOneLine(TerrainCli.USAGE);
    run("rules", tmp.resolve("none").toString(), "--rules", rules())
        .failsInOneLine(TerrainCli.USAGE);
    run("rules", reference()).failsInOneLine(TerrainCli.USAGE);
    run("rules", reference(), "--rules", rules(), "--as-of", "2021-11-31")
        .failsInOneLine(TerrainCli.USAGE);
    run("rules", reference(), "--rules", rules(), "--plan").failsInOneLine(TerrainCli.USAGE);
    run("rules", reference(), "--rules", rules(), "--out", "check.csv")
        .failsInOneLine(TerrainCli.USAGE);
    run("rules", Cli.invalidCopy(tmp).toString(), "--rules", rules(), "--today", TODAY)
        .failsInOneLine(TerrainCli.INVALID);
  }
}
