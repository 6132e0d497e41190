package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code terrain validate DATASET}: every problem of a dataset. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Check a dataset and list every problem.",
    description = {
      "Reads DATASET (a CSV folder, a .json document or a .jsonl file) and checks every rule of the"
          + " exchange format: fields, references, dates, acts. Every problem goes to standard"
          + " output; exit 0 when the dataset is valid, 1 when it is not.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain validate my-data/",
      "  terrain validate export.json --today 2026-01-01 --problems json > problems.json"
    })
final class ValidateCommand extends DatasetCommand {
  @Mixin DatasetInput input;

  @Override
  public Integer call() {
    Optional<ReadResult> read = readChecked(input);
    if (read.isEmpty()) {
      return TerrainCli.INVALID;
    }
    ReadResult r = read.get();
    if (input.problems == DatasetInput.ProblemFormat.JSON) {
      input.print(r.validation().problems(), spec.commandLine().getOut());
    } else {
      spec.commandLine().getOut().println(dataset + ": valid, " + summary(r.dataset()));
    }
    return TerrainCli.OK;
  }

  /** {@code 5 antennas, 398 persons, ...}: the records of each kind. */
  static String summary(Dataset d) {
    return d.antennas().size()
        + " antennas, "
        + d.persons().size()
        + " persons, "
        + d.profiles().size()
        + " profiles, "
        + d.contacts().size()
        + " contacts, "
        + d.accompaniments().size()
        + " accompaniments, "
        + d.health().size()
        + " health interventions, "
        + d.distributions().size()
        + " distribution rows";
  }
}
