package be.terrain.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Estimates the rows of a CSV file from its length and the lines of its first 64 KB: a hint the
 * dataset builder sizes its id indexes from ({@link be.terrain.core.DatasetBuilder#expectRows}),
 * never a result. Any failure gives 0 (no hint): reading the file reports it.
 */
final class RowEstimate {
  private static final int SAMPLE = 64 * 1024;

  private RowEstimate() {}

  /** About how many lines the file has (0 when unknown). */
  static long of(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] sample = in.readNBytes(SAMPLE);
      long lines = 0;
      for (byte b : sample) {
        if (b == '\n') {
          lines++;
        }
      }
      if (sample.length < SAMPLE || lines == 0) {
        return lines;
      }
      return Files.size(path) * lines / sample.length;
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return 0;
    }
  }
}
