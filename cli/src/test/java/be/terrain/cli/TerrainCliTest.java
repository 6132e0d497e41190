package be.terrain.cli;

import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerrainCliTest {
  static final List<String> COMMANDS =
      List.of("validate", "report", "rules", "convert", "check-table", "demo");

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "rules", "convert", "check-table", "demo"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run r = run(command, "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Usage: terrain " + command)
        .containsPattern("\nExamples?:\n  terrain " + command + "\\b");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theTopHelpListsEveryCommandAndTheExitCodes() {
    Run r = run("--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(COMMANDS).contains("Exit codes:", "  2  usage error");
  }

  @Test
  void aCommandIsRequired() {
    assertThat(run().failsInOneLine(TerrainCli.USAGE).err())
        .startsWith("terrain: a command is required");
    assertThat(run("frobnicate").failsInOneLine(TerrainCli.USAGE).err())
        .startsWith("terrain: unknown command 'frobnicate'");
  }

  @Test
  void aMisspeltOptionGetsASuggestion() {
    Run r = run("report", reference(), "--yeer", "2020").failsInOneLine(TerrainCli.USAGE);

    assertThat(r.err())
        .startsWith("terrain report: Unknown option")
        .contains("did you mean --year?")
        .endsWith("see 'terrain report --help'\n");
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run("validate", "no-such-folder", "--debug");

    assertThat(r.exit()).isEqualTo(TerrainCli.USAGE);
    assertThat(r.err())
        .startsWith("terrain validate: no such file or folder: no-such-folder")
        .contains("\tat ");
  }

  @Test
  void theVersionIsShown() {
    Run r = run("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("terrain ");
  }
}
