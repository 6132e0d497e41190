package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.terrain.core.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The desk at the edges of a rule: its first and last day in force, a quota reached exactly, a
 * budget of zero (every cent charged is over it).
 */
class DeskBoundariesTest {
  private static final LocalDate FIRST = Ledgers.BASE.plusDays(1);
  private static final LocalDate LAST = Ledgers.BASE.plusDays(10);

  private static DistributionDesk desk(DistributionRule rule) {
    Dataset d = Ledgers.dataset(List.of("SEX_WORKER"), List.of());
    return DistributionDesk.open(d, RuleSet.of(rule));
  }

  private static DistributionRule.Builder rule() {
    return DistributionRule.builder("r", "TICKET_S", FIRST, LAST);
  }

  private static Handout handout(int units, LocalDate date) {
    return Handout.of("p-0", "TICKET_S", units, "a0", date);
  }

  @Test
  void aRuleHoldsFromItsFirstToItsLastDayInclusive() {
    DistributionDesk desk = desk(rule().quota(2, QuotaPeriod.YEAR).build());
    assertThat(desk.check(handout(3, FIRST.minusDays(1))).isAllowed()).isTrue();
    assertThat(desk.check(handout(3, FIRST)).breaches())
        .extracting(Breach::kind, Breach::excessUnits)
        .containsExactly(tuple(ViolationKind.OVER_QUOTA, OptionalInt.of(1)));
    assertThat(desk.check(handout(3, LAST)).breaches())
        .extracting(Breach::kind, Breach::excessUnits)
        .containsExactly(tuple(ViolationKind.OVER_QUOTA, OptionalInt.of(1)));
    assertThat(desk.check(handout(3, LAST.plusDays(1))).isAllowed()).isTrue();
  }

  @Test
  void aQuotaReachedExactlyIsNotExceeded() {
    DistributionDesk desk = desk(rule().quota(2, QuotaPeriod.YEAR).build());
    assertThat(desk.record(handout(1, FIRST)).isAllowed()).isTrue();
    assertThat(desk.record(handout(1, LAST)).isAllowed()).isTrue();
    assertThat(desk.unitsInPeriod("r", "p-0", LAST)).isEqualTo(2);
    assertThat(desk.check(handout(1, LAST)).breaches())
        .extracting(Breach::excessUnits)
        .containsExactly(OptionalInt.of(1));
  }

  @Test
  void aBudgetOfZeroRefusesEveryCentCharged() {
    DistributionDesk desk = desk(rule().unitValueCents(1000).budgetCents(0).build());
    assertThat(desk.check(handout(1, FIRST)).breaches())
        .extracting(Breach::kind, Breach::excessCents)
        .containsExactly(tuple(ViolationKind.OVER_BUDGET, OptionalLong.of(1000)));
    assertThat(desk.check(handout(1, FIRST).withUnitValueCents(0)).isAllowed()).isTrue();
  }
}
