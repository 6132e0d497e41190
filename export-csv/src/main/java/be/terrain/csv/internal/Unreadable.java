package be.terrain.csv.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a file of a CSV folder cannot be read, in a few words for a problem (TER-0215). The exchange
 * format reads only an absent file as having no records: a dangling link, a link loop, a folder, a
 * pipe or a device with a file's name is a problem naming it, never taken for "no such file" (that
 * once lost every record of the file without a word). A pipe or device is never opened (reading one
 * could wait forever or never end).
 */
final class Unreadable {
  private Unreadable() {}

  /**
   * Why an entry of the folder is not a regular file that can be read, or empty when it is one.
   *
   * @param entry an entry the folder lists
   */
  static Optional<String> entry(Path entry) {
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | SecurityException e) {
      return Optional.of(reason(e));
    }
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(entry, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Optional.of("a link to nothing (" + linkTarget(entry) + ")");
    } catch (FileSystemException e) {
      String why = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
      return Optional.of(
          own.isSymbolicLink() && why.contains("levels of symbolic links")
              ? "a link loop"
              : reason(e));
    } catch (IOException | SecurityException e) {
      return Optional.of(reason(e));
    }
    if (target.isRegularFile()) {
      return Optional.empty();
    }
    if (target.isDirectory()) {
      return Optional.of("a folder, not a file");
    }
    return Optional.of("not a regular file (a pipe, socket or device)");
  }

  private static String linkTarget(Path link) {
    try {
      return String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "?";
    }
  }

  /** An I/O error in a few words. */
  static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (t instanceof AccessDeniedException || t instanceof SecurityException) {
      return "access denied";
    }
    if (t instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
  }
}
