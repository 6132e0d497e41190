package be.terrain.cli.sample;

import be.terrain.core.Person;
import be.terrain.core.RecordKind;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Streams rows into an {@code rfc4180} CSV folder: one file per record kind named after its
 * collection, a header row in canonical column order, comma, LF, UTF-8 without BOM, a cell quoted
 * only when it holds a comma, a quote, CR or LF. Meant for the generator's own cells (it adds no
 * formula prefix: generated cells never start with one of its characters). Not thread-safe.
 */
final class CsvFolderSink implements RowSink, Closeable {
  private static final int BUFFER = 1 << 16;

  private final Path dir;
  private final boolean linkageCodes;
  private final Set<RecordKind> started = EnumSet.noneOf(RecordKind.class);
  private RecordKind current;
  private Writer out;
  private long bytes;

  /**
   * A sink into a folder.
   *
   * @param linkageCodes whether {@code persons.csv} has the optional {@code linkage_code} column
   *     (without it, the generator's output is as before the column existed)
   */
  CsvFolderSink(Path dir, boolean linkageCodes) {
    this.dir = dir;
    this.linkageCodes = linkageCodes;
  }

  /** The cells written of a kind's rows: every field, but the linkage code only when asked. */
  private int width(RecordKind kind) {
    int n = kind.fields().size();
    return kind == RecordKind.PERSON && !linkageCodes ? kind.fieldIndex(Person.LINKAGE_CODE) : n;
  }

  /** The file of a kind, e.g. {@code contacts.csv}. */
  static String fileName(RecordKind kind) {
    return kind.collection() + ".csv";
  }

  @Override
  public void row(RecordKind kind, String[] cells) {
    try {
      if (kind != current) {
        start(kind);
      }
      Writer w = out;
      int width = Math.min(cells.length, width(kind));
      for (int i = 0; i < width; i++) {
        if (i > 0) {
          w.write(',');
        }
        String cell = cells[i];
        if (cell != null) {
          writeCell(w, cell);
        }
      }
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void start(RecordKind kind) throws IOException {
    if (started.contains(kind)) {
      throw new IllegalStateException("rows of " + kind + " came in two runs");
    }
    closeCurrent();
    started.add(kind);
    current = kind;
    out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(dir.resolve(fileName(kind))), StandardCharsets.UTF_8),
            BUFFER);
    List<String> fields = kind.fields().subList(0, width(kind));
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(fields.get(i));
    }
    out.write('\n');
  }

  private static void writeCell(Writer w, String cell) throws IOException {
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      w.write(cell);
      return;
    }
    w.write('"');
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') {
        w.write('"');
      }
      w.write(c);
    }
    w.write('"');
  }

  /** Closes the last file, writes a header-only file for each kind without rows, counts bytes. */
  void finish() throws IOException {
    closeCurrent();
    for (RecordKind kind : RecordKind.values()) {
      if (!started.contains(kind)) {
        start(kind);
        closeCurrent();
      }
    }
    bytes = 0;
    for (RecordKind kind : RecordKind.values()) {
      bytes += Files.size(dir.resolve(fileName(kind)));
    }
  }

  /** The bytes written, known after {@link #finish()}. */
  long bytes() {
    return bytes;
  }

  private void closeCurrent() throws IOException {
    if (out != null) {
      Writer w = out;
      out = null;
      current = null;
      w.close();
    }
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }
}
