package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.json.internal.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** The shared mapper refuses what the format refuses, for data-bound types too. */
class SharedMapperTest {
  record Sample(int year, String name) {}

  @Test
  void aValidValueIsRead() {
    assertThat(Mappers.MAPPER.readValue("{\"year\": 1990, \"name\": \"x\"}", Sample.class))
        .isEqualTo(new Sample(1990, "x"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"year\": 1990, \"name\": \"x\", \"extra\": 1}",
        "{\"year\": 1990, \"name\": \"x\"} {}",
        "{\"year\": 1990, \"year\": 1991, \"name\": \"x\"}",
        "{\"year\": \"1990\", \"name\": \"x\"}",
        "{\"year\": 1990.0, \"name\": \"x\"}",
        "{\"year\": NaN, \"name\": \"x\"}",
        "{\"year\": null, \"name\": \"x\"}",
        "{'year': 1990, \"name\": \"x\"}",
        "{\"year\": 1990, \"name\": \"x\",}",
        "{\"year\": 01990, \"name\": \"x\"}"
      })
  void refused(String json) {
    assertThatThrownBy(() -> Mappers.MAPPER.readValue(json, Sample.class))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void duplicateKeysInATreeAreRefused() {
    assertThatThrownBy(() -> Mappers.MAPPER.readTree("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(65) + "]".repeat(65);
    assertThatThrownBy(() -> Mappers.MAPPER.readTree(deep))
        .isInstanceOf(StreamConstraintsException.class);
    assertThat(Mappers.MAPPER.readTree("[".repeat(64) + "]".repeat(64)).isArray()).isTrue();
  }

  @Test
  void theLimitsAreExplicit() {
    var constraints = Mappers.MAPPER.tokenStreamFactory().streamReadConstraints();
    JsonLimits limits = JsonLimits.defaults();
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(limits.maxDocumentLength());
    assertThat(constraints.getMaxTokenCount()).isEqualTo(limits.maxTokenCount());
    assertThat(constraints.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(64);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(64);
    assertThat(constraints.getMaxNameLength()).isEqualTo(1_000);
  }
}
