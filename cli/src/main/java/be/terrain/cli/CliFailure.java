package be.terrain.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A command that cannot do what it was asked for a reason the user can act on (a file that cannot
 * be written, ...): shown as one line on standard error, without stack trace, with its exit code.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A file or folder that cannot be written: a usage error. */
  static CliFailure cannotWrite(Path path, IOException e) {
    return new CliFailure(TerrainCli.USAGE, "cannot write " + path + ": " + reason(e), e);
  }

  /** An I/O error in a few words: {@code permission denied}, {@code not a folder: x}, ... */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      String file = f.getFile();
      String why =
          f.getReason() != null
              ? f.getReason().toLowerCase(Locale.ROOT)
              : f instanceof NoSuchFileException
                  ? "no such file or folder"
                  : f instanceof FileAlreadyExistsException
                      ? "already exists"
                      : f.getClass().getSimpleName();
      return file == null ? why : why + " (" + file + ")";
    }
    return String.valueOf(e.getMessage());
  }

  int exitCode() {
    return exitCode;
  }
}
