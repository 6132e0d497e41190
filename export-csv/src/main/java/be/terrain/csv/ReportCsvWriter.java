package be.terrain.csv;

import static java.util.Objects.requireNonNull;

import be.terrain.csv.internal.CsvText;
import be.terrain.stats.Report;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Report} as {@code report.csv} ({@code standard-report.md}): one line per row of
 * every table under one header for the whole file, {@code
 * table,scope_level,scope_id,measure,n,code,count,percent,history_1,history_2,change_percent} and
 * {@code ,label} when the report has labels. UTF-8 without byte order mark, comma, LF line ends; a
 * cell is quoted (RFC 4180) only when it holds a comma, a quote, CR or LF. Empty cells for what a
 * table does not have (history, change) and for null (a suppressed count, the percents of a table
 * whose n is 0). Text cells that a spreadsheet would take for a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR) get a {@code '} in front; numbers never do ({@code
 * -59.0} stays a number). Same report, same bytes.
 *
 * <p>A report whose tables have more than two periods of history gets one {@code history_k} column
 * per period.
 */
public final class ReportCsvWriter {
  private ReportCsvWriter() {}

  /**
   * Writes the report to a stream, which is left open.
   *
   * @param report the report
   * @param out the stream the UTF-8 text is written to
   * @throws IOException when the stream fails
   */
  public static void write(Report report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, w);
    w.flush();
  }

  /**
   * Writes the report to a file, replacing it.
   *
   * @param report the report
   * @param file the file, replaced if it exists
   * @throws IOException when the file cannot be written
   */
  public static void write(Report report, Path file) throws IOException {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out);
    }
  }

  /**
   * {@return the report's bytes (UTF-8)}
   *
   * @param report the report
   */
  public static byte[] toBytes(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * {@return the report as text}
   *
   * @param report the report
   */
  public static String toCsv(Report report) {
    return new String(toBytes(report), StandardCharsets.UTF_8);
  }

  private static void write(Report report, Writer w) throws IOException {
    int historyColumns = Math.max(2, report.maxHistory());
    boolean labels = report.language().isPresent();
    StringBuilder b = new StringBuilder(256);
    b.append("table,scope_level,scope_id,measure,n,code,count,percent");
    for (int h = 1; h <= historyColumns; h++) {
      b.append(",history_").append(h);
    }
    b.append(",change_percent");
    if (labels) {
      b.append(",label");
    }
    b.append('\n');
    w.write(b.toString());
    for (ReportTable t : report.tables()) {
      for (ReportRow row : t.rows()) {
        b.setLength(0);
        text(b, t.id()).append(',');
        text(b, t.scope().level().name()).append(',');
        text(b, t.scope().id()).append(',');
        text(b, t.measure().name()).append(',');
        b.append(t.n()).append(',');
        text(b, row.code()).append(',');
        if (row.count().isPresent()) {
          b.append(row.count().getAsLong());
        }
        b.append(',');
        if (row.percent().isPresent()) {
          b.append(row.percent().getAsInt());
        }
        for (int h = 0; h < historyColumns; h++) {
          b.append(',');
          if (h < row.history().size() && row.history().get(h).isPresent()) {
            b.append(row.history().get(h).getAsLong());
          }
        }
        b.append(',');
        if (row.changePercent().isPresent()) {
          b.append(row.changePercent().get().toPlainString());
        }
        if (labels) {
          b.append(',');
          text(b, row.label().orElse(""));
        }
        b.append('\n');
        w.write(b.toString());
      }
    }
  }

  /** Appends a text cell with the exchange format's formula prefix and quoting (shared rules). */
  private static StringBuilder text(StringBuilder b, String cell) {
    CsvText.appendTextCell(b, cell, ',');
    return b;
  }
}
