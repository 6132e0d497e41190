package be.terrain.federation;

import be.terrain.testing.ReadChecks;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the federation's strict readers (issue #17's hook for the contribution file): whatever the
 * bytes, each returns a value or problems, never throws, and every problem names its file and a
 * JSON pointer ({@link ReadChecks#located}). Without {@code JAZZER_FUZZ} (every {@code verify})
 * each test runs on its corpus in {@code FederationReadersFuzzTestInputs/<test>/}; {@code ./mvnw
 * -Pfuzz -pl federation -am verify -Dtest=FederationReadersFuzzTest#contribution} fuzzes one
 * (docs/testing.md).
 */
class FederationReadersFuzzTest {

  /** A {@code terrain-contribution/1} file of the standard definition. */
  @FuzzTest
  void contribution(byte[] input) {
    ContributionRead read = ContributionJson.read(input, "m.json", KnownDefinitions.standard());
    if (read.isValid() == !read.problems().isEmpty()) {
      throw new AssertionError("a contribution and problems, or neither: " + read.problems());
    }
    ReadChecks.located(read.problems());
  }

  /** A {@code terrain-federation-report/1} file. */
  @FuzzTest
  void report(byte[] input) {
    FederationReportRead read = FederationReportJson.read(input, "f.json");
    if (read.isValid() == !read.problems().isEmpty()) {
      throw new AssertionError("a report and problems, or neither: " + read.problems());
    }
    ReadChecks.located(read.problems());
  }
}
