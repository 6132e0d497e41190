package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void theReferenceDatasetIsValid() {
    Run r = run("validate", reference(), "--today", TODAY);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(": valid, 5 antennas, 398 persons, 589 profiles, 3328 contacts");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aValidDatasetGivesAnEmptyJsonArray() {
    Run r = run("validate", reference(), "--today", TODAY, "--problems", "json");

    assertThat(r.exit()).isZero();
    assertThat(Cli.json(r.out()).isArray()).isTrue();
    assertThat(Cli.json(r.out()).size()).isZero();
  }

  @Test
  void anInvalidDatasetGivesEveryProblemOnePerLine() {
    Path bad = Cli.invalidCopy(tmp);

    Run r = run("validate", bad.toString(), "--today", TODAY);

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    List<String> lines = r.out().lines().toList();
    assertThat(lines)
        .isNotEmpty()
        .allMatch(l -> l.matches("[^:]+:\\d+(:\\d+)?: TER-\\d{4} .* — .*"));
    assertThat(lines.get(0)).startsWith("contacts.csv:2:").contains("TER-0104 c-000001 date — ");
    assertThat(r.err()).contains("is invalid: " + DatasetInput.count(lines.size()));
  }

  @Test
  void problemsAsJsonAreShapedAsTheExchangeFormatSays() {
    Path bad = Cli.invalidCopy(tmp);

    Run r = run("validate", bad.toString(), "--today", TODAY, "--problems", "json");

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    JsonNode first = Cli.json(r.out()).get(0);
    assertThat(first.propertyNames())
        .containsExactly(
            "file", "line", "column", "pointer", "record_id", "field", "code", "value", "message");
    assertThat(first.get("file").asString()).isEqualTo("contacts.csv");
    assertThat(first.get("line").asInt()).isEqualTo(2);
    assertThat(first.get("record_id").asString()).isEqualTo("c-000001");
    assertThat(first.get("field").asString()).isEqualTo("date");
    assertThat(first.get("value").asString()).isEqualTo("2020-02-30");
  }

  @Test
  void jsonAndJsonLinesAreDetected() throws IOException {
    Path json = tmp.resolve("ref.json");
    Path lines = tmp.resolve("ref.jsonl");
    Path unnamed = tmp.resolve("ref.data");
    assertThat(run("convert", reference(), json.toString(), "--today", TODAY).exit()).isZero();
    assertThat(run("convert", json.toString(), lines.toString(), "--today", TODAY).exit()).isZero();
    assertThat(
            run("convert", reference(), tmp.resolve("again.jsonl").toString(), "--today", TODAY)
                .exit())
        .isZero();

    assertThat(run("validate", json.toString(), "--today", TODAY).out())
        .contains("valid, 5 antennas, 398 persons");
    assertThat(run("validate", lines.toString(), "--today", TODAY).out())
        .contains("valid, 5 antennas, 398 persons");
    for (Path p : List.of(json, lines)) {
      Files.copy(p, unnamed, StandardCopyOption.REPLACE_EXISTING);
      assertThat(run("validate", unnamed.toString(), "--today", TODAY).out())
          .as("content of %s under another name", p.getFileName())
          .contains("valid, 5 antennas, 398 persons");
    }
  }

  @Test
  void activityAfterTheDayTheFileIsReadIsAProblem() {
    Run r = run("validate", reference(), "--today", "2020-06-30");

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out()).contains("TER-0307");
  }

  @Test
  void badInputIsRefusedInOneLine() {
    run("validate", tmp.resolve("missing").toString()).failsInOneLine(TerrainCli.USAGE);
    run("validate", reference(), "--today", "2026-02-30").failsInOneLine(TerrainCli.USAGE);
    run("validate", reference(), "--frobnicate").failsInOneLine(TerrainCli.USAGE);
    run("validate", reference(), "--dialect", "tsv").failsInOneLine(TerrainCli.USAGE);
    run("validate", reference(), "--problems", "xml").failsInOneLine(TerrainCli.USAGE);
    run("validate").failsInOneLine(TerrainCli.USAGE);
    run("validate", reference() + "/contacts.csv").failsInOneLine(TerrainCli.USAGE);
  }
}
