package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.testing.SmallHeapRuns;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bounds on hostile CSV input (issue #17): each case is written and read in a JVM of its own
 * at a small heap ({@link HostileCsvFolder}), which must end normally with the problems below. The
 * heap is far smaller than what the input would take if held: the bound is what lets it pass. The 2
 * GB cell runs on demand ({@code -Dterrain.hostile.big=true}); the 64 MB one shows the same bound
 * in every {@code verify}.
 */
class CsvMemoryBoundsTest {
  @TempDir Path dir;

  /** Runs a case in another JVM at a heap; returns its output, checking that it ended normally. */
  static String run(String heap, String... args) throws IOException, InterruptedException {
    return SmallHeapRuns.run(HostileCsvFolder.class, heap, args);
  }

  @Test
  void aCellOf64MbIsOneProblemAt64MbOfHeap() throws Exception {
    String out = run("64m", "cell", String.valueOf(64L << 20), dir.toString());
    assertThat(out)
        .startsWith(
            "problems {TER-0212=1} omitted 0\ncontacts.csv:2:6 input exceeds a safety limit:")
        .endsWith("persons 1 contacts 2");
  }

  @Test
  @EnabledIfSystemProperty(named = "terrain.hostile.big", matches = "true")
  void aCellOf2GbIsOneProblemAt64MbOfHeap() throws Exception {
    String out = run("64m", "cell", String.valueOf(2L << 30), dir.toString());
    assertThat(out)
        .startsWith(
            "problems {TER-0212=1} omitted 0\ncontacts.csv:2:6 input exceeds a safety limit:")
        .endsWith("persons 1 contacts 2");
  }

  @Test
  void aHeaderOf10MillionColumnsIsRefusedAtItsFirstColumnTooMany() throws Exception {
    String out = run("64m", "header", "10000000", dir.toString());
    assertThat(out)
        .contains(
            "persons.csv:1:1001 input exceeds a safety limit: a header of more than 1000 columns"
                + " (persons has 7 fields): the file is not read; look at line 1 from column 1001")
        .endsWith("persons 0 contacts 1");
  }

  @Test
  void aRowOf10MillionBrokenCellsKeepsAThousand() throws Exception {
    String out = run("64m", "row", "10000000", dir.toString());
    assertThat(out)
        .startsWith("problems {TER-0206=1, TER-0207=1000, TER-0212=1} omitted 0")
        .contains(
            "contacts.csv:2 input exceeds a safety limit: 9999000 more cells that cannot be read"
                + " in this row, past the 1000 reported\ncontacts.csv:2 the row has 10000006 cells, the header 6")
        .endsWith("persons 1 contacts 2");
  }
}
