package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCheckJsonWriterTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static Dataset dataset;
  static RuleSet rules;

  @BeforeAll
  static void load() {
    dataset = MiniCsv.reference();
    rules = RulesJsonReader.read(ReferenceData.seed2020().resolve("rules.json"), dataset).orThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-11-01", "2021-12-31"})
  void theReferenceLedgerGivesTheExpectedFile(String asOf) throws IOException {
    RulesCheck check = RulesCheck.of(dataset, rules, LocalDate.parse(asOf));
    String json = RulesCheckJsonWriter.toJson(check);
    Path expected = ReferenceData.expected("rules-check-" + asOf + ".json");
    JsonNode want = MAPPER.readTree(Files.readString(expected));
    assertThat(MAPPER.readTree(json)).isEqualTo(want);
    assertThat(json).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theSameCheckGivesTheSameBytes(@TempDir Path dir) throws IOException {
    RulesCheck check = RulesCheck.of(dataset, rules, LocalDate.of(2021, 12, 31));
    Path file = dir.resolve("rules-check.json");
    RulesCheckJsonWriter.write(check, file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulesCheckJsonWriter.write(check, out);
    assertThat(Files.readAllBytes(file)).isEqualTo(out.toByteArray());
    assertThat(RulesCheckJsonWriter.toJson(check)).isEqualTo(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void nullsForWhatARuleDoesNotLimitAndOneExcessMemberPerViolation() {
    RuleSet free =
        RuleSet.of(
            DistributionRule.builder(
                    "masks", "SURGICAL_MASK", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .antennas("charleroi")
                .build(),
            DistributionRule.builder(
                    "tickets", "TICKET_S", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .quota(2, QuotaPeriod.MONTH)
                .build());
    JsonNode json =
        MAPPER.readTree(
            RulesCheckJsonWriter.toJson(RulesCheck.of(dataset, free, LocalDate.of(2021, 3, 1))));
    JsonNode masks = json.get("rules").get(0);
    assertThat(masks.propertyNames())
        .containsExactly(
            "id", "spent_cents", "left_cents", "units", "persons", "violations", "plan");
    assertThat(masks.get("spent_cents").asLong()).isZero();
    assertThat(masks.get("left_cents").isNull()).isTrue();
    assertThat(masks.get("violations")).isNotEmpty();
    for (JsonNode v : masks.get("violations")) {
      assertThat(v.get("kind").asString()).isIn("ANONYMOUS", "WRONG_ANTENNA");
      assertThat(v.get("period").isNull()).isTrue();
      assertThat(v.propertyNames())
          .containsExactly("kind", "act_id", "item", "person_id", "period");
    }
    assertThat(masks.get("violations").valueStream().map(v -> v.get("kind").asString()))
        .contains("WRONG_ANTENNA");
    JsonNode plan = masks.get("plan");
    assertThat(plan.propertyNames())
        .containsExactly("as_of", "runs_out_on", "lasts", "person_periods_left");
    assertThat(plan.get("as_of").asString()).isEqualTo("2020-12-31");
    assertThat(plan.get("runs_out_on").isNull()).isTrue();
    assertThat(plan.get("lasts").asBoolean()).isTrue();
    assertThat(plan.get("person_periods_left").isNull()).isTrue();
    JsonNode over = json.get("rules").get(1).get("violations");
    assertThat(over).isNotEmpty();
    for (JsonNode o : over) {
      if (o.get("kind").asString().equals("OVER_QUOTA")) {
        assertThat(o.propertyNames())
            .containsExactly("kind", "act_id", "item", "person_id", "period", "excess_units");
        assertThat(o.get("period").asString()).matches("2021-0[12]");
      }
    }
  }

  @Test
  void anEmptyRuleSetIsAnEmptyArray() {
    assertThat(
            RulesCheckJsonWriter.toJson(
                RulesCheck.of(dataset, RuleSet.empty(), LocalDate.of(2021, 1, 1))))
        .isEqualTo("{\n  \"format\": \"terrain-rules-check/1\",\n  \"rules\": []\n}\n");
  }
}
