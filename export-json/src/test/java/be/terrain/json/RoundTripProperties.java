package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.NursingCare;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {
  private static final JsonDatasetReader READER =
      JsonDatasetReader.builder().today(ReferenceData.READ_ON).build();

  @Provide
  Arbitrary<Dataset> datasets() {
    return JsonArbitraries.datasets();
  }

  private static ReadResult read(byte[] bytes, boolean lines) {
    return READER.read(new ByteArrayInputStream(bytes), lines ? "d.jsonl" : "d.json", lines);
  }

  @Example
  void theGeneratorDrawsEveryKindOfRecordAndAwkwardText() {
    List<Dataset> sample =
        JsonArbitraries.datasets().sampleStream().limit(200).collect(Collectors.toList());
    assertThat(sample)
        .anySatisfy(
            d -> {
              for (RecordKind kind : RecordKind.values()) {
                assertThat(d.size(kind)).as(kind.collection()).isPositive();
              }
            });
    assertThat(sample)
        .anySatisfy(d -> assertThat(d.organisation().name()).containsAnyOf("\"", "\n", "é", ";"));
    assertThat(sample)
        .anySatisfy(
            d ->
                assertThat(d.health())
                    .anySatisfy(
                        h ->
                            assertThat(h)
                                .isInstanceOf(NursingCare.class)
                                .extracting(x -> ((NursingCare) x).pathogens().size())
                                .isEqualTo(2)));
  }

  @Property(tries = 200)
  void theGeneratedDatasetsAreValid(@ForAll("datasets") Dataset d) {
    assertThat(d.validate(ReferenceData.READ_ON).problems()).isEmpty();
  }

  @Property(tries = 300)
  void aDatasetSurvivesAJsonDocument(@ForAll("datasets") Dataset d) {
    ReadResult read = read(JsonDatasetWriter.document().toBytes(d), false);

    assertThat(read.validation().problems()).isEmpty();
    assertThat(read.dataset()).isEqualTo(d);
  }

  @Property(tries = 300)
  void aDatasetSurvivesJsonLines(@ForAll("datasets") Dataset d) {
    ReadResult read = read(JsonDatasetWriter.lines().toBytes(d), true);

    assertThat(read.validation().problems()).isEmpty();
    assertThat(read.dataset()).isEqualTo(d);
  }

  @Property(tries = 200)
  void documentToLinesToDocumentGivesTheSameBytes(@ForAll("datasets") Dataset d) {
    byte[] document = JsonDatasetWriter.document().toBytes(d);
    byte[] lines = JsonDatasetWriter.lines().toBytes(read(document, false).dataset());
    byte[] again = JsonDatasetWriter.document().toBytes(read(lines, true).dataset());

    assertThat(again).isEqualTo(document);
  }

  @Property(tries = 200)
  void writingIsDeterministic(@ForAll("datasets") Dataset d) {
    assertThat(JsonDatasetWriter.document().toBytes(d))
        .isEqualTo(JsonDatasetWriter.document().toBytes(d));
    assertThat(JsonDatasetWriter.lines().toBytes(d))
        .isEqualTo(JsonDatasetWriter.lines().toBytes(d));
  }
}
