package be.terrain.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks, before any work, that a command can write where it was told: a file where a file is
 * expected, a folder where a folder is, in a folder that exists (or can be created in the nearest
 * one that does) and accepts new files. Each refusal is a usage error (exit 2) in one line that
 * names the path and the reason. The folders are created only when writing ({@link Output}).
 */
final class OutputChecks {
  private OutputChecks() {}

  /**
   * Refuses a file that cannot be written.
   *
   * @param option the option or parameter naming the file, for the message ({@code --out})
   * @param example a file name to suggest when the path is a folder ({@code report.json})
   */
  static void file(CommandLine cl, String option, Path file, String example) {
    Path path = file.toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      throw new ParameterException(
          cl,
          option
              + " "
              + file
              + " is a folder, where a file is expected: give a file's name, e.g. "
              + file.resolve(example));
    }
    if (Files.exists(path) && !Files.isWritable(path)) {
      throw cannot(cl, file, "permission denied");
    }
    canCreateIn(cl, file, path.getParent());
  }

  /**
   * Refuses a folder that cannot be written into (an existing file, a folder that refuses new
   * files).
   *
   * @param option the option or parameter naming the folder, for the message ({@code --out})
   */
  static void folder(CommandLine cl, String option, Path folder) {
    Path path = folder.toAbsolutePath().normalize();
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new ParameterException(
          cl, option + " " + folder + " is a file, where a folder is expected");
    }
    canCreateIn(cl, folder, Files.isDirectory(path) ? path : path.getParent());
  }

  /** Refuses when the nearest existing folder of {@code parent} does not accept a new file. */
  private static void canCreateIn(CommandLine cl, Path target, Path parent) {
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return; // no root to check: writing will tell
    }
    if (!Files.isDirectory(existing)) {
      throw cannot(cl, target, existing + " is a file, not a folder");
    }
    try {
      Files.delete(Files.createTempFile(existing, ".terrain-", ".tmp"));
    } catch (AccessDeniedException e) {
      throw cannot(cl, target, "permission denied in " + existing);
    } catch (NoSuchFileException e) {
      throw cannot(cl, target, "the folder " + existing + " does not accept new files");
    } catch (IOException e) {
      throw cannot(
          cl, target, "cannot create a file in " + existing + " (" + CliFailure.reason(e) + ")");
    }
  }

  private static ParameterException cannot(CommandLine cl, Path target, String reason) {
    return new ParameterException(cl, "cannot write " + target + ": " + reason);
  }
}
