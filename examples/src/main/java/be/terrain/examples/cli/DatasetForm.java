package be.terrain.examples.cli;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.csv.CsvDatasetWriter;
import be.terrain.csv.CsvDialect;
import be.terrain.json.JsonDatasetReader;
import be.terrain.json.JsonDatasetWriter;
import be.terrain.platform.Terrain;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The three forms of a dataset in the exchange format, and how the command line tells which one a
 * path is: a folder is a CSV folder; a file ending in {@code .json} a JSON document, in {@code
 * .jsonl} JSON Lines; another file is looked at (a first line that is a whole JSON object followed
 * by more lines is JSON Lines, other JSON a document).
 */
enum DatasetForm {
  /** A folder of CSV files. */
  CSV_FOLDER("CSV folder"),
  /** A JSON document. */
  JSON("JSON document"),
  /** JSON Lines. */
  JSON_LINES("JSON Lines");

  private static final int SNIFF_LIMIT = 1 << 20;

  private final String description;

  DatasetForm(String description) {
    this.description = description;
  }

  /** What the form is called in messages. */
  String description() {
    return description;
  }

  /**
   * The form of an existing dataset.
   *
   * @throws ParameterException when the path does not exist or is no dataset (a usage error)
   */
  static DatasetForm ofInput(Path path, CommandLine cl) {
    if (Files.isDirectory(path)) {
      return CSV_FOLDER;
    }
    if (!Files.exists(path)) {
      throw new ParameterException(cl, "no such file or folder: " + path);
    }
    String name = lowerName(path);
    if (name.endsWith(".jsonl")) {
      return JSON_LINES;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".csv")) {
      throw new ParameterException(
          cl,
          path
              + " is one CSV file: give the folder that holds organisation.csv, antennas.csv, ...");
    }
    return sniff(path, cl);
  }

  /**
   * The form to write a dataset in, from the output's name: {@code .json}, {@code .jsonl}, else a
   * folder (existing or to be created).
   *
   * @throws ParameterException when the path is an existing file of another kind
   */
  static DatasetForm ofOutput(Path path, CommandLine cl) {
    String name = lowerName(path);
    if (Files.isDirectory(path)) {
      return CSV_FOLDER;
    }
    if (name.endsWith(".jsonl")) {
      return JSON_LINES;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (Files.exists(path) || name.endsWith(".csv")) {
      throw new ParameterException(
          cl, "cannot tell what to write to " + path + ": give a folder, a .json or a .jsonl file");
    }
    return CSV_FOLDER;
  }

  /**
   * Reads and validates a dataset of this form, with Terrain's code lists (plugins' included) and
   * its plugins' dataset rules after Terrain's own.
   */
  ReadResult read(Path path, LocalDate today, Optional<CsvDialect> dialect, Terrain terrain) {
    ReadResult r =
        switch (this) {
          case CSV_FOLDER ->
              CsvDatasetReader.builder()
                  .registry(terrain.codes())
                  .today(today)
                  .dialect(dialect)
                  .build()
                  .read(path);
          case JSON, JSON_LINES -> readJson(path, today, terrain);
        };
    return terrain.withRules(r, today);
  }

  private ReadResult readJson(Path path, LocalDate today, Terrain terrain) {
    JsonDatasetReader reader =
        JsonDatasetReader.builder().registry(terrain.codes()).today(today).build();
    String name = lowerName(path);
    if (name.endsWith(".json") || name.endsWith(".jsonl")) {
      return reader.read(path); // the name says the form, as ofInput found
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      return reader.read(in, String.valueOf(path.getFileName()), this == JSON_LINES);
    } catch (IOException e) {
      throw new CliFailure(TerrainCli.USAGE, "cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a valid dataset in this form.
   *
   * @param dialect the dialect of a CSV folder
   */
  void write(Dataset dataset, Path path, CsvDialect dialect) throws IOException {
    switch (this) {
      case CSV_FOLDER -> CsvDatasetWriter.of(dialect).write(dataset, path);
      case JSON -> JsonDatasetWriter.document().write(dataset, path);
      case JSON_LINES -> JsonDatasetWriter.lines().write(dataset, path);
    }
  }

  private static String lowerName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  /** A file of another name: JSON Lines when its first line is a whole object and more follow. */
  private static DatasetForm sniff(Path path, CommandLine cl) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SNIFF_LIMIT);
    } catch (IOException e) {
      throw new ParameterException(cl, "cannot read " + path + ": " + e.getMessage());
    }
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i == head.length || head[i] != '{') {
      throw new ParameterException(
          cl, path + " is not a dataset: give a CSV folder, a .json document or a .jsonl file");
    }
    int depth = 0;
    boolean inString = false;
    for (; i < head.length && head[i] != '\n'; i++) {
      byte c = head[i];
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    boolean wholeFirstLine = depth == 0 && i < head.length;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return wholeFirstLine && i < head.length ? JSON_LINES : JSON;
  }
}
