package be.terrain.cli;

import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regressions of issue #17 at the command line: defects 7, 10 and the problem limit's output. */
class CliReliabilityTest {
  @TempDir Path tmp;

  /** Defect 10: {@code validate ""} validated the current folder instead of a usage error. */
  @Test
  void anEmptyDatasetPathIsAUsageError() {
    Cli.Run r = run("validate", "").failsInOneLine(TerrainCli.USAGE);
    assertThat(r.err()).contains("the dataset path is empty");
    run("report", "", "--year", "2020").failsInOneLine(TerrainCli.USAGE);
  }

  /**
   * Defect 7: {@code validate … > /dev/full} exited 1 with no message, the problem list lost. A
   * standard output that cannot be written is exit 2 and one line on standard error.
   */
  @Test
  void standardOutputThatCannotBeWrittenIsExitTwoWithAMessage() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        TerrainCli.run(
            new String[] {"validate", reference(), "--today", Cli.TODAY},
            new PrintStream(full, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertThat(exit).isEqualTo(TerrainCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("terrain: cannot write the output (standard output)\n");
  }

  @Test
  void aWritableStandardOutputKeepsTheCommandsExitCode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        TerrainCli.run(
            new String[] {"validate", reference(), "--today", Cli.TODAY},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(TerrainCli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(": valid, ");
  }

  /** Defect 9: past --max-problems, problems are counted and the output says how many more. */
  @Test
  void problemsPastTheLimitAreCountedAndSaid() throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of(reference()))) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    StringBuilder rows = new StringBuilder("id,date,antenna_id,channel,person_id,count\n");
    for (int i = 0; i < 50; i++) {
      rows.append("bad-").append(i).append(",2020-02-30,nowhere,STREET,,\n");
    }
    Files.writeString(data.resolve("contacts.csv"), rows);

    Cli.Run all = run("validate", data.toString(), "--today", Cli.TODAY);
    Cli.Run some = run("validate", data.toString(), "--today", Cli.TODAY, "--max-problems", "7");

    assertThat(all.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(some.exit()).isEqualTo(TerrainCli.INVALID);
    long total = all.out().lines().count();
    assertThat(total).isEqualTo(100);
    assertThat(some.out().lines().toList())
        .hasSize(8)
        .startsWith(all.out().lines().limit(7).toArray(String[]::new))
        .last()
        .isEqualTo("... and 93 more problems not kept (--max-problems N keeps more)");
    assertThat(some.err()).contains("is invalid: 100 problems, the first 7 shown");
    run("validate", data.toString(), "--max-problems", "0").failsInOneLine(TerrainCli.USAGE);
  }
}
