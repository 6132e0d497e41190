package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import be.terrain.federation.internal.ContributionParser;
import be.terrain.federation.internal.ContributionWriter;
import be.terrain.federation.internal.JsonFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes and reads {@code terrain-contribution/1} files. The writer gives deterministic bytes
 * (members in the specification's order, two-space indentation, LF, final LF); the reader is strict
 * like the dataset readers: every refusal is a {@link Problem} (TER-06xx, see {@link
 * FederationProblems}) with the file and a JSON pointer, all of them listed, and it never throws on
 * bad input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContributionJson {
  private ContributionJson() {}

  /**
   * The contribution as UTF-8 bytes.
   *
   * @param contribution a member's contribution
   * @return the {@code terrain-contribution/1} file's bytes
   */
  public static byte[] toBytes(Contribution contribution) {
    return ContributionWriter.toBytes(requireNonNull(contribution, "contribution"));
  }

  /**
   * Writes the contribution to a file, replacing it.
   *
   * @param contribution a member's contribution
   * @param file where it is written
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Contribution contribution, Path file) {
    JsonFiles.write(toBytes(contribution), file);
  }

  /**
   * Reads a contribution of the standard definition ({@link KnownDefinitions#standard()}).
   *
   * @param file a {@code terrain-contribution/1} file
   * @return the contribution, or the problems that refused it
   */
  public static ContributionRead read(Path file) {
    return read(file, KnownDefinitions.standard());
  }

  /**
   * Reads a contribution of one of the known definitions; problems name the file's name.
   *
   * @param file a {@code terrain-contribution/1} file
   * @param known the report definitions it may name
   * @return the contribution, or the problems that refused it
   */
  public static ContributionRead read(Path file, KnownDefinitions known) {
    return JsonFiles.read(
        file,
        (bytes, name) -> read(bytes, name, known),
        problems -> new ContributionRead(Optional.empty(), problems));
  }

  /**
   * Reads a contribution's bytes.
   *
   * @param bytes a {@code terrain-contribution/1} file's bytes
   * @param file the name problems give the file
   * @param known the report definitions it may name
   * @return the contribution, or the problems that refused it
   */
  public static ContributionRead read(byte[] bytes, String file, KnownDefinitions known) {
    requireNonNull(bytes, "bytes");
    requireNonNull(file, "file");
    requireNonNull(known, "known");
    return ContributionParser.read(bytes, file, known);
  }
}
