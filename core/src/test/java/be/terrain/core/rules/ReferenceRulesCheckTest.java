package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.terrain.core.Dataset;
import be.terrain.testing.MiniCsv;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Tickets S ledger of the reference dataset (README "Tickets S ledger (2021)"). */
class ReferenceRulesCheckTest {
  static Dataset dataset;

  static final DistributionRule TICKETS_S =
      DistributionRule.builder(
              "tickets-s-2021", "TICKET_S", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
          .unitValueCents(1000)
          .quota(2, QuotaPeriod.ISO_WEEK)
          .budgetCents(2_000_000)
          .eligibleRoles("SEX_WORKER")
          .antennas("charleroi", "extra-ring", "lln")
          .build();

  @BeforeAll
  static void load() {
    dataset = MiniCsv.reference();
  }

  @Test
  void theRuleFitsTheDataset() {
    assertThat(RuleSet.of(TICKETS_S).validate(dataset)).isEmpty();
  }

  @Test
  void asOfNovemberFirstGivesTheExampleOfTheSpecification() {
    RuleResult r =
        RulesCheck.of(dataset, RuleSet.of(TICKETS_S), LocalDate.of(2021, 11, 1)).rules().get(0);
    assertThat(r.id()).isEqualTo("tickets-s-2021");
    assertThat(r.spentCents()).isEqualTo(1_843_000);
    assertThat(r.leftCents()).isEqualTo(OptionalLong.of(157_000));
    assertThat(r.units()).isEqualTo(1843);
    assertThat(r.persons()).isEqualTo(61);
    assertThat(r.plan().asOf()).isEqualTo(LocalDate.of(2021, 11, 1));
    assertThat(r.plan().runsOutOn()).contains(LocalDate.of(2021, 11, 27));
    assertThat(r.plan().lasts()).isFalse();
    assertThat(r.plan().personPeriodsLeft()).isEqualTo(OptionalLong.of(78));
    assertThat(r.plan().days()).isEqualTo(305);
    assertThat(r.violations())
        .extracting(
            Violation::actId,
            Violation::kind,
            v -> v.personId().orElse(null),
            v -> v.period().get())
        .containsExactly(
            tuple("d-0036", ViolationKind.OVER_QUOTA, "p-0005", "2020-W53"),
            tuple("d-0192", ViolationKind.OVER_QUOTA, "p-0007", "2021-W07"),
            tuple("d-0275", ViolationKind.ANONYMOUS, null, "2021-W10"),
            tuple("d-0332", ViolationKind.WRONG_ANTENNA, "p-0237", "2021-W12"),
            tuple("d-0377", ViolationKind.NOT_ELIGIBLE, "p-0020", "2021-W14"),
            tuple("d-0392", ViolationKind.NOT_ELIGIBLE, "p-0020", "2021-W14"),
            tuple("d-0392", ViolationKind.OVER_QUOTA, "p-0020", "2021-W14"),
            tuple("d-0573", ViolationKind.OVER_QUOTA, "p-0001", "2021-W20"),
            tuple("d-0705", ViolationKind.ANONYMOUS, null, "2021-W25"),
            tuple("d-0802", ViolationKind.NOT_ELIGIBLE, "p-0132", "2021-W28"),
            tuple("d-0965", ViolationKind.WRONG_ANTENNA, "p-0237", "2021-W33"),
            tuple("d-1047", ViolationKind.ANONYMOUS, null, "2021-W36"),
            tuple("d-1120", ViolationKind.WRONG_ANTENNA, "p-0285", "2021-W38"),
            tuple("d-1120", ViolationKind.OVER_QUOTA, "p-0285", "2021-W38"));
    assertThat(r.violations().get(7).excessUnits()).hasValue(2);
    assertThat(r.violations().get(1).excessUnits()).hasValue(1);
  }

  @Test
  void asOfYearEndTheBudgetIsExceeded() {
    RuleResult r =
        RulesCheck.of(dataset, RuleSet.of(TICKETS_S), LocalDate.of(2021, 12, 31)).rules().get(0);
    assertThat(r.spentCents()).isEqualTo(2_009_000);
    assertThat(r.leftCents()).isEqualTo(OptionalLong.of(0));
    assertThat(r.units()).isEqualTo(2009);
    assertThat(r.persons()).isEqualTo(61);
    assertThat(r.violations()).hasSize(21);
    assertThat(r.violations().subList(14, 21))
        .extracting(
            Violation::actId,
            Violation::kind,
            v ->
                v.excessUnits().isPresent()
                    ? (long) v.excessUnits().getAsInt()
                    : v.excessCents().getAsLong(),
            v -> v.period().get())
        .containsExactly(
            tuple("d-1395", ViolationKind.OVER_BUDGET, 1000L, "2021-W47"),
            tuple("d-1396", ViolationKind.OVER_BUDGET, 2000L, "2021-W48"),
            tuple("d-1397", ViolationKind.OVER_BUDGET, 1000L, "2021-W49"),
            tuple("d-1398", ViolationKind.OVER_BUDGET, 2000L, "2021-W49"),
            tuple("d-1399", ViolationKind.OVER_BUDGET, 2000L, "2021-W52"),
            tuple("d-1400", ViolationKind.OVER_QUOTA, 1L, "2021-W52"),
            tuple("d-1400", ViolationKind.OVER_BUDGET, 1000L, "2021-W52"));
    assertThat(r.plan().runsOutOn()).contains(LocalDate.of(2021, 12, 31));
    assertThat(r.plan().lasts()).isFalse();
    assertThat(r.plan().personPeriodsLeft()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void asOfIsCappedAtValidTo() {
    RulesCheck late = RulesCheck.of(dataset, RuleSet.of(TICKETS_S), LocalDate.of(2022, 6, 1));
    RulesCheck end = RulesCheck.of(dataset, RuleSet.of(TICKETS_S), LocalDate.of(2021, 12, 31));
    assertThat(late.asOf()).isEqualTo(LocalDate.of(2022, 6, 1));
    assertThat(late.rules()).isEqualTo(end.rules());
  }

  @Test
  void beforeValidFromNothingApplies() {
    RuleResult r =
        RulesCheck.of(dataset, RuleSet.of(TICKETS_S), LocalDate.of(2020, 12, 31)).rules().get(0);
    assertThat(r.spentCents()).isZero();
    assertThat(r.units()).isZero();
    assertThat(r.persons()).isZero();
    assertThat(r.violations()).isEmpty();
    assertThat(r.plan().asOf()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(r.plan().runsOutOn()).isEmpty();
    assertThat(r.plan().lasts()).isTrue();
    assertThat(r.plan().days()).isZero();
    assertThat(r.plan().personPeriodsLeft()).isEqualTo(OptionalLong.of(1000));
  }

  @Test
  void theDeskAnswersAtTheEndOfTheLedgerLikeTheCheck() {
    DistributionDesk desk =
        DistributionDesk.open(dataset, RuleSet.of(TICKETS_S), LocalDate.of(2021, 11, 1));
    assertThat(desk.spentCents("tickets-s-2021")).isEqualTo(1_843_000);
    assertThat(desk.leftCents("tickets-s-2021")).isEqualTo(OptionalLong.of(157_000));
    // p-0237 is served at la-louviere: wrong antenna; an anonymous hand-out is ANONYMOUS
    HandoutAnswer wrong =
        desk.check(Handout.of("p-0237", "TICKET_S", 1, "la-louviere", LocalDate.of(2021, 11, 2)));
    assertThat(wrong.breaches())
        .extracting(Breach::kind)
        .containsExactly(ViolationKind.WRONG_ANTENNA);
    HandoutAnswer anon =
        desk.check(Handout.anonymous("TICKET_S", 1, "charleroi", LocalDate.of(2021, 11, 2)));
    assertThat(anon.breaches())
        .extracting(Breach::kind, Breach::period)
        .containsExactly(tuple(ViolationKind.ANONYMOUS, Optional.of("2021-W44")));
    // another item is not rationed
    assertThat(
            desk.check(Handout.anonymous("CONDOM", 10, "genappe", LocalDate.of(2021, 11, 2)))
                .isAllowed())
        .isTrue();
  }
}
