package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's copies of the public contract ({@code shared/spec}) and of the reference dataset
 * ({@code shared/reference/seed-2020}) are byte for byte the originals, so that a change to the
 * contract is never silent. Skipped where {@code shared/} is not beside the project.
 */
class SharedCopiesTest {

  private static Path shared() {
    assumeTrue(ReferenceData.shared().isPresent(), "shared/ is not beside the project");
    return ReferenceData.shared().get();
  }

  /** The repository root: the module's working directory is {@code core/}. */
  private static Path repoRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("core").resolve("pom.xml")).exists();
    return root;
  }

  private static Set<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(dir::relativize)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static void assertSameTree(Path copy, Path original) throws IOException {
    Set<Path> copies = files(copy);
    assertThat(copies)
        .as("files of %s", copy)
        .isNotEmpty()
        .containsExactlyElementsOf(files(original));
    for (Path p : copies) {
      assertThat(Files.readAllBytes(copy.resolve(p)))
          .as("%s differs from %s", copy.resolve(p), original.resolve(p))
          .isEqualTo(Files.readAllBytes(original.resolve(p)));
    }
  }

  @Test
  void theShippedCodeListsAreTheSpecs() throws IOException {
    Path spec = shared().resolve("spec").resolve("code-lists.csv");
    try (InputStream in =
        CodeRegistry.class.getResourceAsStream("/be/terrain/core/code-lists.csv")) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(spec));
    }
  }

  @Test
  void docsSpecIsACopyOfTheSpec() throws IOException {
    assertSameTree(repoRoot().resolve("docs").resolve("spec"), shared().resolve("spec"));
  }

  @Test
  void theReferenceDatasetIsACopyOfTheSharedOne() throws IOException {
    Path copy =
        repoRoot().resolve("core/src/test/resources").resolve(ReferenceData.RESOURCE.substring(1));
    assertSameTree(copy, shared().resolve("reference").resolve("seed-2020"));
  }
}
