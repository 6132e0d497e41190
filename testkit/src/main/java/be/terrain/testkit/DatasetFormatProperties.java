package be.terrain.testkit;

import static be.terrain.testkit.Clauses.broken;
import static be.terrain.testkit.Clauses.call;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A format's round trip as a QuickTheories property: a default {@code @Test} run on every
 * implementing class, so that a failing dataset is shrunk to a smallest one. {@link
 * DatasetFormatContract} runs it as its round trip; implement it alone in a class whose name ends
 * in {@code Properties}:
 *
 * <pre>{@code
 * class MyFormatProperties implements DatasetFormatProperties {
 *   public DatasetFormat format() { return new MyFormat(); }
 * }
 * }</pre>
 */
public interface DatasetFormatProperties {
  /** The clause the property checks. */
  String CLAUSE = "reads back every valid dataset it wrote, equal and without a problem";

  /** {@return the format under test} */
  DatasetFormat format();

  /** {@return the code lists the datasets are built and read with (default: the standard lists)} */
  default CodeRegistry codes() {
    return CodeRegistry.standard();
  }

  /** {@return the datasets: {@link ValidDatasets#valid(CodeRegistry)} over {@link #codes()}} */
  default Gen<Dataset> terrainValidDatasets() {
    return ValidDatasets.valid(codes());
  }

  /** {@return how many datasets the round trip tries (default 100)} */
  default int roundTripExamples() {
    return 100;
  }

  /**
   * What a format's own suite also checks on each round trip (default: nothing): the dataset
   * written, where it was written, and what was read back, equal to it.
   *
   * @param written the dataset the format wrote
   * @param target where it was written: the file, or the folder of a folder format
   * @param read what the format read back from there, equal to {@code written}
   * @throws IOException if the check cannot read what was written
   */
  default void roundTripAlsoHolds(Dataset written, Path target, ReadResult read)
      throws IOException {}

  /** Round trip: what the format wrote reads back equal and without a problem. */
  @Test
  @DisplayName("reads back every valid dataset it wrote, equal and without a problem")
  default void readsBackEveryValidDatasetItWrote() {
    String contract = "DatasetFormatContract";
    AtomicReference<String> smallest = new AtomicReference<>();
    try {
      qt().withExamples(roundTripExamples())
          .forAll(terrainValidDatasets())
          .checkAssert(
              dataset -> {
                try {
                  roundTrip(contract, dataset);
                } catch (AssertionError | RuntimeException e) {
                  String message = String.valueOf(e.getMessage());
                  String prev = smallest.get();
                  if (prev == null || message.length() <= prev.length()) {
                    smallest.set(
                        message.contains(named(contract, CLAUSE))
                            ? message
                            : named(contract, CLAUSE) + ": " + message);
                  }
                  throw e;
                }
              });
    } catch (AssertionError e) {
      throw new AssertionError(smallest.get() + "\n" + e.getMessage(), e);
    }
  }

  private void roundTrip(String contract, Dataset dataset) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("terrain-testkit");
      Path target = dir.resolve("dataset" + format().fileExtension().orElse(""));
      call(
          contract,
          CLAUSE,
          "write(" + target.getFileName() + ")",
          () -> {
            format().write(dataset, target);
            return null;
          });
      ReadResult r =
          call(
              contract,
              CLAUSE,
              "read(" + target.getFileName() + ")",
              () -> format().read(target, new ReadOptions(codes(), ValidDatasets.TODAY)));
      if (r == null) {
        throw broken(contract, CLAUSE, "read(" + target.getFileName() + ") returned null");
      }
      assertThat(r.validation().problems())
          .as(named(contract, CLAUSE) + ": problems reading back " + dataset)
          .isEmpty();
      if (!r.dataset().equals(dataset)) {
        throw broken(
            contract,
            CLAUSE,
            "read back "
                + r.dataset()
                + ", wrote "
                + dataset
                + DatasetDifference.describe(dataset, r.dataset()));
      }
      roundTripAlsoHolds(dataset, target, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        delete(dir);
      }
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
