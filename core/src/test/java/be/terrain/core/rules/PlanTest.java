package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.rules.Ledgers.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The plan's precise rules, each on a small ledger (BASE is 2020-12-20). */
class PlanTest {
  static final List<String> ROLES = List.of("SEX_WORKER", "ENTOURAGE");
  static final LocalDate FROM = Ledgers.BASE;
  static final LocalDate TO = Ledgers.BASE.plusDays(99);

  static DistributionRule.Builder rule() {
    return DistributionRule.builder("r", "TICKET_S", FROM, TO).unitValueCents(1000);
  }

  static RuleResult check(DistributionRule rule, LocalDate asOf, Row... rows) {
    Dataset d = Ledgers.dataset(ROLES, List.of(rows));
    return RulesCheck.of(d, RuleSet.of(rule), asOf).rules().get(0);
  }

  static Row row(int act, int day, int quantity) {
    return new Row(act, day, 0, 0, "TICKET_S", quantity, -1);
  }

  @Test
  void twentyThousandEurosAtTwoTimesTenEurosPerPersonWeekIsAThousandPersonWeeks() {
    DistributionRule r = rule().quota(2, QuotaPeriod.ISO_WEEK).budgetCents(2_000_000).build();
    RuleResult res = check(r, FROM);
    assertThat(res.plan().personPeriodsLeft()).isEqualTo(OptionalLong.of(1000));
    assertThat(res.plan().runsOutOn()).isEmpty();
    assertThat(res.plan().lasts()).isTrue();
    assertThat(res.spentCents()).isZero();
    assertThat(res.leftCents()).isEqualTo(OptionalLong.of(2_000_000));
  }

  @Test
  void thePaceGivesTheDayTheBudgetRunsOut() {
    // 10 days counted, 4000 spent: 400 a day; 6000 left: 15 more days
    DistributionRule r = rule().budgetCents(10_000).build();
    RuleResult res = check(r, FROM.plusDays(9), row(1, 0, 2), row(2, 9, 2));
    assertThat(res.spentCents()).isEqualTo(4000);
    assertThat(res.plan().days()).isEqualTo(10);
    assertThat(res.plan().runsOutOn()).contains(FROM.plusDays(9 + 15));
    assertThat(res.plan().lasts()).isFalse();
    assertThat(res.plan().personPeriodsLeft()).isEmpty(); // no quota
  }

  @Test
  void theRunOutDayIsRoundedUp() {
    // 3 days counted, 3000 spent: 1000 a day; 2500 left: ceil(2.5) = 3 days
    DistributionRule r = rule().budgetCents(5500).build();
    RuleResult res = check(r, FROM.plusDays(2), row(1, 0, 3));
    assertThat(res.plan().runsOutOn()).contains(FROM.plusDays(5));
  }

  @Test
  void aBudgetRunningOutOnValidToDoesNotLast() {
    // 50 days counted, 1000 spent: 20 a day; left 1000 lasts 50 more days: day 99 = valid_to
    DistributionRule r = rule().budgetCents(2000).build();
    RuleResult res = check(r, FROM.plusDays(49), row(1, 0, 1));
    assertThat(res.plan().runsOutOn()).contains(TO);
    assertThat(res.plan().lasts()).isFalse();
    // one cent more and it lasts
    RuleResult more = check(rule().budgetCents(2001).build(), FROM.plusDays(49), row(1, 0, 1));
    assertThat(more.plan().runsOutOn()).isEmpty();
    assertThat(more.plan().lasts()).isTrue();
  }

  @Test
  void withoutBudgetLeftAndRunOutAreNullAndItLasts() {
    DistributionRule r =
        DistributionRule.builder("r", "TICKET_S", FROM, TO).quota(1, QuotaPeriod.DAY).build();
    RuleResult res = check(r, TO, row(1, 0, 2));
    assertThat(res.spentCents()).isZero(); // no unit value: charged 0
    assertThat(res.leftCents()).isEmpty();
    assertThat(res.plan().runsOutOn()).isEmpty();
    assertThat(res.plan().lasts()).isTrue();
    assertThat(res.plan().personPeriodsLeft()).isEmpty();
    assertThat(res.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.OVER_QUOTA);
  }

  @Test
  void aBudgetOfZeroWithNothingSpentLasts() {
    DistributionRule r =
        DistributionRule.builder("r", "TICKET_S", FROM, TO)
            .unitValueCents(0)
            .quota(2, QuotaPeriod.MONTH)
            .budgetCents(0)
            .build();
    RuleResult res = check(r, TO, row(1, 0, 2));
    assertThat(res.spentCents()).isZero();
    assertThat(res.leftCents()).isEqualTo(OptionalLong.of(0));
    assertThat(res.plan().runsOutOn()).isEmpty();
    assertThat(res.plan().lasts()).isTrue();
    assertThat(res.plan().personPeriodsLeft()).isEmpty(); // unit value 0
    assertThat(res.violations()).isEmpty(); // charged nothing: never OVER_BUDGET
  }

  @Test
  void aSpentBudgetRunsOutOnTheDayOfThePlan() {
    DistributionRule r = rule().quota(5, QuotaPeriod.YEAR).budgetCents(2000).build();
    RuleResult res = check(r, FROM.plusDays(3), row(1, 0, 1), row(2, 1, 2));
    assertThat(res.leftCents()).isEqualTo(OptionalLong.of(0));
    assertThat(res.plan().runsOutOn()).contains(FROM.plusDays(3));
    assertThat(res.plan().lasts()).isFalse();
    assertThat(res.plan().personPeriodsLeft()).isEqualTo(OptionalLong.of(0));
    assertThat(res.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.kind()).isEqualTo(ViolationKind.OVER_BUDGET);
              assertThat(v.excessCents()).isEqualTo(OptionalLong.of(1000));
              assertThat(v.period()).contains("2020");
            });
  }

  @Test
  void aRowsOwnUnitValueIsWhatItIsCharged() {
    DistributionRule r = rule().budgetCents(10_000).build();
    RuleResult res =
        check(
            r, TO, new Row(1, 0, 0, 0, "TICKET_S", 3, 250), new Row(2, 1, -1, 0, "TICKET_S", 1, 0));
    assertThat(res.spentCents()).isEqualTo(750);
    assertThat(res.units()).isEqualTo(4);
    assertThat(res.persons()).isEqualTo(1);
    assertThat(res.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.ANONYMOUS);
    assertThat(res.violations().get(0).period()).isEmpty(); // no quota
  }

  @Test
  void anAnonymousRowAtAnotherAntennaIsBothAnonymousAndWrongAntenna() {
    DistributionRule r = rule().antennas("a0").eligibleRoles("SEX_WORKER").build();
    RuleResult res = check(r, TO, new Row(1, 0, -1, 2, "TICKET_S", 1, -1));
    assertThat(res.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.ANONYMOUS, ViolationKind.WRONG_ANTENNA);
    assertThat(res.persons()).isZero();
  }

  @Test
  void emptyListsLimitToNothing() {
    DistributionRule r = rule().eligibleRoles(List.of()).antennas(List.of()).build();
    RuleResult res = check(r, TO, row(1, 0, 1));
    assertThat(res.violations())
        .extracting(Violation::kind)
        .containsExactly(ViolationKind.NOT_ELIGIBLE, ViolationKind.WRONG_ANTENNA);
  }
}
