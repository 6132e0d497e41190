package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.rules.Ledgers.Row;
import be.terrain.core.rules.Ledgers.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RulesCheckPropertiesTest {
  static final LocalDate FAR = LocalDate.of(2030, 1, 1);

  private static final int TRIES = 300;

  @Test
  void theCheckAgreesWithTheNaiveReading() {
    qt().withExamples(TRIES)
        .forAll(Ledgers.scenarios(), integers().between(-5, 80))
        .checkAssert(RulesCheckPropertiesTest::agreesWithTheNaiveReading);
  }

  private static void agreesWithTheNaiveReading(Scenario s, int asOfDay) {
    LocalDate asOf = Ledgers.BASE.plusDays(asOfDay);
    assertThat(RulesCheck.of(s.dataset(), s.rules(), asOf)).isEqualTo(Ledgers.naive(s, asOf));
  }

  @Test
  void theDeskAgreesWithAFullRecheckOfTheLedger() {
    qt().withExamples(TRIES)
        .forAll(Ledgers.scenarios(), integers().between(0, 40))
        .checkAssert(RulesCheckPropertiesTest::deskAgreesWithAFullRecheck);
  }

  private static void deskAgreesWithAFullRecheck(Scenario s, int split) {
    List<Row> ordered = Ledgers.checkOrder(s.rows());
    int k = Math.min(split, ordered.size());
    Set<Integer> held = ordered.subList(0, k).stream().map(Row::actNo).collect(Collectors.toSet());
    List<Row> initial = s.rows().stream().filter(r -> held.contains(r.actNo())).toList();
    DistributionDesk desk = DistributionDesk.open(Ledgers.dataset(s.roles(), initial), s.rules());
    RulesCheck full = RulesCheck.of(s.dataset(), s.rules(), FAR);
    for (Row h : ordered.subList(k, ordered.size())) {
      List<Breach> expected = new ArrayList<>();
      for (RuleResult r : full.rules()) {
        r.violations().stream()
            .filter(v -> v.actId().equals(h.actId()))
            .forEach(v -> expected.add(Breach.of(r.id(), v)));
      }
      assertThat(desk.check(h.handout()).breaches()).isEqualTo(expected);
      assertThat(desk.record(h.handout()).breaches()).isEqualTo(expected);
    }
    for (RuleResult r : full.rules()) {
      assertThat(desk.spentCents(r.id())).isEqualTo(r.spentCents());
      assertThat(desk.units(r.id())).isEqualTo(r.units());
      assertThat(desk.leftCents(r.id())).isEqualTo(r.leftCents());
    }
  }

  @Test
  void excessesNeverExceedWhatWasHandedOutOrSpent() {
    qt().withExamples(TRIES)
        .forAll(Ledgers.scenarios(), integers().between(0, 80))
        .checkAssert(RulesCheckPropertiesTest::excessesWithinWhatWasHandedOut);
  }

  private static void excessesWithinWhatWasHandedOut(Scenario s, int asOfDay) {
    Map<String, Row> byAct = new HashMap<>();
    s.rows().forEach(r -> byAct.put(r.actId(), r));
    RulesCheck check = RulesCheck.of(s.dataset(), s.rules(), Ledgers.BASE.plusDays(asOfDay));
    for (int i = 0; i < check.rules().size(); i++) {
      RuleResult r = check.rules().get(i);
      DistributionRule rule = s.rules().rules().get(i);
      long overUnits = 0;
      long overCents = 0;
      for (Violation v : r.violations()) {
        Row row = byAct.get(v.actId());
        if (v.excessUnits().isPresent()) {
          assertThat(v.excessUnits().getAsInt()).isBetween(1, row.quantity());
          overUnits += v.excessUnits().getAsInt();
        }
        if (v.excessCents().isPresent()) {
          assertThat(v.excessCents().getAsLong()).isBetween(1L, Ledgers.charge(rule, row));
          overCents += v.excessCents().getAsLong();
        }
      }
      assertThat(overUnits).isLessThanOrEqualTo(r.units());
      assertThat(overCents).isLessThanOrEqualTo(r.spentCents());
      r.leftCents().ifPresent(left -> assertThat(left).isNotNegative());
      assertThat(r.plan().lasts()).isEqualTo(r.plan().runsOutOn().isEmpty());
    }
  }

  @Test
  void spentIsTheSumOfTheChargedValues() {
    qt().withExamples(TRIES)
        .forAll(Ledgers.scenarios(), integers().between(0, 80))
        .checkAssert(RulesCheckPropertiesTest::spentIsTheSum);
  }

  private static void spentIsTheSum(Scenario s, int asOfDay) {
    LocalDate asOf = Ledgers.BASE.plusDays(asOfDay);
    RulesCheck check = RulesCheck.of(s.dataset(), s.rules(), asOf);
    for (int i = 0; i < check.rules().size(); i++) {
      DistributionRule rule = s.rules().rules().get(i);
      long sum = 0;
      long units = 0;
      for (Row row : s.rows()) {
        if (row.item().equals(rule.item())
            && rule.isValidOn(row.date())
            && !row.date().isAfter(asOf)) {
          sum += Ledgers.charge(rule, row);
          units += row.quantity();
        }
      }
      assertThat(check.rules().get(i).spentCents()).isEqualTo(sum);
      assertThat(check.rules().get(i).units()).isEqualTo(units);
    }
  }

  @Test
  void aLedgerThatRespectsEveryRuleHasNoViolation() {
    qt().withExamples(TRIES)
        .forAll(Ledgers.scenarios())
        .checkAssert(RulesCheckPropertiesTest::respectedRulesHaveNoViolation);
  }

  private static void respectedRulesHaveNoViolation(Scenario s) {
    List<Row> identified = s.rows().stream().filter(r -> r.person() >= 0).toList();
    List<DistributionRule> respected = new ArrayList<>();
    for (DistributionRule rule : s.rules().rules()) {
      DistributionRule.Builder b =
          DistributionRule.builder(rule.id(), rule.item(), rule.validFrom(), rule.validTo());
      rule.unitValueCents().ifPresent(b::unitValueCents);
      List<Row> applicable =
          identified.stream()
              .filter(r -> r.item().equals(rule.item()) && rule.isValidOn(r.date()))
              .toList();
      rule.quota()
          .ifPresent(
              q -> {
                Map<String, Integer> totals = new HashMap<>();
                applicable.forEach(
                    r ->
                        totals.merge(
                            r.person() + "@" + q.per().label(r.date()),
                            r.quantity(),
                            Integer::sum));
                b.quota(
                    Math.max(1, totals.values().stream().mapToInt(x -> x).max().orElse(1)),
                    q.per());
              });
      if (rule.budgetCents().isPresent()) {
        b.budgetCents(applicable.stream().mapToLong(r -> Ledgers.charge(rule, r)).sum());
      }
      if (rule.eligibleRoles().isPresent()) {
        Set<String> roles = new HashSet<>();
        applicable.forEach(r -> roles.add(s.roles().get(r.person())));
        b.eligibleRoles(roles);
      }
      if (rule.antennas().isPresent()) {
        Set<String> antennas = new HashSet<>();
        applicable.forEach(r -> antennas.add(Ledgers.ANTENNAS.get(r.antenna())));
        b.antennas(antennas);
      }
      respected.add(b.build());
    }
    RulesCheck check =
        RulesCheck.of(Ledgers.dataset(s.roles(), identified), RuleSet.of(respected), FAR);
    assertThat(check.isClean()).isTrue();
    assertThat(check.rules()).allSatisfy(r -> assertThat(r.violations()).isEmpty());
  }

  /** A random order of the days 0 to 60: a rank for each (ties broken by the day). */
  private static Gen<List<Integer>> dayRanks() {
    return lists().of(integers().between(0, 1000)).ofSize(61);
  }

  @Test
  void reorderingRowsOfDifferentDaysChangesNothing() {
    qt().withExamples(TRIES)
        .forAll(Ledgers.scenarios(), dayRanks(), integers().between(0, 80))
        .checkAssert(RulesCheckPropertiesTest::reorderingDaysChangesNothing);
  }

  private static void reorderingDaysChangesNothing(Scenario s, List<Integer> ranks, int asOfDay) {
    List<Row> reordered = new ArrayList<>(s.rows());
    // a stable sort: rows of one day keep their order, days come in a random order
    reordered.sort(
        Comparator.<Row>comparingInt(r -> ranks.get(r.day())).thenComparingInt(Row::day));
    LocalDate asOf = Ledgers.BASE.plusDays(asOfDay);
    assertThat(RulesCheck.of(Ledgers.dataset(s.roles(), reordered), s.rules(), asOf))
        .isEqualTo(RulesCheck.of(s.dataset(), s.rules(), asOf));
  }
}
