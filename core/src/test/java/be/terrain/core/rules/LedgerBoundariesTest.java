package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.rules.Ledgers.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Rules checked against a ledger (not hand-outs recorded at the desk) at the boundaries PIT's run
 * of 2026-12-07 found unpinned (docs/testing.md, "The whole run"): a budget of 0, the first and
 * last day of a quota rule loaded into a desk, the first person (index 0), and quota rules that
 * differ only in their item, period or first day. BASE is 2020-12-20, a Sunday.
 */
class LedgerBoundariesTest {
  static final LocalDate FROM = Ledgers.BASE;
  static final LocalDate TO = Ledgers.BASE.plusDays(99);

  private static Dataset dataset(Row... rows) {
    return Ledgers.dataset(List.of("SEX_WORKER"), List.of(rows));
  }

  /** Person 0 ("p-0"), antenna a0, no own unit value. */
  private static Row row(int act, int day, String item, int quantity) {
    return new Row(act, day, 0, 0, item, quantity, -1);
  }

  @Test
  void aBudgetOfZeroIsSpentByTheFirstChargedRow() {
    DistributionRule r =
        DistributionRule.builder("r", "TICKET_S", FROM, TO)
            .unitValueCents(1000)
            .budgetCents(0)
            .build();
    Dataset d = dataset(row(1, 0, "TICKET_S", 2));
    RuleResult res = RulesCheck.of(d, RuleSet.of(r), FROM).rules().get(0);
    assertThat(res.violations()).hasSize(1);
    Violation v = res.violations().get(0);
    assertThat(v.kind()).isEqualTo(ViolationKind.OVER_BUDGET);
    assertThat(v.excessCents()).isEqualTo(OptionalLong.of(2000));
    assertThat(v.personId()).isEqualTo(Optional.of("p-0"));
    assertThat(res.leftCents()).isEqualTo(OptionalLong.of(0));
    assertThat(res.plan().lasts()).isFalse();
    assertThat(res.plan().runsOutOn()).contains(FROM);

    DistributionDesk desk = DistributionDesk.open(d, RuleSet.of(r));
    assertThat(desk.leftCents("r")).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void aDeskCountsTheLedgersActsOnTheRulesFirstAndLastDay() {
    DistributionRule r =
        DistributionRule.builder("r", "TICKET_S", FROM, TO).quota(10, QuotaPeriod.YEAR).build();
    Dataset d = dataset(row(1, 0, "TICKET_S", 2), row(2, 99, "TICKET_S", 3));
    DistributionDesk desk = DistributionDesk.open(d, RuleSet.of(r));
    assertThat(desk.unitsInPeriod("r", "p-0", FROM)).isEqualTo(2); // 2020
    assertThat(desk.unitsInPeriod("r", "p-0", TO)).isEqualTo(3); // 2021
  }

  @Test
  void quotaRulesThatDifferOnlyInItemPeriodOrFirstDayCountApart() {
    DistributionRule tickets =
        DistributionRule.builder("t", "TICKET_S", FROM, TO).quota(10, QuotaPeriod.YEAR).build();
    DistributionRule condoms =
        DistributionRule.builder("c", "CONDOM", FROM, TO).quota(10, QuotaPeriod.YEAR).build();
    DistributionRule weekly =
        DistributionRule.builder("w", "TICKET_S", FROM, TO).quota(10, QuotaPeriod.ISO_WEEK).build();
    DistributionRule later =
        DistributionRule.builder("l", "TICKET_S", FROM.plusDays(16), TO)
            .quota(10, QuotaPeriod.YEAR)
            .build();
    // 2021: tickets on Monday 4 January (day 15) and Monday 11 January (day 22), condoms on day 22
    Dataset d =
        dataset(row(1, 15, "TICKET_S", 2), row(2, 22, "TICKET_S", 3), row(3, 22, "CONDOM", 4));
    DistributionDesk desk = DistributionDesk.open(d, RuleSet.of(tickets, condoms, weekly, later));
    LocalDate day22 = FROM.plusDays(22);
    assertThat(desk.unitsInPeriod("t", "p-0", day22)).isEqualTo(5);
    assertThat(desk.unitsInPeriod("c", "p-0", day22)).isEqualTo(4);
    assertThat(desk.unitsInPeriod("w", "p-0", day22)).isEqualTo(3);

    DistributionDesk fromDay16 = DistributionDesk.open(d, RuleSet.of(later, tickets));
    assertThat(fromDay16.unitsInPeriod("t", "p-0", day22)).isEqualTo(5);
  }
}
