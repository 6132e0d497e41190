package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line refuses, each in one line with exit 2, before doing any work. */
class RefusalsTest {
  @TempDir Path tmp;

  private static Run report(String... more) {
    String[] args = new String[5 + more.length];
    System.arraycopy(
        new String[] {"report", reference(), "--year", "2020", "--today"}, 0, args, 0, 5);
    System.arraycopy(more, 0, args, 5, more.length);
    String[] withToday = new String[args.length + 1];
    System.arraycopy(args, 0, withToday, 0, 5);
    withToday[5] = TODAY;
    System.arraycopy(args, 5, withToday, 6, more.length);
    return run(withToday);
  }

  @Test
  void anUnknownTableIsAUsageErrorWithTheNearest() {
    Run r = report("--table", "profile.sexe").failsInOneLine(TerrainCli.USAGE);

    assertThat(r.err())
        .startsWith(
            "terrain report: --table profile.sexe: no such table in the standard report (did you"
                + " mean profile.sex?)");
    assertThat(r.out()).isEmpty();
    assertThat(report("--table", "zzz").failsInOneLine(TerrainCli.USAGE).err())
        .containsPattern(
            "--table zzz: no such table in the standard report; the nearest of the \\d+ are ");
  }

  @Test
  void anUnknownScopeIsAUsageErrorListingTheValidOnes() {
    Run r = report("--scope", "nowhere").failsInOneLine(TerrainCli.USAGE);

    assertThat(r.err())
        .startsWith(
            "terrain report: --scope nowhere: no such scope in " + reference() + "; valid are ")
        .contains("extra-ring", "lln");
    assertThat(report("--scope", "extra-rign").failsInOneLine(TerrainCli.USAGE).err())
        .contains("(did you mean extra-ring?)");
  }

  @Test
  void aMisspeltOptionGetsTheNearestName() {
    Run r = run("report", reference(), "--yaer", "2020").failsInOneLine(TerrainCli.USAGE);

    assertThat(r.err()).contains("'--yaer'").contains("(did you mean --year?)");
    assertThat(run("demo", "--lnag", "en").failsInOneLine(TerrainCli.USAGE).err())
        .contains("(did you mean --lang?)");
  }

  @Test
  void numbersOutOfBoundsAreRefused() {
    assertThat(report("--suppress-below", "2000000000").failsInOneLine(TerrainCli.USAGE).err())
        .startsWith(
            "terrain report: --suppress-below 2000000000: a threshold from 1 to 1000 is expected");
    assertThat(run("report", reference(), "--year", "20200").failsInOneLine(TerrainCli.USAGE).err())
        .startsWith("terrain report: --year 20200: a year from 1900 to 9999 is expected");
    assertThat(
            run("report", reference(), "--from", "1800-01-01", "--to", "2020-12-31")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .contains("'1800-01-01' is not a date from 1900-01-01 to 9999-12-31");
    assertThat(
            run("validate", reference(), "--today", "0001-01-01")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .contains("'0001-01-01' is not a date from 1900-01-01 to 9999-12-31");
    assertThat(
            run("check-table", "--n", "2000000000", "--percents", "50,50")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .startsWith(
            "terrain check-table: --n 2000000000: a count from 1 to 1000000000 is expected");
  }

  @Test
  void anOutputIsCheckedBeforeAnyWork() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Path invalid = Cli.invalidCopy(tmp);

    // the dataset is invalid (exit 1 once read), but the output is refused first
    Run r =
        run(
                "report",
                invalid.toString(),
                "--year",
                "2020",
                "--today",
                TODAY,
                "--out",
                file.resolve("report.json").toString())
            .failsInOneLine(TerrainCli.USAGE);
    assertThat(r.err())
        .startsWith(
            "terrain report: cannot write "
                + file.resolve("report.json")
                + ": "
                + file.toAbsolutePath().normalize()
                + " is a file, not a folder");
    assertThat(r.out()).isEmpty();
    assertThat(report("--out", tmp.toString()).failsInOneLine(TerrainCli.USAGE).err())
        .contains(
            "--out "
                + tmp
                + " is a folder, where a file is expected: give a file's name, e.g. "
                + tmp.resolve("report.json"));
    assertThat(
            run("rules", invalid.toString(), "--rules", "x.json", "--out", tmp.toString() + "/")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .contains("the check is written as JSON");
    assertThat(run("demo", "--out", file.toString()).failsInOneLine(TerrainCli.USAGE).err())
        .isEqualTo(
            "terrain demo: --out "
                + file
                + " is a file, where a folder is expected — see 'terrain demo --help'\n");
  }

  @Test
  void aFolderThatRefusesFilesIsNamed() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");

    Run r = report("--out", "/proc/report.json").failsInOneLine(TerrainCli.USAGE);

    assertThat(r.err())
        .startsWith("terrain report: cannot write /proc/report.json: ")
        .containsPattern("the folder /proc does not accept new files|permission denied in /proc");
  }

  @Test
  void convertWritesWhatFormatSaysAndRefusesToGuess() throws IOException {
    Path txt = tmp.resolve("out.txt");

    Run guess = run("convert", reference(), txt.toString(), "--today", TODAY);
    guess.failsInOneLine(TerrainCli.USAGE);
    assertThat(guess.err())
        .startsWith(
            "terrain convert: cannot tell what to write to "
                + txt
                + " from its name: give --format (csv, csv-excel-fr, json, jsonl; csv writes a"
                + " folder), or name a .json or .jsonl file");
    assertThat(txt).doesNotExist();

    Run lines = run("convert", reference(), txt.toString(), "--today", TODAY, "--format", "jsonl");
    assertThat(lines.exit()).as(lines.err()).isZero();
    assertThat(txt).isRegularFile();
    assertThat(Files.readAllLines(txt).get(0)).startsWith("{");

    Path folder = tmp.resolve("export.json");
    Run csv =
        run(
            "convert",
            txt.toString(),
            folder.toString(),
            "--today",
            TODAY,
            "--format",
            "csv-excel-fr");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.err()).contains("(CSV folder, excel-fr)");
    assertThat(folder.resolve("contacts.csv")).isRegularFile();

    assertThat(
            run("convert", reference(), tmp.toString(), "--format", "json")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .contains("OUT " + tmp + " is a folder, where a file is expected");
    assertThat(
            run("convert", reference(), txt.toString(), "--format", "csv")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .contains("OUT " + txt + " is a file, where a folder is expected");
    assertThat(
            run("convert", reference(), tmp.resolve("x").toString(), "--format", "xlsx")
                .failsInOneLine(TerrainCli.USAGE)
                .err())
        .contains(
            "--format xlsx: no such dataset format; registered are csv, csv-excel-fr, json, jsonl");
  }
}
