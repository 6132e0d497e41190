package be.terrain.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Provide
  Arbitrary<Dataset> datasets() {
    return ValidDatasets.valid();
  }

  @Provide
  Arbitrary<Dataset> extended() {
    return ValidDatasets.valid(EXTENDED);
  }

  @Property(tries = 200)
  void generatedDatasetsAreValid(@ForAll("datasets") Dataset d) {
    assertThat(d.validate(ValidDatasets.TODAY).problems()).isEmpty();
  }

  @Property(tries = 100)
  void datasetsOverARegistryAreValidWithIt(@ForAll("extended") Dataset d) {
    assertThat(d.codes()).isEqualTo(EXTENDED);
    assertThat(d.validate(ValidDatasets.TODAY).problems()).isEmpty();
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
