package be.terrain.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the test data is: the project's copy of the reference dataset (test resources of {@code
 * core}, shared with the other modules through core's test jar) and, when the project sits beside
 * it, the {@code shared/} folder the copies come from.
 */
public final class ReferenceData {
  private ReferenceData() {}

  /** The resource folder of the reference dataset. */
  public static final String RESOURCE = "/be/terrain/reference/seed-2020";

  /**
   * The reference dataset folder (a CSV folder, rfc4180). Other modules get it from core's test
   * jar: the path is then inside the jar (a zip file system, read with {@link Files}).
   */
  public static Path seed2020() {
    URL url = ReferenceData.class.getResource(RESOURCE + "/organisation.csv");
    if (url == null) {
      throw new IllegalStateException("the reference dataset is not on the test class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        openJar(uri);
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void openJar(URI uri) throws IOException {
    try {
      FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      FileSystems.newFileSystem(uri, Map.of());
    }
  }

  /** The expected outputs of the reference dataset. */
  public static Path expected(String file) {
    return seed2020().resolve("expected").resolve(file);
  }

  /** The day the expected outputs were computed as "the day the file is read". */
  public static final java.time.LocalDate READ_ON = java.time.LocalDate.of(2026, 1, 1);

  /**
   * The {@code shared/} folder beside the project, if present: the build passes it as the system
   * property {@code terrain.shared}; a clone without it gets empty.
   */
  public static Optional<Path> shared() {
    String p = System.getProperty("terrain.shared");
    if (p == null) {
      return Optional.empty();
    }
    Path path = Path.of(p).normalize();
    return Files.isDirectory(path.resolve("spec")) ? Optional.of(path) : Optional.empty();
  }
}
