package be.terrain.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
   * The reference dataset folder (a CSV folder, rfc4180). When the test resources are read from
   * core's test jar (another module's build), they are copied once into a temporary folder, so that
   * the result is always a real folder.
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
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the reference dataset at " + url, e);
    }
  }

  private static Path extracted;

  private static Path extract(URI inJar) throws IOException {
    Path target = Files.createTempDirectory("terrain-seed-2020");
    try (FileSystem jar = FileSystems.newFileSystem(inJar, Map.of());
        Stream<Path> files = Files.walk(jar.getPath(RESOURCE))) {
      Path root = jar.getPath(RESOURCE);
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(root.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
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
