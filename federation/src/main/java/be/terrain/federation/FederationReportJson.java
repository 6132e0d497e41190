package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.federation.internal.FederationReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Writes {@code terrain-federation-report/1}: members in the specification's order, integers except
 * {@code change_percent} (one decimal), two-space indentation, LF, final LF. Same report, same
 * bytes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class FederationReportJson {
  private FederationReportJson() {}

  /** The report as UTF-8 bytes. */
  public static byte[] toBytes(FederationReport report) {
    return FederationReportWriter.toBytes(requireNonNull(report, "report"));
  }

  /**
   * Writes the report to a file, replacing it.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(FederationReport report, Path file) {
    byte[] bytes = toBytes(report);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
