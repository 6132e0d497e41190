package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Dataset;
import be.terrain.core.rules.Ledgers.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DistributionDeskTest {
  static final List<String> ROLES = List.of("SEX_WORKER", "ENTOURAGE");
  // BASE 2020-12-20 is a Sunday: days 1..7 are the ISO week 2020-W52
  static final DistributionRule RULE =
      DistributionRule.builder("r", "TICKET_S", Ledgers.BASE, Ledgers.BASE.plusDays(60))
          .unitValueCents(1000)
          .quota(2, QuotaPeriod.ISO_WEEK)
          .budgetCents(6000)
          .eligibleRoles("SEX_WORKER")
          .antennas("a0", "a1")
          .build();

  static DistributionDesk desk(Row... rows) {
    Dataset d = Ledgers.dataset(ROLES, List.of(rows));
    return DistributionDesk.open(d, RuleSet.of(RULE));
  }

  static Row row(int act, int day, int person, int quantity) {
    return new Row(act, day, person, 0, "TICKET_S", quantity, -1);
  }

  @Test
  void aHandOutWithinEveryLimitIsAllowed() {
    DistributionDesk desk = desk(row(1, 1, 0, 1));
    HandoutAnswer a = desk.check(Handout.of("p-0", "TICKET_S", 1, "a1", Ledgers.BASE.plusDays(2)));
    assertThat(a.isAllowed()).isTrue();
    assertThat(desk.unitsInPeriod("r", "p-0", Ledgers.BASE.plusDays(7))).isEqualTo(1);
  }

  @Test
  void checkingDoesNotRecordButRecordingDoes() {
    DistributionDesk desk = desk(row(1, 1, 0, 1));
    Handout h = Handout.of("p-0", "TICKET_S", 2, "a0", Ledgers.BASE.plusDays(3));
    Breach over =
        new Breach(
            "r",
            ViolationKind.OVER_QUOTA,
            Optional.of("2020-W52"),
            OptionalInt.of(1),
            OptionalLong.empty());
    assertThat(desk.check(h).breaches()).containsExactly(over);
    assertThat(desk.check(h).breaches()).containsExactly(over);
    assertThat(desk.record(h).breaches()).containsExactly(over);
    assertThat(desk.unitsInPeriod("r", "p-0", Ledgers.BASE.plusDays(3))).isEqualTo(3);
    assertThat(desk.spentCents("r")).isEqualTo(3000);
    assertThat(
            desk.check(Handout.of("p-0", "TICKET_S", 1, "a0", Ledgers.BASE.plusDays(4))).breaches())
        .extracting(Breach::excessUnits)
        .containsExactly(OptionalInt.of(1));
    // the next week starts afresh
    assertThat(
            desk.check(Handout.of("p-0", "TICKET_S", 2, "a0", Ledgers.BASE.plusDays(8)))
                .isAllowed())
        .isTrue();
  }

  @Test
  void everyBrokenRuleIsListedInOrder() {
    // p-1 is ENTOURAGE, at a2, with 2 already this week and the budget nearly spent
    DistributionDesk desk = desk(row(1, 1, 1, 2), row(2, 1, 0, 2), row(3, 2, 0, 1));
    HandoutAnswer a =
        desk.check(
            new Handout(
                Optional.of("p-1"),
                "TICKET_S",
                2,
                "a2",
                Ledgers.BASE.plusDays(5),
                OptionalInt.empty()));
    assertThat(a.breaches())
        .containsExactly(
            new Breach(
                "r",
                ViolationKind.NOT_ELIGIBLE,
                Optional.of("2020-W52"),
                OptionalInt.empty(),
                OptionalLong.empty()),
            new Breach(
                "r",
                ViolationKind.WRONG_ANTENNA,
                Optional.of("2020-W52"),
                OptionalInt.empty(),
                OptionalLong.empty()),
            new Breach(
                "r",
                ViolationKind.OVER_QUOTA,
                Optional.of("2020-W52"),
                OptionalInt.of(2),
                OptionalLong.empty()),
            new Breach(
                "r",
                ViolationKind.OVER_BUDGET,
                Optional.of("2020-W52"),
                OptionalInt.empty(),
                OptionalLong.of(1000)));
  }

  @Test
  void aHandOutChargedNothingIsNeverOverBudget() {
    DistributionDesk desk = desk(row(1, 1, 0, 2), row(2, 8, 0, 2), row(3, 15, 0, 2));
    assertThat(desk.leftCents("r")).isEqualTo(OptionalLong.of(0));
    Handout free =
        Handout.of("p-0", "TICKET_S", 1, "a0", Ledgers.BASE.plusDays(30)).withUnitValueCents(0);
    assertThat(desk.check(free).isAllowed()).isTrue();
  }

  @Test
  void aBackDatedHandOutCountsEverythingHandedOutSoFar() {
    // 2 units on Friday of the week: a hand-out asked about for the Monday before is one too many,
    // and the budget counts every row held, whatever its date
    DistributionDesk desk = desk(row(1, 5, 0, 2), row(2, 20, 0, 2), row(3, 30, 0, 1));
    HandoutAnswer a = desk.check(Handout.of("p-0", "TICKET_S", 1, "a0", Ledgers.BASE.plusDays(1)));
    assertThat(a.breaches()).extracting(Breach::kind).containsExactly(ViolationKind.OVER_QUOTA);
    HandoutAnswer b = desk.check(Handout.of("p-0", "TICKET_S", 2, "a0", Ledgers.BASE.plusDays(9)));
    assertThat(b.breaches()).extracting(Breach::kind).containsExactly(ViolationKind.OVER_BUDGET);
    assertThat(b.breaches().get(0).excessCents()).isEqualTo(OptionalLong.of(1000));
  }

  @Test
  void outsideTheRulesValidityNothingApplies() {
    DistributionDesk desk = desk(row(1, 1, 0, 2));
    assertThat(
            desk.check(Handout.anonymous("TICKET_S", 5, "a2", Ledgers.BASE.minusDays(1)))
                .isAllowed())
        .isTrue();
    assertThat(
            desk.check(Handout.anonymous("TICKET_S", 5, "a2", Ledgers.BASE.plusDays(61)))
                .isAllowed())
        .isTrue();
    assertThat(
            desk.check(Handout.anonymous("TICKET_S", 5, "a2", Ledgers.BASE.plusDays(60)))
                .isAllowed())
        .isFalse();
  }

  @Test
  void asOfLeavesOutLaterRows() {
    Dataset d = Ledgers.dataset(ROLES, List.of(row(1, 1, 0, 2), row(2, 3, 0, 2)));
    DistributionDesk desk = DistributionDesk.open(d, RuleSet.of(RULE), Ledgers.BASE.plusDays(2));
    assertThat(desk.spentCents("r")).isEqualTo(2000);
    assertThat(desk.units("r")).isEqualTo(2);
  }

  @Test
  void unknownPersonsAntennasItemsAndRulesAreMisuse() {
    DistributionDesk desk = desk(row(1, 1, 0, 2));
    LocalDate day = Ledgers.BASE.plusDays(1);
    assertThatThrownBy(() -> desk.check(Handout.of("p-9", "TICKET_S", 1, "a0", day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no person 'p-9'");
    assertThatThrownBy(() -> desk.check(Handout.of("p-0", "TICKET_S", 1, "nowhere", day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no antenna 'nowhere'");
    assertThatThrownBy(() -> desk.check(Handout.of("p-0", "CHOCOLATE", 1, "a0", day)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown item code 'CHOCOLATE'");
    assertThatThrownBy(() -> desk.spentCents("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the id 'nope'");
    assertThatThrownBy(() -> Handout.of("p-0", "TICKET_S", 0, "a0", day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hand-out units must be 1 to 100000: 0");
  }
}
