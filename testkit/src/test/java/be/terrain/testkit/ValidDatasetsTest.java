package be.terrain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.NursingCare;
import be.terrain.core.RecordKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated datasets are valid, with the standard lists and with a plugin's codes. */
class ValidDatasetsTest {
  private static final CodeRegistry EXTENDED =
      CodeRegistry.builder()
          .addCodes(
              "contact_channel",
              List.of(Code.of("contact_channel", "FESTIVAL", "Festival", "Festival", "Festival")))
          .addCodes(
              "pathogen",
              List.of(Code.of("pathogen", "HBV", "Hépatite B", "Hepatitis B", "Hepatitis B")))
          .build();

  @Test
  void generatedDatasetsAreValid() {
    qt().withExamples(200)
        .forAll(ValidDatasets.valid())
        .checkAssert(
            d -> assertThat(d.validateWithoutPlugins(ValidDatasets.TODAY).problems()).isEmpty());
  }

  @Test
  void datasetsOverARegistryAreValidWithIt() {
    qt().withExamples(100)
        .forAll(ValidDatasets.valid(EXTENDED))
        .checkAssert(
            d -> {
              assertThat(d.codes()).isEqualTo(EXTENDED);
              assertThat(d.validateWithoutPlugins(ValidDatasets.TODAY).problems()).isEmpty();
            });
  }

  @Test
  void theGeneratorDrawsEveryKindOfRecordAndAwkwardText() {
    List<Dataset> sample = ValidDatasets.sample(CodeRegistry.standard(), 200, 11);
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

  @Test
  void aSampleIsReproducibleAndUsesTheRegistrysCodes() {
    List<Dataset> a = ValidDatasets.sample(EXTENDED, 40, 7);
    assertThat(ValidDatasets.sample(EXTENDED, 40, 7)).isEqualTo(a);
    assertThat(ValidDatasets.sample(EXTENDED, 40, 8)).isNotEqualTo(a);
    Set<String> channels =
        a.stream()
            .flatMap(d -> d.contacts().stream().map(c -> c.channel()))
            .collect(Collectors.toSet());
    assertThat(channels).contains("FESTIVAL");
  }
}
