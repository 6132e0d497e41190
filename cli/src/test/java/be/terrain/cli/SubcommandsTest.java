package be.terrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line that adds only the named subcommand is the full one, for that subcommand. */
class SubcommandsTest {
  private static CommandLine full() {
    return TerrainCli.commandLine(false, name -> null);
  }

  @Test
  void everySubcommandIsListedUnderItsOwnName() {
    List<String> names = new ArrayList<>();
    Subcommands.names().forEach(names::add);

    assertThat(full().getSubcommands().keySet()).containsExactlyElementsOf(names);
  }

  @Test
  void theNamedSubcommandAloneHasTheSameModelAndHelp() {
    CommandLine full = full();
    for (String name : Subcommands.names()) {
      CommandLine alone = TerrainCli.commandLine(false, n -> null, "--debug", name, "x");
      Map<String, CommandLine> subs = alone.getSubcommands();

      assertThat(subs.keySet()).as(name).containsExactly(name);
      CommandLine one = subs.get(name);
      CommandLine same = full.getSubcommands().get(name);
      assertThat(one.getUsageMessage()).as(name).isEqualTo(same.getUsageMessage());
      assertThat(one.getCommandSpec().optionsMap().keySet())
          .as(name)
          .isEqualTo(same.getCommandSpec().optionsMap().keySet());
      assertThat(one.isCaseInsensitiveEnumValuesAllowed()).isTrue();
      assertThat(one.isOverwrittenOptionsAllowed()).isFalse();
    }
  }

  @Test
  void whichLinesNameOne() {
    assertThat(Subcommands.named("report", "data", "--year", "2020")).isEqualTo("report");
    assertThat(Subcommands.named("--plugin-path", "report", "validate", "d")).isEqualTo("validate");
    assertThat(Subcommands.named("--plugin-path=p", "--debug", "demo")).isEqualTo("demo");
    assertThat(Subcommands.named()).isNull();
    assertThat(Subcommands.named("--help", "report")).isNull();
    assertThat(Subcommands.named("-V")).isNull();
    assertThat(Subcommands.named("reprot", "data")).isNull();
    assertThat(Subcommands.named("--", "report")).isNull();
    assertThat(Subcommands.named("@args.txt")).isNull();
  }
}
