package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.InvalidRulesException;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RulesJsonReaderTest {
  static Dataset dataset;

  @BeforeAll
  static void load() {
    dataset = MiniCsv.reference();
  }

  static RulesReadResult read(String json) {
    return RulesJsonReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rules.json", dataset);
  }

  /** A document with one rule whose members are given (JSON text without braces). */
  static RulesReadResult rule(String members) {
    return read("{\"format\": \"terrain-rules/1\", \"rules\": [{" + members + "}]}");
  }

  static final String OK =
      "\"id\": \"t\", \"item\": \"TICKET_S\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-12-31\"";

  /** code, pointer, record id, field, value of each problem. */
  static List<Tuple> problems(RulesReadResult r) {
    return r.problems().stream()
        .map(
            p ->
                tuple(
                    p.code(),
                    p.location().pointer().orElse(null),
                    p.recordId().orElse(null),
                    p.field().orElse(null),
                    p.value().orElse(null)))
        .toList();
  }

  static Tuple problem(ProblemCode code, String pointer, String id, String field, String value) {
    return tuple(code, pointer, id, field, value);
  }

  @Test
  void theReferenceRulesReadAsTheExampleRule() {
    RulesReadResult r =
        RulesJsonReader.read(ReferenceData.seed2020().resolve("rules.json"), dataset);
    assertThat(r.problems()).isEmpty();
    assertThat(r.orThrow())
        .isEqualTo(
            RuleSet.of(
                DistributionRule.builder(
                        "tickets-s-2021",
                        "TICKET_S",
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31))
                    .unitValueCents(1000)
                    .quota(2, QuotaPeriod.ISO_WEEK)
                    .budgetCents(2_000_000)
                    .eligibleRoles("SEX_WORKER")
                    .antennas("charleroi", "extra-ring", "lln")
                    .build()));
  }

  @Test
  void optionalMembersMayBeAbsentOrNull() {
    RulesReadResult r =
        rule(
            OK
                + ", \"quota\": null, \"budget_cents\": null, \"unit_value_cents\": null, \"antennas\": null");
    assertThat(r.problems()).isEmpty();
    DistributionRule rule = r.orThrow().rules().get(0);
    assertThat(rule.quota()).isEmpty();
    assertThat(rule.antennas()).isEmpty();
  }

  @Test
  void aBareArrayIsNotARulesFile() {
    RulesReadResult r = read("[{" + OK + "}]");
    assertThat(problems(r))
        .containsExactly(problem(ProblemCodes.RULES_NOT_OBJECT, "", null, null, null));
    assertThat(r.problems().get(0).message()).contains("not a bare array");
    assertThatThrownBy(r::orThrow)
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("TER-0401");
  }

  @Test
  void anUnknownMemberIsAProblem() {
    assertThat(problems(rule(OK + ", \"colour\": \"red\"")))
        .containsExactly(
            problem(ProblemCodes.UNKNOWN_FIELD, "/rules/0/colour", "t", "colour", "colour"));
    assertThat(problems(read("{\"format\": \"terrain-rules/1\", \"rules\": [], \"extra\": 1}")))
        .containsExactly(problem(ProblemCodes.UNKNOWN_FIELD, "/extra", null, "extra", "extra"));
    // nested: the field is the top member
    assertThat(problems(rule(OK + ", \"quota\": {\"units\": 2, \"per\": \"DAY\", \"max\": 3}")))
        .containsExactly(
            problem(ProblemCodes.UNKNOWN_FIELD, "/rules/0/quota/max", "t", "quota", "max"));
  }

  @Test
  void aNegativeOrZeroQuotaIsAProblem() {
    assertThat(problems(rule(OK + ", \"quota\": {\"units\": -2, \"per\": \"ISO_WEEK\"}")))
        .containsExactly(
            problem(ProblemCodes.RULE_QUOTA_UNITS, "/rules/0/quota/units", "t", "quota", "-2"));
    assertThat(problems(rule(OK + ", \"quota\": {\"units\": 0, \"per\": \"ISO_WEEK\"}")))
        .extracting(t -> t.toList().get(0))
        .containsExactly(ProblemCodes.RULE_QUOTA_UNITS);
  }

  @Test
  void aBadQuotaPeriodIsFieldQuota() {
    assertThat(problems(rule(OK + ", \"quota\": {\"units\": 2, \"per\": \"WEEK\"}")))
        .containsExactly(
            problem(ProblemCodes.RULE_QUOTA_PERIOD, "/rules/0/quota/per", "t", "quota", "WEEK"));
    assertThat(problems(rule(OK + ", \"quota\": {\"units\": 2}")))
        .containsExactly(
            problem(ProblemCodes.MISSING_FIELD, "/rules/0/quota/per", "t", "quota", null));
  }

  @Test
  void validToBeforeValidFromIsAProblem() {
    RulesReadResult r =
        rule(
            "\"id\": \"t\", \"item\": \"TICKET_S\", \"valid_from\": \"2021-12-31\", \"valid_to\": \"2021-01-01\"");
    assertThat(problems(r))
        .containsExactly(
            problem(
                ProblemCodes.RULE_VALID_TO_BEFORE_FROM,
                "/rules/0/valid_to",
                "t",
                "valid_to",
                "2021-01-01"));
    Problem p = r.problems().get(0);
    assertThat(p.message()).isEqualTo("valid_to is before valid_from (2021-12-31)");
    assertThat(p.location().file()).contains("rules.json");
    assertThat(p.location().line()).hasValue(1);
    assertThat(p.toString())
        .startsWith("rules.json:1:")
        .contains("#/rules/0/valid_to: TER-0406 t valid_to");
  }

  @Test
  void unknownItemRoleAndAntennaAreProblems() {
    RulesReadResult r =
        rule(
            "\"id\": \"t\", \"item\": \"TICKET\", \"valid_from\": \"2021-01-01\", \"valid_to\": \"2021-12-31\","
                + " \"eligible_roles\": [\"SEX_WORKER\", \"CLIENT\"], \"antennas\": [\"lln\", \"mons\"]");
    assertThat(problems(r))
        .containsExactly(
            problem(ProblemCodes.RULE_UNKNOWN_ITEM, "/rules/0/item", "t", "item", "TICKET"),
            problem(
                ProblemCodes.RULE_UNKNOWN_ROLE,
                "/rules/0/eligible_roles/1",
                "t",
                "eligible_roles",
                "CLIENT"),
            problem(
                ProblemCodes.RULE_UNKNOWN_ANTENNA, "/rules/0/antennas/1", "t", "antennas", "mons"));
  }

  @Test
  void withoutADatasetAntennasAreNotChecked() {
    RulesReadResult r =
        RulesJsonReader.read(
            new ByteArrayInputStream(
                ("{\"format\": \"terrain-rules/1\", \"rules\": [{"
                        + OK
                        + ", \"antennas\": [\"mons\"]}]}")
                    .getBytes(StandardCharsets.UTF_8)),
            null,
            CodeRegistry.standard());
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void withoutADatasetABlankAntennaIsAProblemNotAnException() {
    RulesReadResult r =
        RulesJsonReader.read(
            new ByteArrayInputStream(
                ("{\"format\": \"terrain-rules/1\", \"rules\": [{"
                        + OK
                        + ", \"antennas\": [\" \"]}]}")
                    .getBytes(StandardCharsets.UTF_8)),
            null,
            CodeRegistry.standard());
    assertThat(problems(r))
        .containsExactly(
            problem(
                ProblemCodes.RULE_UNKNOWN_ANTENNA, "/rules/0/antennas/0", "t", "antennas", " "));
  }

  @Test
  void aBudgetWithoutUnitValueIsAProblem() {
    assertThat(problems(rule(OK + ", \"budget_cents\": 2000000")))
        .containsExactly(
            problem(
                ProblemCodes.RULE_BUDGET_WITHOUT_UNIT_VALUE,
                "/rules/0/budget_cents",
                "t",
                "budget_cents",
                "2000000"));
  }

  @Test
  void typesAreStrict() {
    assertThat(problems(rule(OK + ", \"unit_value_cents\": 1000.0, \"budget_cents\": \"5\"")))
        .containsExactly(
            problem(
                ProblemCodes.WRONG_TYPE,
                "/rules/0/unit_value_cents",
                "t",
                "unit_value_cents",
                "1000.0"),
            problem(ProblemCodes.WRONG_TYPE, "/rules/0/budget_cents", "t", "budget_cents", "5"));
    assertThat(problems(rule(OK + ", \"unit_value_cents\": -1")))
        .containsExactly(
            problem(
                ProblemCodes.OUT_OF_RANGE,
                "/rules/0/unit_value_cents",
                "t",
                "unit_value_cents",
                "-1"));
    assertThat(
            problems(
                rule(
                    "\"id\": 7, \"item\": \"TICKET_S\", \"valid_from\": \"2021-1-1\", \"valid_to\": \"2021-02-30\"")))
        .containsExactly(
            problem(ProblemCodes.WRONG_TYPE, "/rules/0/id", null, "id", "7"),
            problem(
                ProblemCodes.INVALID_DATE, "/rules/0/valid_from", null, "valid_from", "2021-1-1"),
            problem(
                ProblemCodes.INVALID_DATE, "/rules/0/valid_to", null, "valid_to", "2021-02-30"));
  }

  @Test
  void missingDuplicateAndTwiceNamedMembersAreProblems() {
    assertThat(
            problems(rule("\"id\": \"t\", \"item\": \"TICKET_S\", \"valid_from\": \"2021-01-01\"")))
        .containsExactly(
            problem(ProblemCodes.MISSING_FIELD, "/rules/0/valid_to", "t", "valid_to", null));
    assertThat(problems(rule(OK + ", \"item\": \"CONDOM\"")))
        .containsExactly(
            problem(ProblemCodes.DUPLICATE_FIELD, "/rules/0/item", "t", "item", "item"));
    assertThat(problems(rule(OK + ", \"antennas\": [\"lln\", \"lln\"]")))
        .containsExactly(
            problem(ProblemCodes.RULE_LISTED_TWICE, "/rules/0/antennas/1", "t", "antennas", "lln"));
    assertThat(
            problems(
                read("{\"format\": \"terrain-rules/1\", \"rules\": [{" + OK + "}, {" + OK + "}]}")))
        .containsExactly(problem(ProblemCodes.RULE_DUPLICATE_ID, "/rules/1/id", "t", "id", "t"));
    assertThat(problems(read("{\"format\": \"terrain-rules/1\"}")))
        .containsExactly(problem(ProblemCodes.MISSING_FIELD, "/rules", null, "rules", null));
  }

  @Test
  void everyProblemOfEveryRuleIsReported() {
    RulesReadResult r =
        read(
            "{\"format\": \"terrain-rules/2\", \"rules\": [{\"id\": \"a\", \"item\": \"NOPE\", \"valid_from\": \"2021-01-01\","
                + " \"valid_to\": \"2020-01-01\", \"budget_cents\": 5}, 3]}");
    assertThat(problems(r))
        .containsExactly(
            problem(ProblemCodes.WRONG_FORMAT, "/format", null, "format", "terrain-rules/2"),
            problem(ProblemCodes.RULE_UNKNOWN_ITEM, "/rules/0/item", "a", "item", "NOPE"),
            problem(
                ProblemCodes.RULE_BUDGET_WITHOUT_UNIT_VALUE,
                "/rules/0/budget_cents",
                "a",
                "budget_cents",
                "5"),
            problem(
                ProblemCodes.RULE_VALID_TO_BEFORE_FROM,
                "/rules/0/valid_to",
                "a",
                "valid_to",
                "2020-01-01"),
            problem(ProblemCodes.WRONG_TYPE, "/rules/1", null, null, "3"));
    assertThat(r.rules()).isEmpty();
  }

  @Test
  void malformedJsonIsOneProblemWithItsLine() {
    RulesReadResult r = read("{\"format\": \"terrain-rules/1\",\n \"rules\": [}");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCodes.MALFORMED_JSON);
              assertThat(p.location().line()).hasValue(2);
            });
    assertThat(read("{\"format\": \"terrain-rules/1\", \"rules\": []} []").problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.MALFORMED_JSON);
    assertThat(read("{\"format\": \"terrain-rules/1\", \"rules\": [NaN]}").problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.MALFORMED_JSON);
    assertThat(read("").problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.MALFORMED_JSON);
    assertThat(read("[".repeat(100)).problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.LIMIT_EXCEEDED);
  }

  @Test
  void aMissingFileIsAProblem() {
    RulesReadResult r = RulesJsonReader.read(Path.of("no-such-dir", "rules.json"), dataset);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCodes.UNREADABLE);
              assertThat(p.location().file()).contains("rules.json");
            });
  }

  @Test
  void anEmptyRuleListIsAnEmptyRuleSet() {
    assertThat(read("{\"rules\": [], \"format\": \"terrain-rules/1\"}").orThrow())
        .isEqualTo(RuleSet.empty());
  }
}
