package be.terrain.json;

import be.terrain.core.Dataset;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReadChecks;
import be.terrain.testing.ReferenceData;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the JSON readers (issue #17): a JSON document, JSON Lines and {@code rules.json}. Whatever
 * the bytes, each returns problems or a result, never throws, and every problem names its file and
 * a line or JSON pointer ({@link ReadChecks}). Without {@code JAZZER_FUZZ} (every {@code verify})
 * each test runs on its corpus in {@code JsonReadersFuzzTestInputs/<test>/} (seeds and every crash
 * found); {@code ./mvnw -Pfuzz -pl export-json -am verify -Dtest=JsonReadersFuzzTest#lines} fuzzes
 * one (docs/testing.md).
 *
 * <p>A reader added later gets its test here in the same shape: the federation's contribution file
 * (issue #17, "a contribution file once it exists") becomes a {@code contribution(byte[])} test
 * with its seeds in {@code JsonReadersFuzzTestInputs/contribution/}.
 */
class JsonReadersFuzzTest {
  // One thread: the fuzzer needs a deterministic target; ParallelLinesProperties shows that the
  // parallel read gives what the serial one does.
  private static final JsonDatasetReader READER =
      JsonDatasetReader.builder().today(ReferenceData.READ_ON).threads(1).build();
  private static Dataset reference;

  @BeforeAll
  static void load() {
    reference = MiniCsv.reference();
    warmUp();
  }

  /**
   * Reads long numbers once before fuzzing, so that Jackson's classes for them are loaded (and
   * instrumented by Jazzer) here and not inside an input's time: on the loaded machine, loading
   * them during the first input holding such a number took more than the 1 s hang bound (two false
   * hangs of the 2026-12-07 afternoon run, {@code rules/timeout-*} in the corpus).
   */
  private static void warmUp() {
    for (int digits : new int[] {30, 500, 20_000}) {
      String n = "9".repeat(digits);
      String json = "{\"a\": " + n + ", \"b\": -" + n + ".5e-3, \"c\": 1e" + n + "}";
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      RulesJsonReader.read(new ByteArrayInputStream(bytes), "rules.json", reference);
      READER.read(new ByteArrayInputStream(bytes), "data.json", false);
      READER.read(new ByteArrayInputStream(bytes), "data.jsonl", true);
    }
  }

  /** A JSON document ({@code .json}). */
  @FuzzTest
  void document(byte[] input) {
    ReadChecks.check(READER.read(new ByteArrayInputStream(input), "data.json", false));
  }

  /** JSON Lines ({@code .jsonl}). */
  @FuzzTest
  void lines(byte[] input) {
    ReadChecks.check(READER.read(new ByteArrayInputStream(input), "data.jsonl", true));
  }

  /** A {@code rules.json}, checked against the reference dataset's codes and antennas. */
  @FuzzTest
  void rules(byte[] input) {
    RulesReadResult result =
        RulesJsonReader.read(new ByteArrayInputStream(input), "rules.json", reference);
    if (result.rules().isPresent() == !result.problems().isEmpty()) {
      throw new AssertionError("rules and problems both, or neither: " + result);
    }
    ReadChecks.located(result.problems());
  }
}
