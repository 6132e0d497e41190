package be.terrain.csv;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the CSV reader on messy input: both reading paths agree. The round trip of valid datasets
 * (in both dialects, through both paths, and reading then writing giving the same bytes) is {@link
 * CsvPluginConformanceTest}'s, through the kit's {@code DatasetFormatContract}.
 */
class CsvRoundTripProperties {
  /** Garbage rows made of what breaks CSV: both reading paths report the same problems. */
  private static Gen<String> messyRows() {
    return lists()
        .of(
            Generate.pick(
                List.of(
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
                    "\";")))
        .ofSizeBetween(0, 40)
        .map(parts -> String.join("", parts));
  }

  @Test
  void bothReadingPathsAgreeOnMessyInput(@TempDir Path dir) {
    qt().withExamples(300)
        .forAll(messyRows(), booleans().all())
        .checkAssert(
            (rows, crlfHeader) -> {
              try {
                Path folder = Files.createTempDirectory(dir, "messy");
                CsvFolders.base(folder);
                String header =
                    CsvFolders.CONTACTS_HEADER.replace("\n", crlfHeader ? "\r\n" : "\n");
                CsvFolders.write(folder, "contacts.csv", header + rows);
                CsvFolders.read(folder); // asserts that both paths agree
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
