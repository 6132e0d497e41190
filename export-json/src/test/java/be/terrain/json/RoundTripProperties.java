package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON's laws beyond the round trip of one format (which is {@link JsonPluginConformanceTest}'s,
 * through the kit's {@code DatasetFormatContract}): the generator's datasets are valid and awkward,
 * a document through JSON Lines gives the same bytes back, and writing is deterministic across
 * processes ({@link FreshJvmWrites}).
 */
class RoundTripProperties {
  private static final JsonDatasetReader READER =
      JsonDatasetReader.builder().today(ReferenceData.READ_ON).build();

  private static ReadResult read(byte[] bytes, boolean lines) {
    return READER.read(new ByteArrayInputStream(bytes), lines ? "d.jsonl" : "d.json", lines);
  }

  @Test
  void theGeneratorDrawsJsonsAwkwardText() {
    List<Dataset> sample = FreshJvmWrites.sample();
    assertThat(sample)
        .anySatisfy(
            d -> assertThat(d.organisation().name()).containsAnyOf("\\", "\u0000", "\u2028"));
    assertThat(sample).anySatisfy(d -> assertThat(d.antennas().get(0).name()).contains("😀"));
  }

  @Test
  void theGeneratedDatasetsAreValid() {
    qt().withExamples(200)
        .forAll(JsonGenerators.datasets())
        .checkAssert(
            d -> assertThat(d.validateWithoutPlugins(ReferenceData.READ_ON).problems()).isEmpty());
  }

  @Test
  void documentToLinesToDocumentGivesTheSameBytes() {
    qt().withExamples(200)
        .forAll(JsonGenerators.datasets())
        .checkAssert(
            d -> {
              byte[] document = JsonDatasetWriter.document().toBytes(d);
              byte[] lines = JsonDatasetWriter.lines().toBytes(read(document, false).dataset());
              byte[] again = JsonDatasetWriter.document().toBytes(read(lines, true).dataset());

              assertThat(again).isEqualTo(document);
            });
  }

  /**
   * The same datasets, generated again and written by another JVM, give the same bytes: an order
   * that hangs on identity hash codes (a HashSet of enums, of records' parts) differs there.
   */
  @Test
  void writingIsDeterministic() throws Exception {
    List<byte[]> here = FreshJvmWrites.write(FreshJvmWrites.sample());
    List<byte[]> there = FreshJvmWrites.inAnotherJvm();

    assertThat(there).hasSameSizeAs(here);
    for (int i = 0; i < here.size(); i++) {
      assertThat(there.get(i)).as("output %d", i).isEqualTo(here.get(i));
    }
  }
}
