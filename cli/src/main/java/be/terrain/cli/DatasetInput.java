package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.core.ValidationResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.csv.CsvDialect;
import be.terrain.json.ProblemJson;
import be.terrain.platform.Terrain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads a dataset ({@code --today}, {@code --dialect}, {@code
 * --problems}) and what they do: read the dataset, and print its problems.
 */
final class DatasetInput {
  /** How problems are written on standard output. */
  enum ProblemFormat {
    /** One per line: {@code file:line: CODE record field — message}. */
    TEXT,
    /** One JSON array of problems, as {@code exchange-format.md} shapes them. */
    JSON
  }

  @Option(
      names = "--today",
      paramLabel = "D",
      converter = Converters.Date.class,
      description =
          "The day taken as \"the day the file is read\" (default: the real date), so that a check can be reproduced later.")
  LocalDate today;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      converter = Converters.Dialect.class,
      description =
          "rfc4180 or excel-fr: read every CSV file in this dialect instead of detecting it.")
  CsvDialect dialect;

  @Option(
      names = "--problems",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default: one per line, file:line: CODE record field — message) or json (one JSON array).")
  ProblemFormat problems;

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Keep and show at most N problems (default: 10000); the others are counted, so that a"
              + " wholly wrong input is answered in bounded memory.")
  int maxProblems = DatasetBuilder.DEFAULT_PROBLEM_LIMIT;

  /** The day the dataset is read as. */
  LocalDate today() {
    return today != null ? today : LocalDate.now();
  }

  /** The forced dialect, if any. */
  Optional<CsvDialect> dialect() {
    return Optional.ofNullable(dialect);
  }

  /**
   * Reads a dataset, showing progress while it takes time.
   *
   * @throws picocli.CommandLine.ParameterException when the path is not there or not a dataset
   */
  ReadResult read(Path path, CommandLine cl, TerrainCli top) {
    Terrain terrain = top.terrain(cl);
    DatasetFormat format = DatasetPaths.ofInput(path, cl, terrain);
    return Progress.during(
        cl.getErr(),
        top.progress(),
        "reading " + path,
        () -> DatasetPaths.read(path, format, today(), dialect(), maxProblems(cl), terrain));
  }

  private int maxProblems(CommandLine cl) {
    if (maxProblems < 1) {
      throw new CommandLine.ParameterException(
          cl, "--max-problems must be at least 1: " + maxProblems);
    }
    return maxProblems;
  }

  /**
   * Reads a dataset that must be valid: when it is not, prints every problem on standard output, a
   * count on standard error, and returns empty (the command then exits with {@link
   * TerrainCli#INVALID}).
   */
  Optional<Dataset> readValid(Path path, CommandLine cl, TerrainCli top) {
    return readChecked(path, cl, top).map(ReadResult::dataset);
  }

  /** As {@link #readValid}, but the whole result when the dataset is valid. */
  Optional<ReadResult> readChecked(Path path, CommandLine cl, TerrainCli top) {
    ReadResult r = read(path, cl, top);
    if (r.isValid()) {
      return Optional.of(r);
    }
    refuse(path, r.validation(), cl);
    return Optional.empty();
  }

  /**
   * Prints the problems that make a dataset invalid, and how many there are: those kept, then how
   * many more were found past {@code --max-problems}.
   */
  void refuse(Path input, ValidationResult found, CommandLine cl) {
    if (found.omitted() == 0) {
      refuse(input, found.problems(), cl);
      return;
    }
    print(found.problems(), cl.getOut());
    if (problems == ProblemFormat.TEXT) {
      cl.getOut().println(moreLine(found.omitted()));
      cl.getOut().flush();
    }
    cl.getErr()
        .println(
            cl.getCommandSpec().qualifiedName()
                + ": "
                + input
                + " is invalid: "
                + count(found.found())
                + ", the first "
                + found.problems().size()
                + " shown");
    cl.getErr().flush();
  }

  /** The line that ends a shortened problem list. */
  static String moreLine(long more) {
    return "... and "
        + (more == 1 ? "1 more problem" : more + " more problems")
        + " not kept (--max-problems N keeps more)";
  }

  /** Prints the problems that make an input invalid, and how many there are. */
  void refuse(Path input, List<Problem> found, CommandLine cl) {
    print(found, cl.getOut());
    cl.getErr()
        .println(
            cl.getCommandSpec().qualifiedName()
                + ": "
                + input
                + " is invalid: "
                + count(found.size()));
    cl.getErr().flush();
  }

  /** Prints problems on standard output in the chosen format ({@code []} for none in JSON). */
  void print(List<Problem> found, PrintWriter out) {
    if (problems == ProblemFormat.JSON) {
      out.print(ProblemJson.toJson(found));
    } else {
      found.forEach(out::println);
    }
    out.flush();
  }

  static String count(long problems) {
    return problems == 1 ? "1 problem" : problems + " problems";
  }
}
