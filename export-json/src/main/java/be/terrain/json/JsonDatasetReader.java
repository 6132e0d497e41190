package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.json.internal.DatasetParser;
import be.terrain.json.internal.LinesReader;
import be.terrain.json.internal.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a dataset from the exchange format as a JSON document ({@code .json}) or JSON Lines ({@code
 * .jsonl}), as {@code exchange-format.md} says. Reading streams token by token (records go into the
 * dataset as they are read, the text is never held whole), never throws on bad input and never
 * drops a record silently: the {@link ReadResult} holds every record read and every problem found,
 * each located by file and JSON pointer ({@code /contacts/3/count}) in a document, by file and line
 * in JSON Lines, with line and column too where the parser saw the problem.
 *
 * <p>What JSON adds to the field rules: strict types (integers are JSON integers, ids, codes, dates
 * and names strings, {@code pathogens} an array of strings; a value of the wrong type is {@code
 * TER-0211}), unknown members ({@code TER-0203}), duplicate members ({@code TER-0205}), a missing
 * or wrong {@code format} ({@code TER-0214}), a missing {@code antennas} or {@code persons} ({@code
 * TER-0204}), malformed JSON, {@code NaN} or content after the document ({@code TER-0210}, reading
 * stops there and keeps what was read), input over a {@link JsonLimits} limit ({@code TER-0212}),
 * an unknown JSON Lines {@code type} ({@code TER-0213}). {@code null} is an absent member; an empty
 * string is an empty cell for a string member and a type error for an integer or {@code pathogens}.
 *
 * <p>Immutable and thread-safe once built: one reader can read many files.
 */
public final class JsonDatasetReader {
  private static final Logger LOG = LoggerFactory.getLogger(JsonDatasetReader.class);

  private final CodeRegistry registry;
  private final Optional<LocalDate> today;
  private final JsonLimits limits;
  private final int threads;
  private final int problemLimit;

  private JsonDatasetReader(Builder b) {
    this.registry = b.registry;
    this.today = Optional.ofNullable(b.today);
    this.limits = b.limits;
    this.threads = b.threads;
    this.problemLimit = b.problemLimit;
  }

  /** {@return a reader with the standard code lists, today's date and the default limits} */
  public static JsonDatasetReader standard() {
    return builder().build();
  }

  /** {@return a builder of readers} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return whether a file name is that of JSON Lines: it ends in {@code .jsonl}, in any case}
   *
   * @param fileName a file name, e.g. {@code dataset.jsonl}
   */
  public static boolean isJsonLines(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  /**
   * Reads a file: JSON Lines when its name ends in {@code .jsonl}, else a JSON document. A file
   * that cannot be opened is a problem ({@code TER-0215}), not an exception.
   *
   * @param file a {@code .json} or {@code .jsonl} file
   * @return the dataset read and its problems
   */
  public ReadResult read(Path file) {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    boolean lines = isJsonLines(fileName);
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException | RuntimeException e) {
      DatasetBuilder b = Dataset.builder(registry).problemLimit(problemLimit);
      b.report(
          Problem.of(ProblemCodes.UNREADABLE)
              .at(Location.ofFile(fileName))
              .args(String.valueOf(e.getMessage()))
              .build());
      return result(b.build());
    }
    try {
      return read(in, fileName, lines);
    } finally {
      try {
        in.close();
      } catch (IOException e) {
        LOG.debug("closing {} failed after reading it", file, e);
      }
    }
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param in the bytes (UTF-8; a byte order mark is skipped)
   * @param fileName the name problems give as their file, or null
   * @param lines true for JSON Lines, false for a JSON document
   * @return the dataset read and its problems
   */
  public ReadResult read(InputStream in, String fileName, boolean lines) {
    requireNonNull(in, "in");
    DatasetBuilder b = Dataset.builder(registry).problemLimit(problemLimit);
    if (lines) {
      LinesReader.read(
          Mappers.forLines(limits), b, in, fileName, threads, LinesReader.DEFAULT_CHUNK_SIZE);
    } else {
      DatasetParser.read(Mappers.forDocuments(limits), b, in, fileName, false);
    }
    return result(b.build());
  }

  private ReadResult result(Dataset dataset) {
    return ReadResult.of(dataset, today.orElseGet(LocalDate::now));
  }

  /** Configures a {@link JsonDatasetReader}. Not thread-safe. */
  public static final class Builder {
    private CodeRegistry registry = CodeRegistry.standard();
    private LocalDate today;
    private JsonLimits limits = JsonLimits.defaults();
    private int threads = Runtime.getRuntime().availableProcessors();
    private int problemLimit = DatasetBuilder.DEFAULT_PROBLEM_LIMIT;

    private Builder() {}

    /**
     * Keeps at most this many problems, counting the others (default {@value
     * DatasetBuilder#DEFAULT_PROBLEM_LIMIT}): see {@link DatasetBuilder#problemLimit}.
     *
     * @param limit the most problems kept, at least 1
     * @return this builder, for chaining
     * @throws IllegalArgumentException when below 1
     */
    public Builder problemLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("the problem limit must be at least 1: " + limit);
      }
      this.problemLimit = limit;
      return this;
    }

    /**
     * The code lists codes are checked against (default: the standard lists).
     *
     * @param newRegistry the code lists, e.g. {@code Terrain.codes()}
     * @return this builder, for chaining
     */
    public Builder registry(CodeRegistry newRegistry) {
      this.registry = requireNonNull(newRegistry, "registry");
      return this;
    }

    /**
     * The day the file is read: no activity may be dated after it (default: the system clock's
     * today, taken at each read). Give one for reproducible checks.
     *
     * @param day the day the file is read
     * @return this builder, for chaining
     */
    public Builder today(LocalDate day) {
      this.today = requireNonNull(day, "today");
      return this;
    }

    /**
     * The safety limits (default: {@link JsonLimits#defaults()}).
     *
     * @param newLimits the limits a read refuses to go past
     * @return this builder, for chaining
     */
    public Builder limits(JsonLimits newLimits) {
      this.limits = requireNonNull(newLimits, "limits");
      return this;
    }

    /**
     * The most threads reading JSON Lines uses (default: the available processors). JSON Lines are
     * parsed in chunks on that many threads and the records added in the order of the file, so that
     * the result (records, problems, their order and lines) is that of a serial read; 1 reads on
     * the calling thread only. A JSON document is always read on the calling thread.
     *
     * @param count the number of threads, at least 1
     * @return this builder, for chaining
     * @throws IllegalArgumentException when not positive
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + count);
      }
      this.threads = count;
      return this;
    }

    /** {@return the reader} */
    public JsonDatasetReader build() {
      return new JsonDatasetReader(this);
    }
  }
}
