package be.terrain.testkit;

import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DatasetFormatContract}'s round trip as a jqwik contract: a default {@code @Property} run
 * on every implementing class, so that a failing dataset is shrunk to a smallest one. Implement it
 * in a class whose name ends in {@code Properties}:
 *
 * <pre>{@code
 * class MyFormatProperties implements DatasetFormatProperties {
 *   public DatasetFormat format() { return new MyFormat(); }
 * }
 * }</pre>
 */
public interface DatasetFormatProperties {
  /** The format under test. */
  DatasetFormat format();

  /** The code lists the datasets are built and read with (default: the standard lists). */
  default CodeRegistry codes() {
    return CodeRegistry.standard();
  }

  /** The datasets: {@link ValidDatasets#valid(CodeRegistry)} over {@link #codes()}. */
  @Provide
  default Arbitrary<Dataset> terrainValidDatasets() {
    return ValidDatasets.valid(codes());
  }

  /** Round trip: what the format wrote reads back equal and without a problem. */
  @Property(tries = 100)
  @Label("DatasetFormatContract › reads back every valid dataset it wrote (jqwik, shrinking)")
  default void readsBackEveryValidDatasetItWrote(@ForAll("terrainValidDatasets") Dataset dataset)
      throws IOException {
    String clause = "reads back every valid dataset it wrote, equal and without a problem";
    Path dir = Files.createTempDirectory("terrain-testkit");
    try {
      Path target = dir.resolve("dataset" + format().fileExtension().orElse(""));
      format().write(dataset, target);
      ReadResult r = format().read(target, new ReadOptions(codes(), ValidDatasets.TODAY));
      assertThat(r.validation().problems())
          .as(named("DatasetFormatContract", clause) + ": problems")
          .isEmpty();
      assertThat(r.dataset()).as(named("DatasetFormatContract", clause)).isEqualTo(dataset);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
