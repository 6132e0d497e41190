package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path tmp;

  @Test
  void reportJsonIsTheExpectedReport() {
    Path out = tmp.resolve("report.json");

    Run r = run("report", reference(), "--year", "2020", "--today", TODAY, "--out", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("terrain report: wrote " + out + System.lineSeparator());
    assertThat(Cli.json(out)).isEqualTo(Cli.json(ReferenceData.expected("report-2020.json")));
  }

  @Test
  void reportCsvHasTheExpectedBytes() throws IOException {
    Path out = tmp.resolve("sub/folder/report.csv");

    Run r =
        run(
            "report",
            reference(),
            "--from",
            "2020-01-01",
            "--to",
            "2020-12-31",
            "--today",
            TODAY,
            "--out",
            out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(out))
        .isEqualTo(Files.readAllBytes(ReferenceData.expected("report-2020.csv")));
  }

  @Test
  void formatChoosesTheWriterWhateverTheFilesName() throws IOException {
    Path csv = tmp.resolve("report-2020.txt");
    Path json = tmp.resolve("report-2020.csv");

    Run r =
        run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--format",
            "csv",
            "--out",
            csv.toString());
    Run j =
        run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--format",
            "json",
            "--out",
            json.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(j.exit()).as(j.err()).isZero();
    assertThat(Files.readAllBytes(csv))
        .isEqualTo(Files.readAllBytes(ReferenceData.expected("report-2020.csv")));
    assertThat(Cli.json(json)).isEqualTo(Cli.json(ReferenceData.expected("report-2020.json")));
  }

  @Test
  void anUnknownFormatNamesTheRegisteredOnes() {
    Run r =
        run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--format",
            "xlsx",
            "--out",
            tmp.resolve("r.xlsx").toString());

    assertThat(r.exit()).isEqualTo(TerrainCli.USAGE);
    assertThat(r.err())
        .contains("--format xlsx: no such report format; registered are csv, html, pdf, json");
    assertThat(tmp.resolve("r.xlsx")).doesNotExist();
    run("report", reference(), "--year", "2020", "--format", "csv")
        .failsInOneLine(TerrainCli.USAGE);
  }

  @Test
  void roundingAndSmallCountProtectionAreThoseOfTheExpectedFiles() {
    Path lr = tmp.resolve("lr.json");
    Path k5 = tmp.resolve("k5.JSON");

    assertThat(
            run(
                    "report",
                    reference(),
                    "--year",
                    "2020",
                    "--today",
                    TODAY,
                    "--rounding",
                    "largest-remainder",
                    "--out",
                    lr.toString())
                .exit())
        .isZero();
    assertThat(
            run(
                    "report",
                    reference(),
                    "--year",
                    "2020",
                    "--today",
                    TODAY,
                    "--suppress-below",
                    "5",
                    "--out",
                    k5.toString())
                .exit())
        .isZero();

    assertThat(Cli.json(lr)).isEqualTo(Cli.json(ReferenceData.expected("report-2020-lr.json")));
    assertThat(Cli.json(k5)).isEqualTo(Cli.json(ReferenceData.expected("report-2020-k5.json")));
  }

  @Test
  void theTerminalShowsThePublishedFiguresInFrench() {
    Run r = run("report", reference(), "--year", "2020", "--today", TODAY);

    assertThat(r.exit()).as(r.err()).isZero();
    String extraRing = block(r.out(), "=== Antenne Extra Ring (antenne extra-ring) — 2020 ===");
    assertThat(extraRing)
        .containsPattern(
            "Sexe \\(profile\\.sex\\) — N = 117 personnes\n  Féminin +68 +58 %\n  Masculin +49 +42 %")
        .containsPattern("\n  Inconnu +19 +16 %\n");
    String charleroi = block(r.out(), "=== Service Charleroi (antenne charleroi) — 2020 ===");
    assertThat(charleroi)
        .containsPattern(
            "Contacts par canal \\(contacts\\.channel\\) — N = 3122 contacts\n +2020 +2019 +évolution\n")
        .containsPattern("\n  Rue +1881 +60 % +4583 +-59,0 %\n")
        .containsPattern("\n  Permanence +1241 +40 % +1920 +-35,4 %\n");
    assertThat(r.out())
        .contains(
            "=== Entre 2 Wallonie (organisation e2w) — 2020 ===", "=== Hainaut (province BE-WHT)");
  }

  @Test
  void theTerminalCanShowSomeTablesInEnglish() {
    Run r =
        run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--lang",
            "en",
            "--scope",
            "extra-ring",
            "--table",
            "profile.sex,profile.nationality");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("=== Antenne Extra Ring (antenna extra-ring) — 2020 ===\n")
        .containsPattern("\n  Female +68 +58 %\n")
        .containsPattern("\n  Belgian +58 +50 %\n")
        .doesNotContain("contacts.channel", "Charleroi");
  }

  @Test
  void suppressedCountsShowTheThreshold() {
    Run r =
        run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--suppress-below",
            "5",
            "--scope",
            "lln",
            "--table",
            "profile.nationality");

    assertThat(r.out()).containsPattern("\n  Union européenne +<5\n");
  }

  @Test
  void anInvalidDatasetIsRefusedWithItsProblems() {
    Path out = tmp.resolve("report.json");

    Run r =
        run(
            "report",
            Cli.invalidCopy(tmp).toString(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--out",
            out.toString());

    assertThat(r.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out()).contains("contacts.csv:2:", "TER-0104");
    assertThat(out).doesNotExist();
  }

  @Test
  void badInputIsRefusedInOneLine() {
    run("report", tmp.resolve("missing").toString(), "--year", "2020")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--today", "yesterday")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--from", "2020-02-30", "--to", "2020-12-31")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--colour").failsInOneLine(TerrainCli.USAGE);
    run("report", reference()).failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--from", "2020-01-01")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--from", "2020-12-31", "--to", "2020-01-01")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--out", "report.txt")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--suppress-below", "0")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--rounding", "bankers")
        .failsInOneLine(TerrainCli.USAGE);
    run("report", reference(), "--year", "2020", "--lang", "de").failsInOneLine(TerrainCli.USAGE);
    run(
            "report",
            reference(),
            "--year",
            "2020",
            "--out",
            tmp.resolve("r.json").toString(),
            "--scope",
            "lln")
        .failsInOneLine(TerrainCli.USAGE);
    run(
            "report",
            Cli.invalidCopy(tmp).toString(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--problems",
            "json")
        .failsInOneLine(TerrainCli.INVALID);
  }

  @Test
  void anUnwritableOutputIsAUsageError() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    run(
            "report",
            reference(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--out",
            file.resolve("report.json").toString())
        .failsInOneLine(TerrainCli.USAGE);
  }

  /** The block of one scope: from its heading to the next heading. */
  static String block(String text, String heading) {
    int start = text.indexOf(heading);
    assertThat(start).as("heading %s", heading).isNotNegative();
    int end = text.indexOf("\n=== ", start + heading.length());
    return text.substring(start, end < 0 ? text.length() : end + 1);
  }
}
