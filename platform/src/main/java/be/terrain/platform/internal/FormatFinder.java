package be.terrain.platform.internal;

import be.terrain.core.spi.DatasetFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Which registered dataset format reads a path: the one place that decides it. */
public final class FormatFinder {
  /** How much of a file a format is shown to recognise it. */
  static final int HEAD = 1 << 20;

  private FormatFinder() {}

  /**
   * For a folder, the first folder format; for a file, the first whose extension ends its name (in
   * any case); for another readable file, the one that recognises its first bytes most surely.
   */
  public static Optional<DatasetFormat> find(Collection<DatasetFormat> formats, Path source) {
    boolean folder = Files.isDirectory(source);
    Path name = source.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (DatasetFormat f : formats) {
      Optional<String> ext = f.fileExtension();
      if (folder
          ? ext.isEmpty()
          : ext.isPresent() && file.endsWith(ext.get().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    if (folder || !Files.isRegularFile(source)) {
      return Optional.empty();
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(source)) {
      head = in.readNBytes(HEAD);
    } catch (IOException e) {
      return Optional.empty();
    }
    DatasetFormat best = null;
    int bestScore = 0;
    for (DatasetFormat f : formats) {
      int score = f.recognises(head.clone());
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
