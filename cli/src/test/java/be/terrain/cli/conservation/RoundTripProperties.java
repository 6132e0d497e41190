package be.terrain.cli.conservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordCells;
import be.terrain.core.RecordKind;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.testkit.ValidDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip CSV → JSON → JSON Lines → CSV keeps every byte of every field (issue #17): each
 * read gives the cells the first CSV read gave, record by record, and the last CSV folder is the
 * first byte for byte. On generated datasets in every {@code verify}; on the S1 sample (100,000
 * persons, 1.9 million rows) only on demand: {@code ./mvnw -pl cli -am verify
 * -Dtest=RoundTripProperties -Dsurefire.failIfNoSpecifiedTests=false -Dterrain.roundtrip.s1=true}.
 */
class RoundTripProperties {
  @TempDir Path dir;

  @Test
  void csvToJsonToJsonLinesToCsvKeepsEveryField() {
    qt().withExamples(60)
        .forAll(ValidDatasets.valid())
        .checkAssert(
            dataset -> {
              Path here = fresh();
              roundTrip(Formats.CSV.write(dataset, here), here);
            });
  }

  @Test
  @EnabledIfSystemProperty(named = "terrain.roundtrip.s1", matches = "true")
  void theS1SampleKeepsEveryField() throws IOException {
    Path here = fresh();
    Path csv = Formats.CSV.in(here);
    SampleGenerator.writeCsvFolder(csv, Scale.S1, SampleGenerator.DEFAULT_SEED);
    roundTrip(csv, here);
  }

  /** Reads a CSV folder and takes it through JSON, JSON Lines and CSV again in {@code work}. */
  private static void roundTrip(Path csv, Path work) {
    Dataset first = valid(Formats.CSV.read(csv), "the CSV folder");
    Dataset json = valid(Formats.JSON.read(Formats.JSON.write(first, work)), "the JSON document");
    sameCells(first, json, "CSV → JSON");
    Dataset lines =
        valid(Formats.JSON_LINES.read(Formats.JSON_LINES.write(json, work)), "the JSON Lines");
    sameCells(first, lines, "CSV → JSON → JSON Lines");
    Path again = work.resolve("again");
    try {
      be.terrain.csv.CsvDatasetWriter.rfc4180().write(lines, again);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dataset last =
        valid(
            CsvDatasetReader.builder().today(ValidDatasets.TODAY).build().read(again),
            "the CSV folder written last");
    sameCells(first, last, "CSV → JSON → JSON Lines → CSV");
    sameFiles(csv, again);
  }

  private static Dataset valid(ReadResult read, String what) {
    assertThat(read.validation().problems()).as("%s reads without problem", what).isEmpty();
    return read.dataset();
  }

  /** The same records with the same cells, row by row (without holding them all). */
  private static void sameCells(Dataset expected, Dataset actual, String trip) {
    for (RecordKind kind : RecordKind.values()) {
      assertThat(actual.size(kind)).as("%s: %s records", trip, kind).isEqualTo(expected.size(kind));
      for (int row = 0; row < expected.size(kind); row++) {
        String[] want = RecordCells.of(expected, kind, row);
        String[] got = RecordCells.of(actual, kind, row);
        if (!Arrays.equals(want, got)) {
          throw new AssertionError(
              trip
                  + ": "
                  + kind
                  + " row "
                  + row
                  + " was "
                  + Arrays.toString(want)
                  + ", is "
                  + Arrays.toString(got));
        }
      }
    }
  }

  private static void sameFiles(Path expected, Path actual) {
    try (Stream<Path> files = Files.list(expected)) {
      List<Path> written = files.sorted().toList();
      for (Path file : written) {
        assertThat(actual.resolve(file.getFileName().toString()))
            .as("the round trip writes %s again byte for byte", file.getFileName())
            .hasSameBinaryContentAs(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path fresh() {
    try {
      return Files.createTempDirectory(dir, "round-trip");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
