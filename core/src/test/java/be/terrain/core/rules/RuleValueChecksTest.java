package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.testing.MiniCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The checks of the rules' values that PIT's run of 2026-12-07 found unpinned (docs/testing.md,
 * "The whole run"): a builder part set twice, blank names, hand-out and violation values at and
 * past their limits, rule sets that differ or do not fit, and the small accessors.
 */
class RuleValueChecksTest {
  static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  static final LocalDate TO = LocalDate.of(2021, 12, 31);

  private static DistributionRule.Builder rule(String id) {
    return DistributionRule.builder(id, "TICKET_S", FROM, TO);
  }

  @Test
  void aBuilderPartIsSetOnce() {
    assertThatIllegalStateException()
        .isThrownBy(() -> rule("r").quota(1, QuotaPeriod.YEAR).quota(2, QuotaPeriod.YEAR));
    assertThatIllegalStateException().isThrownBy(() -> rule("r").budgetCents(1).budgetCents(2));
    assertThatIllegalStateException()
        .isThrownBy(() -> rule("r").eligibleRoles("SEX_WORKER").eligibleRoles("ENTOURAGE"));
    assertThatIllegalStateException().isThrownBy(() -> rule("r").antennas("a0").antennas("a1"));
  }

  @Test
  void aBlankRoleOrAntennaIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> rule("r").eligibleRoles(" ").build());
    assertThatIllegalArgumentException().isThrownBy(() -> rule("r").antennas("").build());
  }

  private static Handout handout(int units, OptionalInt unitValue) {
    return new Handout(Optional.of("p-0"), "TICKET_S", units, "a0", FROM, unitValue);
  }

  @Test
  void aHandoutsUnitsAndUnitValueAreCheckedAtTheirLimits() {
    assertThat(handout(1, OptionalInt.empty()).units()).isEqualTo(1);
    assertThat(handout(100_000, OptionalInt.empty()).units()).isEqualTo(100_000);
    assertThatIllegalArgumentException().isThrownBy(() -> handout(0, OptionalInt.empty()));
    assertThatIllegalArgumentException().isThrownBy(() -> handout(100_001, OptionalInt.empty()));
    assertThat(handout(1, OptionalInt.of(0)).unitValueCents()).isEqualTo(OptionalInt.of(0));
    assertThat(handout(1, OptionalInt.of(10_000_000)).unitValueCents())
        .isEqualTo(OptionalInt.of(10_000_000));
    assertThatIllegalArgumentException().isThrownBy(() -> handout(1, OptionalInt.of(-1)));
    assertThatIllegalArgumentException().isThrownBy(() -> handout(1, OptionalInt.of(10_000_001)));
  }

  private static Violation violation(
      ViolationKind kind, OptionalInt excessUnits, OptionalLong excessCents) {
    return new Violation(
        kind,
        "d1",
        "TICKET_S",
        Optional.of("p-0"),
        FROM,
        Optional.empty(),
        excessUnits,
        excessCents);
  }

  @Test
  void anExcessGoesWithItsKindOnly() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> violation(ViolationKind.NOT_ELIGIBLE, OptionalInt.of(2), OptionalLong.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> violation(ViolationKind.ANONYMOUS, OptionalInt.empty(), OptionalLong.of(5)));
    assertThat(violation(ViolationKind.OVER_QUOTA, OptionalInt.of(2), OptionalLong.empty()).kind())
        .isEqualTo(ViolationKind.OVER_QUOTA);
  }

  @Test
  void ruleSetsCompareByTheirRules() {
    RuleSet ab = RuleSet.of(rule("a").build(), rule("b").build());
    RuleSet ab2 = RuleSet.of(rule("a").build(), rule("b").build());
    RuleSet a = RuleSet.of(rule("a").build());
    assertThat(ab).isEqualTo(ab2).hasSameHashCodeAs(ab2).isNotEqualTo(a);
    assertThat(ab.hashCode()).isEqualTo(List.of(rule("a").build(), rule("b").build()).hashCode());
    assertThat(ab).hasToString("RuleSet[a, b]");
  }

  @Test
  void rulesThatDoNotFitAreReportedByBothValidations() {
    RuleSet rules = RuleSet.of(DistributionRule.builder("r", "NOT_AN_ITEM", FROM, TO).build());
    assertThat(rules.validate(CodeRegistry.standard(), RuleLocator.NONE)).isNotEmpty();
    Dataset reference = MiniCsv.reference();
    assertThat(rules.validate(reference)).isNotEmpty();
  }

  @Test
  void aQuotaOfIsTheQuota() {
    assertThat(Quota.of(2, QuotaPeriod.MONTH)).isEqualTo(new Quota(2, QuotaPeriod.MONTH));
  }

  @Test
  void theYearOfAPeriodHasFourDigitsFromYearZero() {
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(0, 6, 1))).isEqualTo("0000");
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(9999, 6, 1))).isEqualTo("9999");
  }

  @Test
  void aChecksResultIsFoundByItsRuleIdAndCopiesAPlainListOfViolations() {
    Dataset d = Ledgers.dataset(List.of("SEX_WORKER"), List.of());
    RulesCheck check = RulesCheck.of(d, RuleSet.of(rule("r").build()));
    assertThat(check).isNotNull();
    RuleResult r = check.result("r").orElseThrow();
    assertThat(r.id()).isEqualTo("r");
    assertThat(check.result("x")).isEmpty();

    List<Violation> mine = new ArrayList<>();
    RuleResult copy =
        new RuleResult(
            r.id(), r.spentCents(), r.leftCents(), r.units(), r.persons(), mine, r.plan());
    mine.add(violation(ViolationKind.NOT_ELIGIBLE, OptionalInt.empty(), OptionalLong.empty()));
    assertThat(copy.violations()).isEmpty();
  }
}
