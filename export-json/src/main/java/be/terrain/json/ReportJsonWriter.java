package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.json.internal.PrettyJson;
import be.terrain.stats.Report;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link Report} as {@code report.json} ({@code terrain-report/1}, {@code
 * standard-report.md}): members in the order of the specification, UTF-8, two-space indentation,
 * one member or array element per line, LF line ends and a final LF. Same report, same bytes.
 *
 * <p>Members: {@code format, organisation, period, rounding, [suppress_below], tables}; a table:
 * {@code id, scope, measure, n, rows}; a row: {@code code, [label], count, percent, [suppressed],
 * [history, change_percent]} ({@code history} and {@code change_percent} on the rows of tables that
 * have history). Null is written for a suppressed count, a percent of a table whose {@code n} is 0
 * and a change against a previous count of 0.
 */
public final class ReportJsonWriter {
  private ReportJsonWriter() {}

  /**
   * Writes the report to a stream (flushed, not closed).
   *
   * @param report the report
   * @param out the stream the UTF-8 text is written to
   * @throws UncheckedIOException when the stream cannot be written
   */
  public static void write(Report report, OutputStream out) {
    requireNonNull(report, "report");
    PrettyJson.write(out, g -> writeReport(g, report));
  }

  /**
   * Writes the report to a file, replacing it.
   *
   * @param report the report
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Report report, Path file) {
    requireNonNull(report, "report");
    PrettyJson.write(file, g -> writeReport(g, report));
  }

  /**
   * {@return the report as UTF-8 bytes}
   *
   * @param report the report
   */
  public static byte[] toBytes(Report report) {
    requireNonNull(report, "report");
    return PrettyJson.toBytes(g -> writeReport(g, report));
  }

  /**
   * {@return the report as JSON text}
   *
   * @param report the report
   */
  public static String toJson(Report report) {
    return new String(toBytes(report), StandardCharsets.UTF_8);
  }

  private static void writeReport(JsonGenerator g, Report r) {
    g.writeStartObject();
    g.writeStringProperty("format", Report.FORMAT);
    g.writeStringProperty("organisation", r.organisation());
    g.writeName("period");
    g.writeStartObject();
    g.writeStringProperty("from", r.period().from().toString());
    g.writeStringProperty("to", r.period().to().toString());
    g.writeEndObject();
    g.writeStringProperty("rounding", r.rounding().id());
    if (r.suppressBelow().isPresent()) {
      g.writeNumberProperty("suppress_below", r.suppressBelow().getAsInt());
    }
    g.writeName("tables");
    g.writeStartArray();
    for (ReportTable t : r.tables()) {
      writeTable(g, t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeTable(JsonGenerator g, ReportTable t) {
    g.writeStartObject();
    g.writeStringProperty("id", t.id());
    g.writeName("scope");
    g.writeStartObject();
    g.writeStringProperty("level", t.scope().level().name());
    g.writeStringProperty("id", t.scope().id());
    g.writeEndObject();
    g.writeStringProperty("measure", t.measure().name());
    g.writeNumberProperty("n", t.n());
    g.writeName("rows");
    g.writeStartArray();
    for (ReportRow row : t.rows()) {
      writeRow(g, row, t.history() > 0);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeRow(JsonGenerator g, ReportRow row, boolean history) {
    g.writeStartObject();
    g.writeStringProperty("code", row.code());
    if (row.label().isPresent()) {
      g.writeStringProperty("label", row.label().get());
    }
    g.writeName("count");
    if (row.count().isPresent()) {
      g.writeNumber(row.count().getAsLong());
    } else {
      g.writeNull();
    }
    g.writeName("percent");
    if (row.percent().isPresent()) {
      g.writeNumber(row.percent().getAsInt());
    } else {
      g.writeNull();
    }
    if (row.suppressed()) {
      g.writeBooleanProperty("suppressed", true);
    }
    if (history) {
      g.writeName("history");
      g.writeStartArray();
      for (OptionalLong h : row.history()) {
        if (h.isPresent()) {
          g.writeNumber(h.getAsLong());
        } else {
          g.writeNull();
        }
      }
      g.writeEndArray();
      g.writeName("change_percent");
      if (row.changePercent().isPresent()) {
        g.writeNumber(row.changePercent().get());
      } else {
        g.writeNull();
      }
    }
    g.writeEndObject();
  }
}
