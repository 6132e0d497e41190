package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.RuleKindResults;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The plugins' rule kinds in {@code rules-check.json}: {@code rule_kinds}, only when checked. */
class RulesCheckKindsJsonTest {
  static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);
  static Dataset dataset;
  static RuleSet rules;

  @BeforeAll
  static void load() {
    RulesSchemaTest.load(); // the schemas
    dataset = MiniCsv.reference();
    rules = RulesJsonReader.read(ReferenceData.seed2020().resolve("rules.json"), dataset).orThrow();
  }

  static RuleKindResults found() {
    return new RuleKindResults(
        List.of("t.broken", "t.cap"),
        List.of(
            new RuleKindViolation(
                "t.cap",
                "d-0192",
                Optional.of("p-0007"),
                LocalDate.of(2021, 2, 17),
                Optional.of("2021-02"),
                "6000 cents handed out in 2021-02, cap 5000"),
            new RuleKindViolation(
                "t.cap",
                "d-0275",
                Optional.empty(),
                LocalDate.of(2021, 3, 10),
                Optional.empty(),
                "anonymous")),
        List.of(
            Problem.of(ProblemCodes.RULE_KIND_FAILED)
                .value("t.broken")
                .args("t.broken", "java.lang.ArithmeticException: / by zero")
                .build()));
  }

  @Test
  void theKindsComeAfterTheRulesInTheLayoutOfTheFile() {
    RulesCheck check = RulesCheck.of(dataset, RuleSet.empty(), AS_OF).withRuleKinds(found());
    assertThat(RulesCheckJsonWriter.toJson(check))
        .isEqualTo(
            """
            {
              "format": "terrain-rules-check/1",
              "rules": [],
              "rule_kinds": {
                "kinds": [
                  "t.broken",
                  "t.cap"
                ],
                "violations": [
                  {
                    "kind": "t.cap",
                    "act_id": "d-0192",
                    "person_id": "p-0007",
                    "date": "2021-02-17",
                    "period": "2021-02",
                    "message": "6000 cents handed out in 2021-02, cap 5000"
                  },
                  {
                    "kind": "t.cap",
                    "act_id": "d-0275",
                    "person_id": null,
                    "date": "2021-03-10",
                    "period": null,
                    "message": "anonymous"
                  }
                ],
                "problems": [
                  {
                    "code": "TER-0510",
                    "kind": "t.broken",
                    "message": "distribution rule kind t.broken failed and checked nothing: java.lang.ArithmeticException: / by zero"
                  }
                ]
              }
            }
            """);
  }

  @Test
  void kindsThatFoundNothingAreStillWritten() {
    RulesCheck check =
        RulesCheck.of(dataset, RuleSet.empty(), AS_OF)
            .withRuleKinds(new RuleKindResults(List.of("t.quiet"), List.of(), List.of()));
    assertThat(RulesCheckJsonWriter.toJson(check))
        .isEqualTo(
            """
            {
              "format": "terrain-rules-check/1",
              "rules": [],
              "rule_kinds": {
                "kinds": [
                  "t.quiet"
                ],
                "violations": [],
                "problems": []
              }
            }
            """);
  }

  @Test
  void theRulesPartIsTheExpectedFileAndTheWholeIsValid() throws IOException {
    String json =
        RulesCheckJsonWriter.toJson(RulesCheck.of(dataset, rules, AS_OF).withRuleKinds(found()));
    ObjectNode read = (ObjectNode) RulesCheckJsonWriterTest.MAPPER.readTree(json);
    assertThat(read.propertyNames()).containsExactly("format", "rules", "rule_kinds");
    read.remove("rule_kinds");
    JsonNode want =
        RulesCheckJsonWriterTest.MAPPER.readTree(
            Files.readString(
                ReferenceData.expected("rules-check-2021-12-31.json"), StandardCharsets.UTF_8));
    assertThat(read).isEqualTo(want);
    assertThat(RulesSchemaTest.check(json)).isEmpty();
  }

  @Test
  void withoutKindsTheBytesAreThoseOfTheRules() throws IOException {
    RulesCheck rulesOnly = RulesCheck.of(dataset, rules, AS_OF);
    assertThat(rulesOnly.ruleKinds()).isEmpty();
    assertThat(RulesCheckJsonWriter.toBytes(rulesOnly))
        .isEqualTo(Files.readAllBytes(ReferenceData.expected("rules-check-2021-12-31.json")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"kinds\": [], \"violations\": []}",
        "{\"kinds\": [], \"violations\": [], \"problems\": [], \"x\": 1}",
        "{\"kinds\": [\"a\", \"a\"], \"violations\": [], \"problems\": []}",
        "{\"kinds\": [], \"violations\": [{\"kind\": \"a\", \"act_id\": \"d\", \"person_id\": null, \"date\": \"2021-1-1\", \"period\": null, \"message\": \"m\"}], \"problems\": []}",
        "{\"kinds\": [], \"violations\": [{\"kind\": \"a\", \"act_id\": \"d\", \"date\": \"2021-01-01\", \"period\": null, \"message\": \"m\"}], \"problems\": []}",
        "{\"kinds\": [], \"violations\": [], \"problems\": [{\"code\": \"0510\", \"kind\": \"a\", \"message\": \"m\"}]}",
        "[]"
      })
  void badRuleKindsAreInvalid(String kinds) {
    String json = "{\"format\": \"terrain-rules-check/1\", \"rules\": [], \"rule_kinds\": %s}";
    assertThat(RulesSchemaTest.check(json.formatted(kinds))).isNotEmpty();
    assertThat(
            RulesSchemaTest.check(
                json.formatted(
                    "{\"kinds\": [\"a\"], \"violations\": [{\"kind\": \"a\", \"act_id\": \"d\","
                        + " \"person_id\": null, \"date\": \"2021-01-01\", \"period\": null,"
                        + " \"message\": \"m\"}], \"problems\": [{\"code\": \"TER-0510\", \"kind\":"
                        + " \"a\", \"message\": \"m\"}]}")))
        .isEmpty();
  }
}
