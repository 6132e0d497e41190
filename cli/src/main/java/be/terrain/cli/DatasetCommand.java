package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that reads one dataset, its first argument: the parent command, the spec, the {@code
 * DATASET} path, and the one way to read it valid or refuse it, so that every such command refuses
 * an invalid dataset alike. Each command keeps its own {@code @Mixin DatasetInput} (declared last,
 * so that its options close the help).
 */
abstract class DatasetCommand implements Callable<Integer> {
  @ParentCommand TerrainCli top;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DATASET",
      description = "A CSV folder, a .json document or a .jsonl file.")
  Path dataset;

  /**
   * Reads {@link #dataset} with the command's options: the result when it is valid; else prints its
   * problems (standard output) and their count (standard error) and returns empty, for the command
   * to exit with {@link TerrainCli#INVALID}.
   */
  Optional<ReadResult> readChecked(DatasetInput input) {
    return input.readChecked(dataset, spec.commandLine(), top);
  }

  /** The dataset of {@link #readChecked}, when it is valid. */
  Optional<Dataset> readValid(DatasetInput input) {
    return readChecked(input).map(ReadResult::dataset);
  }
}
