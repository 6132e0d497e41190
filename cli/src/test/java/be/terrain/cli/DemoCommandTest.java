package be.terrain.cli;

import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void theDemoPrintsTheMainTablesAndTheTicketsPlanAndWritesItsFiles() throws IOException {
    Path dir = tmp.resolve("demo");

    Run r = run("demo", "--out", dir.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Terrain demo: Terrain Demo asbl, a fictional organisation (no real person).\n")
        .contains("Valid: no problem.")
        .contains("=== Terrain Demo asbl (organisation terrain-demo) — 2020 ===")
        .containsPattern("Sexe \\(profile\\.sex\\) — N = \\d+ personnes\n  Féminin +\\d+ +\\d+ %\n")
        .containsPattern("\n  Rue +\\d+ +\\d+ % +\\d+ +[-+]\\d+,\\d %\n")
        .contains(
            "Rule tickets-s-2020: TICKET_S from 2020-01-01 to 2020-12-31, as of "
                + DemoCommand.TICKETS_AS_OF)
        .containsPattern("the budget runs out on 2020-1[12]-\\d\\d")
        .contains("Wrote into " + dir.toAbsolutePath().normalize() + ":");
    assertThat(Cli.json(dir.resolve("report.json")).get("format").asString())
        .isEqualTo("terrain-report/1");
    assertThat(Cli.json(dir.resolve("report.json")).get("organisation").asString())
        .isEqualTo("terrain-demo");
    assertThat(Files.readString(dir.resolve("report.csv")))
        .startsWith(
            "table,scope_level,scope_id,measure,n,code,count,percent,history_1,history_2,change_percent,label\n");
    assertThat(Cli.json(dir.resolve("rules.json")).get("format").asString())
        .isEqualTo("terrain-rules/1");
  }

  @Test
  void itsFilesAreThoseTheOtherCommandsGive() throws IOException {
    Path dir = tmp.resolve("demo");
    assertThat(run("demo", "--out", dir.toString(), "--lang", "en").exit()).isZero();
    Path sample = dir.resolve("sample");
    Path again = tmp.resolve("again.json");

    assertThat(run("validate", sample.toString()).exit()).isZero();
    Run report =
        run(
            "report",
            sample.toString(),
            "--year",
            "2020",
            "--lang",
            "en",
            "--out",
            again.toString());

    assertThat(report.exit()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dir.resolve("report.json")));
    Run rules =
        run(
            "rules",
            sample.toString(),
            "--rules",
            dir.resolve("rules.json").toString(),
            "--as-of",
            DemoCommand.TICKETS_AS_OF.toString());
    assertThat(rules.exit()).isZero();
    assertThat(rules.out()).startsWith("Rule tickets-s-2020");
  }

  @Test
  void anUnwritableFolderIsAUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    run("demo", "--out", file.toString()).failsInOneLine(TerrainCli.USAGE);
  }
}
