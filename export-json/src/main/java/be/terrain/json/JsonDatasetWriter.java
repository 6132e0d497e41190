package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.json.internal.DatasetEmitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a dataset in the exchange format as a JSON document or as JSON Lines, as {@code
 * exchange-format.md} says: {@code format}, {@code organisation} and all seven record arrays (empty
 * ones as {@code []}), records in dataset order, members in the order of the format's columns,
 * every unknown value left out (never {@code null} or {@code ""}), {@code count} on every contact,
 * integers as JSON integers and {@code pathogens} as an array. Output is UTF-8 and deterministic:
 * the same dataset gives the same bytes.
 *
 * <p>Layout of a document: the top-level object and each record array have one entry per line,
 * indented by two spaces; each record (and the organisation) is on one line with {@code ": "} after
 * names and {@code ", "} between members; lines end in LF, the last one too. JSON Lines: the first
 * line holds {@code format}, {@code organisation} and {@code antennas}, each further line one
 * record with {@code type} first (persons, profiles, contacts, accompaniments, health,
 * distributions), no whitespace, every line ending in LF.
 *
 * <p>Writing expects a dataset whose records are readable (one that validates): a record whose
 * required value could not be read cannot be written. Immutable and thread-safe.
 */
public final class JsonDatasetWriter {
  private static final JsonDatasetWriter DOCUMENT = new JsonDatasetWriter(false);
  private static final JsonDatasetWriter LINES = new JsonDatasetWriter(true);

  private final boolean lines;

  private JsonDatasetWriter(boolean lines) {
    this.lines = lines;
  }

  /** {@return the writer of JSON documents ({@code .json})} */
  public static JsonDatasetWriter document() {
    return DOCUMENT;
  }

  /** {@return the writer of JSON Lines ({@code .jsonl})} */
  public static JsonDatasetWriter lines() {
    return LINES;
  }

  /**
   * {@return the writer for a file name: JSON Lines when it ends in {@code .jsonl}, else a
   * document}
   *
   * @param fileName the name of the file to write, e.g. {@code dataset.json}
   */
  public static JsonDatasetWriter forFile(String fileName) {
    return JsonDatasetReader.isJsonLines(requireNonNull(fileName, "fileName")) ? LINES : DOCUMENT;
  }

  /** {@return whether this writer writes JSON Lines} */
  public boolean isLines() {
    return lines;
  }

  /**
   * Writes the dataset to a stream, which is flushed, not closed.
   *
   * @param dataset a valid dataset
   * @param out the stream the UTF-8 text is written to
   * @throws UncheckedIOException when the stream cannot be written
   * @throws IllegalStateException when a record of the dataset cannot be read (validate it first)
   */
  public void write(Dataset dataset, OutputStream out) {
    requireNonNull(dataset, "dataset");
    requireNonNull(out, "out");
    try {
      if (lines) {
        DatasetEmitter.writeLines(dataset, out);
      } else {
        DatasetEmitter.writeDocument(dataset, out);
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes the dataset to a file, replacing it.
   *
   * @param dataset a valid dataset
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalStateException when a record of the dataset cannot be read (validate it first)
   */
  public void write(Dataset dataset, Path file) {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(dataset, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the bytes written for the dataset}
   *
   * @param dataset a valid dataset
   */
  public byte[] toBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dataset, out);
    return out.toByteArray();
  }

  /**
   * {@return the text written for the dataset}
   *
   * @param dataset a valid dataset
   */
  public String toJson(Dataset dataset) {
    return new String(toBytes(dataset), StandardCharsets.UTF_8);
  }
}
