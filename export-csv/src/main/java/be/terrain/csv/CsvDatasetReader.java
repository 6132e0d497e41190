package be.terrain.csv;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.core.ValidationResult;
import be.terrain.csv.internal.FolderReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV folder of the exchange format ({@code terrain/1}) into a {@link Dataset} and
 * validates it: files {@code organisation.csv}, {@code antennas.csv}, {@code persons.csv} and any
 * of {@code profiles.csv}, {@code contacts.csv}, {@code accompaniments.csv}, {@code health.csv},
 * {@code distributions.csv}; columns in any order; UTF-8 with or without byte order mark; CRLF or
 * LF; dialect detected per file from its header line unless one is forced.
 *
 * <p>Reading never throws on bad data: the {@link ReadResult} holds every record read (none is
 * dropped) and every problem, each located by file, line (the header is line 1) and column. Files
 * are streamed row by row: memory grows with the records, not with the files' size. A reader is
 * immutable and may be shared; each {@link #read} is independent.
 *
 * <pre>{@code
 * ReadResult r = CsvDatasetReader.builder().today(LocalDate.of(2026, 1, 1)).build().read(folder);
 * r.validation().problems().forEach(System.out::println);
 * }</pre>
 */
public final class CsvDatasetReader {
  private final CodeRegistry registry;
  private final Optional<LocalDate> today;
  private final Optional<CsvDialect> dialect;
  private final boolean tokenizerOnly;
  private final int problemLimit;

  private CsvDatasetReader(Builder b) {
    this.problemLimit = b.problemLimit;
    this.registry = b.registry;
    this.today = b.today;
    this.dialect = b.dialect;
    this.tokenizerOnly = b.tokenizerOnly;
  }

  /**
   * {@return a builder: standard code lists, today's date at each read, dialect detected per file}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a reader with the standard code lists, today's date and dialect detection} */
  public static CsvDatasetReader standard() {
    return builder().build();
  }

  /** {@return the code lists codes are checked against} */
  public CodeRegistry registry() {
    return registry;
  }

  /**
   * {@return the day the files are taken to be read, when fixed (else the system clock's at each
   * read)}
   */
  public Optional<LocalDate> today() {
    return today;
  }

  /** {@return the dialect forced on every file, or empty when detected per file} */
  public Optional<CsvDialect> dialect() {
    return dialect;
  }

  /**
   * Reads and validates a folder.
   *
   * @param folder the CSV folder
   * @return the dataset and every problem (the folder's, the files', the field and dataset rules')
   */
  public ReadResult read(Path folder) {
    requireNonNull(folder, "folder");
    DatasetBuilder b = Dataset.builder(registry).problemLimit(problemLimit);
    FolderReader reader = new FolderReader(b, dialect, tokenizerOnly);
    reader.read(folder);
    Dataset dataset = b.build();
    ValidationResult validation = dataset.validateWithoutPlugins(today.orElseGet(LocalDate::now));
    if (reader.organisationMissing()) {
      // the missing (or unreadable) organisation.csv was reported already: drop the repeat
      List<Problem> kept = new ArrayList<>(validation.problems().size());
      for (Problem p : validation.problems()) {
        if (!(p.code().equals(ProblemCodes.ORGANISATION_COUNT) && p.location().line().isEmpty())) {
          kept.add(p);
        }
      }
      validation = new ValidationResult(kept, validation.omitted());
    }
    return new ReadResult(dataset, validation);
  }

  /** Configures a {@link CsvDatasetReader}. */
  public static final class Builder {
    private CodeRegistry registry = CodeRegistry.standard();
    private Optional<LocalDate> today = Optional.empty();
    private Optional<CsvDialect> dialect = Optional.empty();
    private boolean tokenizerOnly;
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
     * The code lists codes are checked against (the standard lists and plugins' codes).
     *
     * @param newRegistry the code lists, e.g. {@code Terrain.codes()}
     * @return this builder, for chaining
     */
    public Builder registry(CodeRegistry newRegistry) {
      this.registry = requireNonNull(newRegistry, "registry");
      return this;
    }

    /**
     * "The day the file is read" for the date rules; fix it for reproducible checks. Default: the
     * system clock's date at each read.
     *
     * @param day the day the files are read: no activity may be dated after it
     * @return this builder, for chaining
     */
    public Builder today(LocalDate day) {
      this.today = Optional.of(requireNonNull(day, "today"));
      return this;
    }

    /**
     * Reads every file in this dialect instead of detecting it per file.
     *
     * @param forced the dialect of every file
     * @return this builder, for chaining
     */
    public Builder dialect(CsvDialect forced) {
      this.dialect = Optional.of(requireNonNull(forced, "dialect"));
      return this;
    }

    /**
     * Reads every file in this dialect when present, else detects it per file.
     *
     * @param forced the dialect of every file, or empty to detect it per file
     * @return this builder, for chaining
     */
    public Builder dialect(Optional<CsvDialect> forced) {
      this.dialect = requireNonNull(forced, "dialect");
      return this;
    }

    /**
     * Reads with the project's recovering tokenizer alone instead of FastCSV first. Gives the same
     * result, more slowly; for tests that compare the two paths.
     */
    Builder recoveringTokenizerOnly(boolean only) {
      this.tokenizerOnly = only;
      return this;
    }

    /** {@return the reader} */
    public CsvDatasetReader build() {
      return new CsvDatasetReader(this);
    }
  }
}
