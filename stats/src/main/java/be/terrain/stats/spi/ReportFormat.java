package be.terrain.stats.spi;

import be.terrain.stats.Report;
import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * A way to write a {@link Report}, registered by name: {@code json} ({@code report.json}) and
 * {@code csv} ({@code report.csv}) are registered by Terrain's export modules through this
 * interface; a plugin may add another (a funder's spreadsheet).
 *
 * <p>Contract: writes every report, whatever its tables, scopes and options (suppressed rows,
 * labels, history); the same report gives the same bytes; the stream is flushed, not closed.
 * Implementations are immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ReportFormat {
  /**
   * {@return the name the format is chosen by, e.g. {@code json}: 1 to 32 characters of {@code a-z
   * 0-9 -}, starting with a letter}
   */
  String name();

  /** {@return one sentence saying what the format is, for listings} */
  String description();

  /** {@return the extension of the format's files, with its dot, e.g. {@code .json}} */
  String fileExtension();

  /**
   * Writes a report to a stream, which is flushed and left open.
   *
   * @param report the report
   * @param out the stream written to
   * @throws IOException when the stream fails
   */
  void write(Report report, OutputStream out) throws IOException;
}
