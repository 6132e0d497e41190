package be.terrain.csv;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.Person;
import be.terrain.core.RecordKind;
import be.terrain.csv.internal.CsvFiles;
import be.terrain.csv.internal.CsvText;
import be.terrain.csv.internal.RecordCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Dataset} as a CSV folder of the exchange format: all eight files ({@code
 * organisation.csv}, {@code antennas.csv}, ... {@code distributions.csv}, empty ones with their
 * header only), columns in canonical order ({@link RecordKind#fields()}), records in dataset order.
 * An unknown value is an empty cell; {@code count} is written on every contact (1 where the source
 * left it empty); pathogens are joined with {@code |}. The optional {@code linkage_code} column of
 * {@code persons.csv} is written only when some person has a code.
 *
 * <p>Cells are quoted only when they hold the separator, a quote, CR or LF. A text cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a {@code '} prefix so that a
 * spreadsheet never runs it as a formula; integers are written as they are. The output is
 * deterministic: the same dataset gives the same bytes. A writer is immutable and thread-safe.
 *
 * <p>Limits of the format: a name that itself starts with {@code '} followed by a formula character
 * (e.g. {@code '=x}) reads back without its {@code '}.
 */
public final class CsvDatasetWriter {
  private static final int BUFFER = 1 << 16;

  private final CsvDialect dialect;

  private CsvDatasetWriter(CsvDialect dialect) {
    this.dialect = requireNonNull(dialect, "dialect");
  }

  /** {@return a writer of {@link CsvDialect#RFC4180}: comma, LF, no byte order mark} */
  public static CsvDatasetWriter rfc4180() {
    return new CsvDatasetWriter(CsvDialect.RFC4180);
  }

  /**
   * {@return a writer of a dialect ({@link CsvDialect#EXCEL_FR}: semicolon, CRLF, byte order mark)}
   *
   * @param dialect the dialect of the files written
   */
  public static CsvDatasetWriter of(CsvDialect dialect) {
    return new CsvDatasetWriter(dialect);
  }

  /** {@return the dialect written} */
  public CsvDialect dialect() {
    return dialect;
  }

  /**
   * {@return the name of the file holding a kind's records, e.g. {@code contacts.csv}}
   *
   * @param kind the kind of record
   */
  public static String fileName(RecordKind kind) {
    return CsvFiles.fileName(requireNonNull(kind, "kind"));
  }

  /**
   * Writes the dataset's eight files into a folder, creating it if needed and replacing files of
   * the same names. Other files in the folder are left alone (another {@code .csv} file would make
   * the folder unreadable as a dataset).
   *
   * @param dataset a valid dataset
   * @param folder the folder to write into, created with its parents if missing
   * @throws IOException when a file cannot be written
   * @throws IllegalStateException when a record of the dataset cannot be made (its input had
   *     problems: writers only write valid datasets)
   */
  public void write(Dataset dataset, Path folder) throws IOException {
    requireNonNull(dataset, "dataset");
    Files.createDirectories(requireNonNull(folder, "folder"));
    for (RecordKind kind : RecordKind.values()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(fileName(kind)))) {
        write(dataset, kind, out);
      }
    }
  }

  /**
   * Writes one kind's file to a stream, which is flushed, not closed.
   *
   * @param dataset a valid dataset
   * @param kind the kind of record whose file is written
   * @param out the stream written to, in the writer's dialect
   * @throws IOException when the stream fails
   * @throws IllegalStateException when a record of the dataset cannot be made
   */
  public void write(Dataset dataset, RecordKind kind, OutputStream out) throws IOException {
    requireNonNull(dataset, "dataset");
    requireNonNull(kind, "kind");
    requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    if (dialect.writesBom()) {
      w.write('\uFEFF');
    }
    char sep = dialect.separator();
    String lineEnd = dialect.lineEnd();
    List<String> fields = writtenFields(dataset, kind);
    int width = fields.size();
    boolean[] numeric = new boolean[width];
    StringBuilder line = new StringBuilder(256);
    for (int i = 0; i < width; i++) {
      numeric[i] = RecordCells.isNumeric(fields.get(i));
      if (i > 0) {
        line.append(sep);
      }
      line.append(fields.get(i));
    }
    line.append(lineEnd);
    w.append(line);
    try {
      RecordCells.forEach(
          dataset,
          kind,
          cells -> {
            line.setLength(0);
            for (int i = 0; i < width; i++) {
              if (i > 0) {
                line.append(sep);
              }
              String cell = cells[i];
              if (cell == null || cell.isEmpty()) {
                continue;
              }
              if (numeric[i]) {
                CsvText.appendCell(line, cell, sep);
              } else {
                CsvText.appendTextCell(line, cell, sep);
              }
            }
            line.append(lineEnd);
            try {
              w.append(line);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  /**
   * The columns written for a kind: every field, but the optional {@code linkage_code} only when
   * some person has one, so that a dataset without codes is written as before the column existed.
   * (It is last of the person's fields: the cells are written up to the width.)
   */
  private static List<String> writtenFields(Dataset dataset, RecordKind kind) {
    List<String> fields = kind.fields();
    if (kind == RecordKind.PERSON && !dataset.persons().anyLinkageCode()) {
      return fields.subList(0, fields.indexOf(Person.LINKAGE_CODE));
    }
    return fields;
  }
}
