package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.testing.MiniCsv;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rules check holds the plugins' rule kinds' results too, and is clean only when both are. */
class RulesCheckKindsTest {
  static final LocalDate AS_OF = LocalDate.of(2021, 3, 1);
  static Dataset dataset;

  @BeforeAll
  static void load() {
    dataset = MiniCsv.reference();
  }

  static RuleSet free() {
    return RuleSet.of(
        DistributionRule.builder(
                "tickets", "TICKET_S", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
            .build());
  }

  static RuleKindViolation violation(String kind) {
    return new RuleKindViolation(
        kind, "d-1", Optional.of("p-1"), AS_OF, Optional.of("2021-03"), "over the cap");
  }

  static Problem failed(String kind) {
    return Problem.of(ProblemCodes.RULE_KIND_FAILED).args(kind, "boom").build();
  }

  @Test
  void aCheckOfRulesOnlyHasNoRuleKinds() {
    RulesCheck check = RulesCheck.of(dataset, free(), AS_OF);
    assertThat(check.ruleKinds()).isEmpty();
    assertThat(check.kindViolations()).isEmpty();
    assertThat(check.kindProblems()).isEmpty();
    assertThat(check.isClean()).isTrue();
    assertThat(new RulesCheck(AS_OF, check.rules())).isEqualTo(check);
  }

  @Test
  void theKindsResultsJoinTheRulesResults() {
    RulesCheck rules = RulesCheck.of(dataset, free(), AS_OF);
    RuleKindResults kinds =
        new RuleKindResults(
            List.of("a.cap", "b.cap"), List.of(violation("a.cap"), violation("b.cap")), List.of());
    RulesCheck check = rules.withRuleKinds(kinds);
    assertThat(check.asOf()).isEqualTo(AS_OF);
    assertThat(check.rules()).isEqualTo(rules.rules());
    assertThat(check.ruleKinds()).contains(kinds);
    assertThat(check.kindViolations())
        .extracting(RuleKindViolation::kind)
        .containsExactly("a.cap", "b.cap");
    assertThat(kinds.violations("b.cap")).containsExactly(violation("b.cap"));
    assertThat(check.isClean()).isFalse();
  }

  @Test
  void aFailedKindMakesTheCheckUnclean() {
    RulesCheck check =
        RulesCheck.of(dataset, free(), AS_OF)
            .withRuleKinds(
                new RuleKindResults(List.of("a.cap"), List.of(), List.of(failed("a.cap"))));
    assertThat(check.kindProblems())
        .extracting(p -> p.code())
        .containsExactly(ProblemCodes.RULE_KIND_FAILED);
    assertThat(check.kindViolations()).isEmpty();
    assertThat(check.isClean()).isFalse();
  }

  @Test
  void kindsWithoutFindingsLeaveTheCheckClean() {
    RulesCheck check =
        RulesCheck.of(dataset, free(), AS_OF)
            .withRuleKinds(new RuleKindResults(List.of("a.cap"), List.of(), List.of()));
    assertThat(check.ruleKinds()).isPresent();
    assertThat(check.isClean()).isTrue();
  }

  @Test
  void aRuleViolationStillCounts() {
    RuleSet masks =
        RuleSet.of(
            DistributionRule.builder(
                    "masks", "SURGICAL_MASK", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .antennas("charleroi")
                .build());
    RulesCheck check =
        RulesCheck.of(dataset, masks, AS_OF)
            .withRuleKinds(new RuleKindResults(List.of(), List.of(), List.of()));
    assertThat(check.rules().get(0).violations()).isNotEmpty();
    assertThat(check.isClean()).isFalse();
  }

  @Test
  void nullsAreRefused() {
    RulesCheck check = RulesCheck.of(dataset, free(), AS_OF);
    assertThatThrownBy(() -> check.withRuleKinds(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RulesCheck(AS_OF, List.of(), null))
        .isInstanceOf(NullPointerException.class);
  }
}
