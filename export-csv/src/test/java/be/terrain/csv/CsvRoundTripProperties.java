package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.testkit.ValidDatasets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Laws of the CSV format: what is written reads back equal, and both reading paths agree. */
class CsvRoundTripProperties {
  private Path dir;

  @BeforeProperty
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("terrain-csv");
  }

  @AfterProperty
  void removeFolder() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(CsvRoundTripProperties::delete);
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return ValidDatasets.valid();
  }

  @Property(tries = 150)
  void anyValidDatasetReadsBackEqualInBothDialects(
      @ForAll("datasets") Dataset d, @ForAll CsvDialect dialect) throws IOException {
    Path folder = Files.createTempDirectory(dir, "rt");
    CsvDatasetWriter.of(dialect).write(d, folder);
    ReadResult r = CsvFolders.read(folder);
    assertThat(r.validation().problems()).isEmpty();
    assertThat(r.dataset()).isEqualTo(d);
  }

  @Property(tries = 100)
  void writingIsDeterministicAndReadingThenWritingGivesTheSameBytes(
      @ForAll("datasets") Dataset d, @ForAll CsvDialect dialect) throws IOException {
    Path folder = Files.createTempDirectory(dir, "rt");
    CsvDatasetWriter w = CsvDatasetWriter.of(dialect);
    w.write(d, folder);
    Dataset back = CsvFolders.reader().read(folder).orThrow();
    for (RecordKind kind : RecordKind.values()) {
      assertThat(bytes(w, back, kind)).isEqualTo(bytes(w, d, kind));
      assertThat(bytes(w, d, kind))
          .isEqualTo(Files.readAllBytes(folder.resolve(CsvDatasetWriter.fileName(kind))));
    }
  }

  private static byte[] bytes(CsvDatasetWriter w, Dataset d, RecordKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(d, kind, out);
    return out.toByteArray();
  }

  /** Garbage rows made of what breaks CSV: both reading paths report the same problems. */
  @Provide
  Arbitrary<String> messyRows() {
    return Arbitraries.of(
            "c-1",
            "c-2",
            "2020-01-02",
            "charleroi",
            "STREET",
            "p-1",
            "3",
            ",",
            ",",
            ",",
            "\"",
            "\"\"",
            "\n",
            "\r\n",
            "\r",
            "'=x",
            "é",
            " ",
            "x\"y",
            "\";")
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void bothReadingPathsAgreeOnMessyInput(
      @ForAll("messyRows") String rows, @ForAll boolean crlfHeader) throws IOException {
    Path folder = Files.createTempDirectory(dir, "messy");
    CsvFolders.base(folder);
    String header = CsvFolders.CONTACTS_HEADER.replace("\n", crlfHeader ? "\r\n" : "\n");
    CsvFolders.write(folder, "contacts.csv", header + rows);
    CsvFolders.read(folder); // asserts that both paths agree
  }
}
