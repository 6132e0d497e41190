package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schemas shipped as resources describe what the reader accepts and the writer writes. */
class RulesSchemaTest {
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaLoader(
                  l ->
                      l.fetchRemoteResources(false)
                          .schemaIdResolvers(
                              r ->
                                  r.mapPrefix(
                                      "https://schemas.terrain.be/",
                                      "classpath:be/terrain/json/"))));
  static Schema rulesSchema;
  static Schema checkSchema;
  static Dataset dataset;

  @BeforeAll
  static void load() {
    rulesSchema = REGISTRY.getSchema(SchemaLocation.of(RulesJsonReader.SCHEMA_ID));
    checkSchema = REGISTRY.getSchema(SchemaLocation.of(RulesCheckJsonWriter.SCHEMA_ID));
    dataset = MiniCsv.reference();
  }

  @Test
  void theResourcesAreThoseOfTheIds() throws IOException {
    try (InputStream in = RulesJsonReader.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"$id\": \"" + RulesJsonReader.SCHEMA_ID + "\"");
    }
    try (InputStream in = RulesCheckJsonWriter.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"$id\": \"" + RulesCheckJsonWriter.SCHEMA_ID + "\"");
    }
  }

  static List<Error> rules(String json) {
    return rulesSchema.validate(json, InputFormat.JSON);
  }

  static List<Error> check(String json) {
    return checkSchema.validate(json, InputFormat.JSON);
  }

  @Test
  void theReferenceRulesFileIsValid() throws IOException {
    assertThat(rules(Files.readString(ReferenceData.seed2020().resolve("rules.json")))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{\"format\": \"terrain-rules/1\", \"rules\": [], \"x\": 1}",
        "{\"format\": \"terrain-rules/2\", \"rules\": []}",
        "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\"}]}",
        "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-01-01\", \"budget_cents\": 5}]}",
        "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-01-01\", \"quota\": {\"units\": 0, \"per\": \"DAY\"}}]}",
        "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-01-01\", \"quota\": {\"units\": 2, \"per\": \"WEEK\"}}]}",
        "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-01-01\", \"colour\": \"red\"}]}",
        "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-01-01\"}]}"
      })
  void badRulesFilesAreInvalid(String json) {
    assertThat(rules(json)).isNotEmpty();
  }

  @Test
  void nullMeansAbsentAsForTheReader() {
    assertThat(
            rules(
                "{\"format\": \"terrain-rules/1\", \"rules\": [{\"id\": \"t\", \"item\": \"T\", \"valid_from\": \"2021-01-01\","
                    + " \"valid_to\": \"2021-01-01\", \"quota\": null, \"budget_cents\": null, \"antennas\": null}]}"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rules-check-2021-11-01.json", "rules-check-2021-12-31.json"})
  void theExpectedChecksAreValid(String file) throws IOException {
    assertThat(check(Files.readString(ReferenceData.expected(file)))).isEmpty();
  }

  @Test
  void whatTheWriterWritesIsValid() {
    RuleSet rules =
        RuleSet.of(
            DistributionRule.builder(
                    "a", "TICKET_S", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .quota(1, QuotaPeriod.DAY)
                .antennas("lln")
                .build(),
            DistributionRule.builder(
                    "b", "TICKET_S", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .unitValueCents(0)
                .budgetCents(0)
                .build());
    assertThat(
            check(
                RulesCheckJsonWriter.toJson(
                    RulesCheck.of(dataset, rules, LocalDate.of(2021, 6, 1)))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"kind\": \"OVER_QUOTA\", \"act_id\": \"d\", \"item\": \"T\", \"person_id\": null, \"period\": null}",
        "{\"kind\": \"OVER_QUOTA\", \"act_id\": \"d\", \"item\": \"T\", \"person_id\": null, \"period\": null, \"excess_units\": 1, \"excess_cents\": 1}",
        "{\"kind\": \"ANONYMOUS\", \"act_id\": \"d\", \"item\": \"T\", \"person_id\": null, \"period\": null, \"excess_units\": 1}",
        "{\"kind\": \"OVER_BUDGET\", \"act_id\": \"d\", \"item\": \"T\", \"person_id\": null, \"period\": \"2021-W7\", \"excess_cents\": 1}",
        "{\"kind\": \"LATE\", \"act_id\": \"d\", \"item\": \"T\", \"person_id\": null, \"period\": null}"
      })
  void badViolationsAreInvalid(String violation) {
    String json =
        "{\"format\": \"terrain-rules-check/1\", \"rules\": [{\"id\": \"r\", \"spent_cents\": 0, \"left_cents\": null,"
            + " \"units\": 0, \"persons\": 0, \"violations\": ["
            + violation
            + "], \"plan\": {\"as_of\": \"2021-01-01\","
            + " \"runs_out_on\": null, \"lasts\": true, \"person_periods_left\": null}}]}";
    assertThat(check(json)).isNotEmpty();
    assertThat(check(json.replace(violation, ""))).isEmpty();
  }

  @Test
  void lastsIsTrueExactlyWhenThereIsNoRunOutDay() {
    String json =
        "{\"format\": \"terrain-rules-check/1\", \"rules\": [{\"id\": \"r\", \"spent_cents\": 0, \"left_cents\": null,"
            + " \"units\": 0, \"persons\": 0, \"violations\": [], \"plan\": {\"as_of\": \"2021-01-01\","
            + " \"runs_out_on\": null, \"lasts\": false, \"person_periods_left\": null}}]}";
    assertThat(check(json)).isNotEmpty();
  }
}
