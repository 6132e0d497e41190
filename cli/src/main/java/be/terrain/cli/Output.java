package be.terrain.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing a command's output file or folder: its folder is created, a failure is one line. */
final class Output {
  private Output() {}

  /** Writes to a path. */
  interface Writing {
    void to(Path path) throws IOException;
  }

  /**
   * Creates the folder the path is in, then writes.
   *
   * @throws CliFailure a usage error naming the path and the reason, when writing fails
   */
  static void write(Path path, Writing writing) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      writing.to(path);
    } catch (IOException e) {
      throw CliFailure.cannotWrite(path, e);
    } catch (UncheckedIOException e) {
      throw CliFailure.cannotWrite(path, e.getCause());
    }
  }
}
