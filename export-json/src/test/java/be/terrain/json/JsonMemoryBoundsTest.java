package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.testing.SmallHeapRuns;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bounds on hostile JSON input (issue #17): each case is written and read in a JVM of its
 * own at a small heap ({@link HostileJsonFile}), which must end normally with the problems below.
 * The heap is far smaller than what the input would take if held: the bound is what lets it pass.
 * The 2 GB string runs on demand ({@code -Dterrain.hostile.big=true}); the 64 MB ones show the same
 * bound in every {@code verify}.
 */
class JsonMemoryBoundsTest {
  @TempDir Path dir;

  /** Runs a case in another JVM at a heap; returns its output, checking that it ended normally. */
  static String run(String heap, String... args) throws IOException, InterruptedException {
    return SmallHeapRuns.run(HostileJsonFile.class, heap, args);
  }

  private static final String TOO_LONG =
      " input exceeds a safety limit: String value length (1045672) exceeds the maximum allowed"
          + " (1000000)";

  @Test
  void aStringOf64MbIsOneProblemAt64MbOfHeap() throws Exception {
    assertThat(run("64m", "string", String.valueOf(64L << 20), dir.toString()))
        .isEqualTo(
            "problems {TER-0212=1} omitted 0\ndata.json:1:1048001#/persons/0/nationality"
                + TOO_LONG
                + "\npersons 0");
  }

  @Test
  void aJsonLinesStringOf64MbIsOneProblemAt64MbOfHeap() throws Exception {
    assertThat(run("64m", "lines-string", String.valueOf(64L << 20), dir.toString()))
        .isEqualTo(
            "problems {TER-0212=1} omitted 0\ndata.jsonl:2:1048001" + TOO_LONG + "\npersons 0");
  }

  @Test
  @EnabledIfSystemProperty(named = "terrain.hostile.big", matches = "true")
  void aStringOf2GbIsOneProblemAt64MbOfHeap() throws Exception {
    assertThat(run("64m", "lines-string", String.valueOf(2L << 30), dir.toString()))
        .isEqualTo(
            "problems {TER-0212=1} omitted 0\ndata.jsonl:2:1048001" + TOO_LONG + "\npersons 0");
  }

  /** Each member was kept, as a problem waiting for the record's id, to the record's end. */
  @Test
  void aRecordOf10MillionMembersKeepsAThousandProblemsAndCountsTheOthers() throws Exception {
    String out = run("64m", "members", "10000000", dir.toString());
    System.out.println(out);
    assertThat(out)
        .startsWith("problems {TER-0203=1000, TER-0212=1} omitted 0")
        .contains(
            "#/persons/0 input exceeds a safety limit: 9999000 more problems in this record, past"
                + " the 1000 reported")
        .endsWith("persons 1");
  }

  /** Every member's name was kept, to find one named twice. */
  @Test
  void aDocumentOf10MillionMembersIsAnsweredInBoundedMemory() throws Exception {
    String out = run("64m", "top", "10000000", dir.toString());
    System.out.println(out);
    assertThat(out).startsWith("problems {TER-0203=10000} omitted 9990000").endsWith("persons 1");
  }
}
