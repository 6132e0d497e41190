package be.terrain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.rules.Breach;
import be.terrain.core.rules.DistributionDesk;
import be.terrain.core.rules.Handout;
import be.terrain.core.rules.HandoutAnswer;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.Violation;
import be.terrain.core.rules.ViolationKind;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's ledger at a small size with the same rows per person (50 a year): it validates
 * and looks like a busy organisation's, most hand-outs within the rules and some not.
 */
class RulesLedgerTest {
  private static final int ROWS = 200_000;
  private static RulesLedger ledger;
  private static Dataset dataset;
  private static RulesCheck check;

  @BeforeAll
  static void build() {
    ledger = new RulesLedger(ROWS, 4_000, 7);
    dataset = ledger.dataset();
    check = RulesCheck.of(dataset, ledger.rules(), RulesLedger.LAST_DAY);
  }

  @Test
  void theLedgerHasExactlyTheRowsAskedForAndValidates() {
    assertThat(dataset.distributions().size()).isEqualTo(ROWS);
    assertThat(dataset.persons().size()).isEqualTo(4_000);
    assertThat(ledger.acts()).isBetween(ROWS / 2, ROWS - 1);
    assertThat(dataset.validateWithoutPlugins(RulesLedger.LAST_DAY.plusDays(1)).problems())
        .isEmpty();
    assertThat(ledger.rules().validate(dataset)).isEmpty();
  }

  @Test
  void everyRuleHasSomeViolationsOfEveryKindItCanHaveButFew() {
    assertThat(check.rules())
        .extracting(RuleResult::id)
        .containsExactly("tickets-s-2021", "condoms-2021", "hygiene-2021");
    assertKinds(
        check.result("tickets-s-2021").orElseThrow(),
        EnumSet.of(
            ViolationKind.NOT_ELIGIBLE,
            ViolationKind.WRONG_ANTENNA,
            ViolationKind.OVER_QUOTA,
            ViolationKind.OVER_BUDGET));
    assertKinds(
        check.result("condoms-2021").orElseThrow(),
        EnumSet.of(ViolationKind.ANONYMOUS, ViolationKind.OVER_QUOTA));
    assertKinds(
        check.result("hygiene-2021").orElseThrow(),
        EnumSet.of(
            ViolationKind.NOT_ELIGIBLE, ViolationKind.WRONG_ANTENNA, ViolationKind.OVER_QUOTA));
  }

  @Test
  void theVoucherBudgetRunsOutInDecember() {
    RuleResult tickets = check.result("tickets-s-2021").orElseThrow();
    assertThat(tickets.leftCents().orElseThrow()).isZero();
    Violation firstOver =
        tickets.violations().stream()
            .filter(v -> v.kind() == ViolationKind.OVER_BUDGET)
            .findFirst()
            .orElseThrow();
    assertThat(firstOver.date().getMonth()).isEqualTo(Month.DECEMBER);
  }

  @Test
  void mostQuestionsAreAllowedSaveVouchersOnceTheBudgetIsSpent() {
    DistributionDesk desk = DistributionDesk.open(dataset, ledger.rules(), RulesLedger.LAST_DAY);
    Handout[] questions = ledger.questions(10_000, 8);
    int refused = 0;
    int refusedOtherThanBudget = 0;
    for (Handout h : questions) {
      HandoutAnswer a = desk.check(h);
      if (!a.isAllowed()) {
        refused++;
        if (a.breaches().stream().anyMatch(b -> b.kind() != ViolationKind.OVER_BUDGET)) {
          refusedOtherThanBudget++;
        }
      }
      assertThat(a.breaches().stream().map(Breach::ruleId).allMatch(id -> id.contains("2021")))
          .isTrue();
    }
    // vouchers are refused once the budget is spent (a fifth of the questions); else 5% to 25%
    assertThat(refused).isBetween(2_000, 5_000);
    assertThat(refusedOtherThanBudget).isBetween(500, 2_500);
    assertThat(ledger.questions(10_000, 8)).containsExactly(questions);
  }

  @Test
  void theSameSizeAndSeedGiveTheSameLedger() {
    RulesLedger again = new RulesLedger(ROWS, 4_000, 7);
    assertThat(again.rules()).isEqualTo(ledger.rules());
    assertThat(RulesCheck.of(again.dataset(), again.rules(), RulesLedger.LAST_DAY))
        .isEqualTo(check);
  }

  private static void assertKinds(RuleResult r, Set<ViolationKind> expected) {
    EnumSet<ViolationKind> kinds = EnumSet.noneOf(ViolationKind.class);
    r.violations().forEach(v -> kinds.add(v.kind()));
    assertThat(kinds).as(r.id()).isEqualTo(expected);
    String item = r.violations().get(0).item();
    int itemIndex = dataset.codes().list("item").indexOf(item);
    int rows = 0;
    for (int i = 0; i < dataset.distributions().size(); i++) {
      if (dataset.distributions().item(i) == itemIndex) {
        rows++;
      }
    }
    // some violations, but far fewer than the rows checked
    assertThat(r.violations().size()).as(r.id()).isBetween(rows / 50, rows / 6);
  }
}
