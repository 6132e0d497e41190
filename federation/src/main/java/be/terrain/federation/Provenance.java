package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.RecordKind;
import be.terrain.platform.Terrain;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * Where a contribution comes from: the tool that wrote it, the SHA-256 of the dataset as read and
 * the number of data rows read.
 *
 * @param generator the writing tool and its version, e.g. {@code terrain 0.2.0}
 * @param datasetSha256 64 lower-case hex digits: {@link #sha256(Path)} of the dataset
 * @param records the data rows read, the organisation included ({@link #records(Dataset)})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Provenance(String generator, String datasetSha256, long records) {

  /**
   * Checks the parts.
   *
   * @param generator the writing tool and its version, e.g. {@code terrain 0.2.0}
   * @param datasetSha256 64 lower-case hex digits: {@link #sha256(Path)} of the dataset
   * @param records the data rows read, the organisation included ({@link #records(Dataset)})
   * @throws IllegalArgumentException when the generator is blank, the hash not 64 lower-case hex
   *     digits or the records negative
   */
  public Provenance {
    requireNonNull(generator, "generator");
    requireNonNull(datasetSha256, "datasetSha256");
    if (generator.isBlank()) {
      throw new IllegalArgumentException("generator must not be blank");
    }
    if (!datasetSha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("dataset_sha256 must be 64 lower-case hex digits");
    }
    if (records < 0) {
      throw new IllegalArgumentException("records must not be negative: " + records);
    }
  }

  /**
   * The generator Terrain itself writes: {@code terrain} and {@link Terrain#version()}, as the
   * command line and the Beam pipeline name themselves.
   *
   * @return for example {@code terrain 0.1.0}
   */
  public static String terrainGenerator() {
    return "terrain " + Terrain.version();
  }

  /**
   * The provenance of a dataset read from a path: its {@link #sha256(Path)} and its {@link
   * #records(Dataset)}.
   *
   * @param generator the writing tool and its version, e.g. {@code terrain 0.2.0}
   * @param dataset the CSV folder or file the dataset was read from
   * @param read the dataset read from it
   * @return its provenance
   * @throws UncheckedIOException when the path cannot be read
   */
  public static Provenance of(String generator, Path dataset, Dataset read) {
    return new Provenance(generator, sha256(dataset), records(read));
  }

  /**
   * The SHA-256 of a dataset as {@code federation.md} defines it: for a CSV folder, its record
   * files' bytes one after the other in the order organisation, antennas, persons, profiles,
   * contacts, accompaniments, health, distributions (absent files skipped); for a single file (JSON
   * or JSON Lines), its bytes.
   *
   * @param dataset a CSV folder, or a JSON or JSON Lines file
   * @return 64 lower-case hexadecimal digits
   * @throws UncheckedIOException when a file cannot be read
   */
  public static String sha256(Path dataset) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    if (Files.isDirectory(dataset)) {
      for (RecordKind kind : RecordKind.values()) {
        Path file = dataset.resolve(kind.collection() + ".csv");
        if (Files.isRegularFile(file)) {
          feed(digest, file);
        }
      }
    } else {
      feed(digest, dataset);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The number of data rows of a valid dataset: the sum of its tables' sizes, the organisation
   * included (a distribution act of three rows counts three), which is the rows a reader read.
   *
   * @param dataset a valid dataset
   * @return its number of data rows
   */
  public static long records(Dataset dataset) {
    long n = 0;
    for (RecordKind kind : RecordKind.values()) {
      n += dataset.size(kind);
    }
    return n;
  }

  private static void feed(MessageDigest digest, Path file) {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buffer)) > 0) {
        digest.update(buffer, 0, r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
