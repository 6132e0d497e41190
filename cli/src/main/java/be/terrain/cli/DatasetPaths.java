package be.terrain.cli;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.ReadOptions;
import be.terrain.csv.CsvDialect;
import be.terrain.csv.CsvPlugin;
import be.terrain.platform.Terrain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Which registered dataset format the command line reads or writes a path in, asked of the platform
 * ({@link Terrain#findFormatFor}), so that a plugin's format works in every command; and the usage
 * errors a person needs before anything is read.
 */
final class DatasetPaths {
  private DatasetPaths() {}

  /**
   * The format of an existing dataset: a folder is the CSV format's; a file goes by its extension,
   * else by its first bytes.
   *
   * @throws ParameterException when the path does not exist or no format reads it (a usage error)
   */
  static DatasetFormat ofInput(Path path, CommandLine cl, Terrain terrain) {
    if (path.toString().isEmpty()) {
      // Path.of("") is the current folder: an empty argument is a mistake, not a request for it
      throw new ParameterException(cl, "the dataset path is empty: give a folder or a file");
    }
    boolean folder = Files.isDirectory(path);
    if (!folder && !Files.exists(path)) {
      throw new ParameterException(cl, "no such file or folder: " + path);
    }
    if (!folder && lowerName(path).endsWith(".csv")) {
      throw new ParameterException(
          cl,
          path
              + " is one CSV file: give the folder that holds organisation.csv, antennas.csv, ...");
    }
    return terrain
        .findFormatFor(path)
        .orElseThrow(
            () ->
                new ParameterException(
                    cl,
                    path
                        + " is not a dataset: give a CSV folder, a .json document or a .jsonl"
                        + " file"
                        + otherFormats(terrain)));
  }

  /**
   * The format to write a dataset in: {@code --format}'s, else the registered format whose file
   * extension ends OUT's name ({@code .json}, {@code .jsonl}), else a CSV folder when OUT is a
   * folder or a name without extension; a name with another extension ({@code out.txt}) is refused
   * (a usage error naming {@code --format}), never guessed. A CSV folder is written in {@code
   * --dialect} ({@code csv-excel-fr} for {@code excel-fr}). Then checks, before any work, that OUT
   * can be written: a file for a file format, a folder for a folder format.
   *
   * @throws ParameterException when the format is unknown, cannot be told, contradicts {@code
   *     --dialect}, or OUT cannot be written
   */
  static DatasetFormat ofOutput(
      Path path,
      Optional<String> format,
      Optional<CsvDialect> dialect,
      CommandLine cl,
      Terrain terrain) {
    DatasetFormat f =
        format.isPresent()
            ? named(format.get(), dialect, cl, terrain)
            : byName(path, dialect, cl, terrain);
    if (f.fileExtension().isEmpty()) {
      OutputChecks.folder(cl, "OUT", path);
    } else {
      OutputChecks.file(cl, "OUT", path, "dataset" + f.fileExtension().get());
    }
    return f;
  }

  private static DatasetFormat named(
      String name, Optional<CsvDialect> dialect, CommandLine cl, Terrain terrain) {
    DatasetFormat f =
        terrain
            .findDatasetFormat(name)
            .orElseThrow(
                () ->
                    new ParameterException(
                        cl,
                        "--format "
                            + name
                            + ": no such dataset format; registered are "
                            + formats(terrain)));
    if (name.equals("csv") && dialect.isPresent()) {
      return folder(dialect, cl, terrain);
    }
    if (name.equals("csv-excel-fr") && dialect.filter(d -> d != CsvDialect.EXCEL_FR).isPresent()) {
      throw new ParameterException(
          cl,
          "--format csv-excel-fr writes excel-fr: --dialect "
              + dialect.get().tag()
              + " says otherwise");
    }
    return f;
  }

  private static DatasetFormat byName(
      Path path, Optional<CsvDialect> dialect, CommandLine cl, Terrain terrain) {
    if (Files.isDirectory(path)) {
      return folder(dialect, cl, terrain);
    }
    String name = lowerName(path);
    for (DatasetFormat f : terrain.datasetFormats().values()) {
      if (f.fileExtension().map(e -> name.endsWith(e.toLowerCase(Locale.ROOT))).orElse(false)) {
        return f;
      }
    }
    if (name.lastIndexOf('.') <= 0 && !Files.exists(path)) {
      return folder(dialect, cl, terrain);
    }
    throw new ParameterException(
        cl,
        "cannot tell what to write to "
            + path
            + " from its name: give --format ("
            + formats(terrain)
            + "; csv writes a folder), or name a .json or .jsonl file");
  }

  /** The CSV folder format of the dialect asked (rfc4180 by default). */
  private static DatasetFormat folder(
      Optional<CsvDialect> dialect, CommandLine cl, Terrain terrain) {
    String folderFormat =
        dialect.orElse(CsvDialect.RFC4180) == CsvDialect.EXCEL_FR ? "csv-excel-fr" : "csv";
    return terrain
        .findDatasetFormat(folderFormat)
        .orElseThrow(
            () ->
                new ParameterException(
                    cl, "no dataset format writes a folder: registered are " + formats(terrain)));
  }

  /**
   * Reads and validates a dataset in a format, with Terrain's code lists (plugins' included) and
   * its plugins' dataset rules after Terrain's own.
   */
  static ReadResult read(
      Path path,
      DatasetFormat format,
      LocalDate today,
      Optional<CsvDialect> dialect,
      Terrain terrain) {
    return read(path, format, today, dialect, DatasetBuilder.DEFAULT_PROBLEM_LIMIT, terrain);
  }

  /** {@link #read} keeping at most {@code maxProblems} problems (the others are counted). */
  static ReadResult read(
      Path path,
      DatasetFormat format,
      LocalDate today,
      Optional<CsvDialect> dialect,
      int maxProblems,
      Terrain terrain) {
    Map<String, String> settings = new HashMap<>();
    dialect.ifPresent(d -> settings.put(CsvPlugin.DIALECT, d.tag()));
    if (maxProblems != DatasetBuilder.DEFAULT_PROBLEM_LIMIT) {
      settings.put(ReadOptions.PROBLEM_LIMIT, Integer.toString(maxProblems));
    }
    return terrain.read(path, format.name(), today, settings);
  }

  /** What a format is called in messages: {@code CSV folder}, {@code JSON document}, ... */
  static String description(DatasetFormat format) {
    if (format.fileExtension().isEmpty()) {
      return "CSV folder";
    }
    return switch (format.name()) {
      case "json" -> "JSON document";
      case "jsonl" -> "JSON Lines";
      default -> format.name() + " (" + format.description() + ")";
    };
  }

  private static String otherFormats(Terrain terrain) {
    Map<String, DatasetFormat> all = terrain.datasetFormats();
    return all.keySet().stream().allMatch(n -> n.startsWith("csv") || n.startsWith("json"))
        ? ""
        : " (registered formats: " + formats(terrain) + ")";
  }

  private static String formats(Terrain terrain) {
    return String.join(", ", terrain.datasetFormats().keySet());
  }

  private static String lowerName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
