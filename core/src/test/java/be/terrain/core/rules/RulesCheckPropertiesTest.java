package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.rules.Ledgers.Row;
import be.terrain.core.rules.Ledgers.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RulesCheckPropertiesTest {
  static final LocalDate FAR = LocalDate.of(2030, 1, 1);

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Ledgers.scenarios();
  }

  @Property(tries = 300)
  void theCheckAgreesWithTheNaiveReading(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = -5, max = 80) int asOfDay) {
    LocalDate asOf = Ledgers.BASE.plusDays(asOfDay);
    assertThat(RulesCheck.of(s.dataset(), s.rules(), asOf)).isEqualTo(Ledgers.naive(s, asOf));
  }

  @Property(tries = 300)
  void theDeskAgreesWithAFullRecheckOfTheLedger(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 0, max = 40) int split) {
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

  @Property(tries = 300)
  void excessesNeverExceedWhatWasHandedOutOrSpent(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 0, max = 80) int asOfDay) {
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

  @Property(tries = 300)
  void spentIsTheSumOfTheChargedValues(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 0, max = 80) int asOfDay) {
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

  @Property(tries = 300)
  void aLedgerThatRespectsEveryRuleHasNoViolation(@ForAll("scenarios") Scenario s) {
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

  @Property(tries = 300)
  void reorderingRowsOfDifferentDaysChangesNothing(
      @ForAll("scenarios") Scenario s,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 80) int asOfDay) {
    List<Integer> days = new ArrayList<>();
    for (int d = 0; d <= 60; d++) {
      days.add(d);
    }
    Collections.shuffle(days, new Random(seed));
    List<Row> reordered = new ArrayList<>(s.rows());
    // a stable sort: rows of one day keep their order, days come in a random order
    reordered.sort(Comparator.comparingInt(r -> days.indexOf(r.day())));
    LocalDate asOf = Ledgers.BASE.plusDays(asOfDay);
    assertThat(RulesCheck.of(Ledgers.dataset(s.roles(), reordered), s.rules(), asOf))
        .isEqualTo(RulesCheck.of(s.dataset(), s.rules(), asOf));
  }
}
