package be.terrain.core.spi;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A way to store a dataset, registered by name: Terrain's CSV folders ({@code csv}) and JSON
 * ({@code json}, {@code jsonl}) are registered through this interface by their modules; a plugin
 * may add another (a spreadsheet, a database export).
 *
 * <p>Contract (checked by {@code terrain-testkit}'s {@code DatasetFormatContract}): reading what
 * {@link #write} wrote gives back an equal dataset without a problem, for every valid dataset; the
 * same dataset is written as the same bytes; reading never throws on bad input, whatever the bytes
 * (or a missing file): every defect is a {@link be.terrain.core.Problem} in the result, and no
 * record is dropped silently; codes are checked against {@link ReadOptions#codes()}, never the
 * standard lists alone. Implementations are immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface DatasetFormat {
  /**
   * {@return the name the format is chosen by, e.g. {@code csv}: 1 to 32 characters of {@code a-z
   * 0-9 -}, starting with a letter}
   */
  String name();

  /** {@return one sentence saying what the format is, for listings} */
  String description();

  /**
   * {@return the extension of the format's files, with its dot (e.g. {@code .json}); empty when a
   * dataset is a folder of files (as the CSV format's)}
   */
  Optional<String> fileExtension();

  /**
   * How surely this format reads a file whose name has none of the registered extensions, from its
   * first bytes: 0 not at all (the default), higher for more surely. The platform picks the format
   * that gives the most; the JSON Lines format gives more than the JSON document for a file whose
   * first line is a whole object followed by more lines.
   *
   * @param head up to the first mebibyte of the file
   * @return how surely this format reads the file, 0 for not at all
   */
  default int recognises(byte[] head) {
    return 0;
  }

  /**
   * Reads and validates a dataset. Never throws on bad input: a file that cannot be read is a
   * problem ({@code TER-0215}).
   *
   * @param source a file, or a folder when {@link #fileExtension()} is empty
   * @param options the code lists and the day of reading
   * @return the dataset with every record read and every problem
   */
  ReadResult read(Path source, ReadOptions options);

  /**
   * Writes a dataset that validates, replacing what is there.
   *
   * @param dataset the dataset
   * @param target a file, or a folder (created if needed) when {@link #fileExtension()} is empty
   * @throws IOException when the target cannot be written
   * @throws IllegalStateException when a record cannot be written (the dataset has problems)
   */
  void write(Dataset dataset, Path target) throws IOException;
}
