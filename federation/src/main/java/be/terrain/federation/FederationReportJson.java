package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.federation.internal.FederationReportParser;
import be.terrain.federation.internal.FederationReportWriter;
import be.terrain.federation.internal.JsonFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes and reads {@code terrain-federation-report/1}. The writer: members in the specification's
 * order, integers except {@code change_percent} (one decimal), two-space indentation, LF, final LF;
 * same report, same bytes. The reader is strict like {@link ContributionJson#read(Path)}: every
 * refusal is a problem (TER-06xx) with the file and a JSON pointer, never an exception.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FederationReportJson {
  private FederationReportJson() {}

  /**
   * The report as UTF-8 bytes.
   *
   * @param report the federation report
   * @return the {@code terrain-federation-report/1} file's bytes
   */
  public static byte[] toBytes(FederationReport report) {
    return FederationReportWriter.toBytes(requireNonNull(report, "report"));
  }

  /**
   * Writes the report to a file, replacing it.
   *
   * @param report the federation report
   * @param file where it is written
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(FederationReport report, Path file) {
    JsonFiles.write(toBytes(report), file);
  }

  /**
   * Reads a federation report; problems name the file's name.
   *
   * @param file a {@code terrain-federation-report/1} file
   * @return the report, or the problems that refused it
   */
  public static FederationReportRead read(Path file) {
    return JsonFiles.read(
        file,
        (bytes, name) -> read(bytes, name),
        problems -> new FederationReportRead(Optional.empty(), problems));
  }

  /**
   * Reads a federation report's bytes.
   *
   * @param bytes a {@code terrain-federation-report/1} file's bytes
   * @param file the name problems give the file
   * @return the report, or the problems that refused it
   */
  public static FederationReportRead read(byte[] bytes, String file) {
    requireNonNull(bytes, "bytes");
    requireNonNull(file, "file");
    return FederationReportParser.read(bytes, file);
  }
}
