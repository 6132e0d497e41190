package be.terrain.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private static Path extracted;

  /**
   * The reference dataset folder (a CSV folder, rfc4180). When the resources come from core's test
   * jar (another module's build), the folder is first copied out of the jar into a temporary
   * folder, once per JVM.
   */
  public static synchronized Path seed2020() {
    URL url = ReferenceData.class.getResource(RESOURCE + "/organisation.csv");
    if (url == null) {
      throw new IllegalStateException("the reference dataset is not on the test class path");
    }
    try {
      if (!"jar".equals(url.getProtocol())) {
        return Path.of(url.toURI()).getParent();
      }
      if (extracted == null) {
        extracted = extract(url.toURI());
      }
      return extracted;
    } catch (URISyntaxException | java.io.IOException e) {
      throw new IllegalStateException("cannot read the reference dataset at " + url, e);
    }
  }

  private static Path extract(java.net.URI uri) throws java.io.IOException {
    java.nio.file.FileSystem fs;
    try {
      fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
    } catch (java.nio.file.FileSystemAlreadyExistsException e) {
      fs = java.nio.file.FileSystems.getFileSystem(uri);
    }
    Path source = fs.getPath(RESOURCE);
    Path target = Files.createTempDirectory("terrain-seed-2020");
    try (var paths = Files.walk(source)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
        to.toFile().deleteOnExit();
      }
    }
    return target;
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
