package be.terrain.core.rules;

import static be.terrain.testing.Gens.each;
import static be.terrain.testing.Gens.optional;
import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.subsets;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import be.terrain.core.Antenna;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.Organisation;
import be.terrain.core.Person;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Small random ledgers for property tests, and a naive rules check written straight from the
 * specification (sorting with a comparator, maps of strings) to compare the engine against.
 */
final class Ledgers {
  private Ledgers() {}

  static final LocalDate BASE = LocalDate.of(2020, 12, 20);
  static final List<String> ANTENNAS = List.of("a0", "a1", "a2");
  static final List<String> ROLES = List.of("SEX_WORKER", "ENTOURAGE");
  static final List<String> ITEMS = List.of("TICKET_S", "CONDOM");

  /** One distribution act of one item; person -1 is anonymous; ownValue -1 is none. */
  record Row(int actNo, int day, int person, int antenna, String item, int quantity, int ownValue) {
    String actId() {
      return "d-" + actNo;
    }

    LocalDate date() {
      return BASE.plusDays(day);
    }

    Row withActNo(int n) {
      return new Row(n, day, person, antenna, item, quantity, ownValue);
    }

    Row withDay(int d) {
      return new Row(actNo, d, person, antenna, item, quantity, ownValue);
    }

    Handout handout() {
      Handout h =
          person < 0
              ? Handout.anonymous(item, quantity, ANTENNAS.get(antenna), date())
              : Handout.of(personId(person), item, quantity, ANTENNAS.get(antenna), date());
      return ownValue >= 0 ? h.withUnitValueCents(ownValue) : h;
    }
  }

  record Scenario(List<String> roles, List<Row> rows, RuleSet rules) {
    Dataset dataset() {
      return Ledgers.dataset(roles, rows);
    }

    Scenario withRows(List<Row> newRows) {
      return new Scenario(roles, newRows, rules);
    }
  }

  static String personId(int p) {
    return "p-" + p;
  }

  static Dataset dataset(List<String> roles, List<Row> rows) {
    DatasetBuilder b = Dataset.builder().organisation(new Organisation("org", "Org"));
    for (String a : ANTENNAS) {
      b.add(new Antenna(a, "Antenna " + a, "BE-WHT", "ANTENNA"));
    }
    for (int p = 0; p < roles.size(); p++) {
      b.add(Person.of(personId(p), roles.get(p)));
    }
    for (Row r : rows) {
      b.add(
          new DistributionAct(
              r.actId(),
              r.date(),
              ANTENNAS.get(r.antenna()),
              r.person() < 0 ? Optional.empty() : Optional.of(personId(r.person())),
              List.of(
                  new DistributionItem(
                      r.item(),
                      r.quantity(),
                      r.ownValue() < 0 ? OptionalInt.empty() : OptionalInt.of(r.ownValue())))));
    }
    return b.build();
  }

  // --- generators

  static Gen<Row> rows(int persons) {
    Gen<Integer> actNo = integers().between(0, 5000);
    Gen<Integer> day = integers().between(0, 60);
    Gen<Integer> person = integers().between(-1, persons - 1);
    Gen<Integer> antenna = integers().between(0, ANTENNAS.size() - 1);
    Gen<String> item = pick(ITEMS.toArray(new String[0]));
    Gen<Integer> quantity = integers().between(1, 4);
    Gen<Integer> own = weighted(w(6, pick(-1)), w(1, pick(0)), w(2, integers().between(1, 1500)));
    return in ->
        new Row(
            actNo.generate(in),
            day.generate(in),
            person.generate(in),
            antenna.generate(in),
            item.generate(in),
            quantity.generate(in),
            own.generate(in));
  }

  static Gen<DistributionRule> rules(String id) {
    Gen<String> item = weighted(w(4, pick("TICKET_S")), w(1, pick("CONDOM")));
    Gen<Optional<Integer>> value =
        weighted(
            w(1, pick(Optional.<Integer>empty())),
            w(1, pick(Optional.of(0))),
            w(4, integers().between(1, 1500).map(Optional::of)));
    Gen<Optional<Quota>> quota =
        optional(integers().between(1, 4).zip(pick(QuotaPeriod.values()), Quota::new), 30);
    Gen<Optional<Long>> budget = optional(longs().between(0, 40_000), 40);
    Gen<Integer> from = integers().between(0, 30);
    Gen<Integer> length = integers().between(0, 45);
    Gen<Optional<Set<String>>> roles = optional(subsets(ROLES), 50);
    Gen<Optional<Set<String>>> antennas = optional(subsets(ANTENNAS), 50);
    return in -> {
      String it = item.generate(in);
      Optional<Integer> v = value.generate(in);
      Optional<Quota> q = quota.generate(in);
      Optional<Long> bu = budget.generate(in);
      int f = from.generate(in);
      int len = length.generate(in);
      Optional<Set<String>> ro = roles.generate(in);
      Optional<Set<String>> an = antennas.generate(in);
      DistributionRule.Builder b =
          DistributionRule.builder(id, it, BASE.plusDays(f), BASE.plusDays(f + len));
      v.ifPresent(b::unitValueCents);
      q.ifPresent(b::quota);
      if (v.isPresent()) {
        bu.ifPresent(b::budgetCents);
      }
      ro.ifPresent(b::eligibleRoles);
      an.ifPresent(b::antennas);
      return b.build();
    };
  }

  /** The rows with distinct act numbers: a number already taken moves up to the next free one. */
  static List<Row> distinctActs(List<Row> rows) {
    Set<Integer> taken = new HashSet<>();
    List<Row> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      int n = r.actNo();
      while (!taken.add(n)) {
        n++;
      }
      out.add(r.withActNo(n));
    }
    return out;
  }

  static Gen<Scenario> scenarios() {
    Gen<List<String>> roles = lists().of(pick(ROLES.toArray(new String[0]))).ofSizeBetween(1, 6);
    Gen<RuleSet> ruleSets =
        integers()
            .between(1, 3)
            .flatMap(
                n -> {
                  List<Gen<DistributionRule>> rs = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    rs.add(rules("rule-" + i));
                  }
                  return each(rs).map(l -> RuleSet.of(l));
                });
    return roles.flatMap(
        rl ->
            lists()
                .of(rows(rl.size()))
                .ofSizeBetween(0, 40)
                .map(Ledgers::distinctActs)
                .zip(ruleSets, (rows, rules) -> new Scenario(rl, rows, rules)));
  }

  // --- the naive check

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The rows in check order: date, act id by code point, order in the file. */
  static List<Row> checkOrder(List<Row> rows) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      idx.add(i);
    }
    idx.sort(
        Comparator.<Integer>comparingInt(i -> rows.get(i).day())
            .thenComparing((x, y) -> compareCodePoints(rows.get(x).actId(), rows.get(y).actId()))
            .thenComparingInt(i -> i));
    return idx.stream().map(rows::get).toList();
  }

  static long charge(DistributionRule rule, Row row) {
    long v = row.ownValue() >= 0 ? row.ownValue() : rule.unitValueCents().orElse(0);
    return row.quantity() * v;
  }

  static RulesCheck naive(Scenario s, LocalDate asOf) {
    List<RuleResult> out = new ArrayList<>();
    for (DistributionRule rule : s.rules().rules()) {
      LocalDate end = asOf.isAfter(rule.validTo()) ? rule.validTo() : asOf;
      long spent = 0;
      long units = 0;
      Set<Integer> persons = new HashSet<>();
      Map<String, Long> periodTotals = new HashMap<>();
      List<Violation> vs = new ArrayList<>();
      for (Row row : checkOrder(s.rows())) {
        LocalDate d = row.date();
        if (!row.item().equals(rule.item()) || d.isBefore(rule.validFrom()) || d.isAfter(end)) {
          continue;
        }
        long charged = charge(rule, row);
        spent += charged;
        units += row.quantity();
        Optional<String> period = rule.quota().map(q -> q.per().label(d));
        Optional<String> pid =
            row.person() < 0 ? Optional.empty() : Optional.of(personId(row.person()));
        List<ViolationKind> kinds = new ArrayList<>();
        long overQuota = 0;
        if (row.person() < 0) {
          kinds.add(ViolationKind.ANONYMOUS);
        } else {
          persons.add(row.person());
          if (rule.eligibleRoles().isPresent()
              && !rule.eligibleRoles().get().contains(s.roles().get(row.person()))) {
            kinds.add(ViolationKind.NOT_ELIGIBLE);
          }
        }
        if (rule.antennas().isPresent()
            && !rule.antennas().get().contains(ANTENNAS.get(row.antenna()))) {
          kinds.add(ViolationKind.WRONG_ANTENNA);
        }
        if (row.person() >= 0 && rule.quota().isPresent()) {
          long total =
              periodTotals.merge(
                  row.person() + "@" + period.get(), (long) row.quantity(), Long::sum);
          if (total > rule.quota().get().units()) {
            overQuota = Math.min(row.quantity(), total - rule.quota().get().units());
            kinds.add(ViolationKind.OVER_QUOTA);
          }
        }
        long overBudget = 0;
        if (rule.budgetCents().isPresent()
            && charged > 0
            && spent > rule.budgetCents().getAsLong()) {
          overBudget = Math.min(charged, spent - rule.budgetCents().getAsLong());
          kinds.add(ViolationKind.OVER_BUDGET);
        }
        for (ViolationKind k : kinds) {
          vs.add(
              new Violation(
                  k,
                  row.actId(),
                  row.item(),
                  pid,
                  d,
                  period,
                  k == ViolationKind.OVER_QUOTA
                      ? OptionalInt.of((int) overQuota)
                      : OptionalInt.empty(),
                  k == ViolationKind.OVER_BUDGET
                      ? OptionalLong.of(overBudget)
                      : OptionalLong.empty()));
        }
      }
      out.add(
          new RuleResult(
              rule.id(),
              spent,
              rule.budgetCents().isPresent()
                  ? OptionalLong.of(Math.max(0, rule.budgetCents().getAsLong() - spent))
                  : OptionalLong.empty(),
              units,
              persons.size(),
              vs,
              naivePlan(rule, end, spent)));
    }
    return new RulesCheck(asOf, out);
  }

  static Plan naivePlan(DistributionRule rule, LocalDate asOf, long spent) {
    long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(rule.validFrom(), asOf) + 1);
    if (rule.budgetCents().isEmpty()) {
      return new Plan(asOf, Optional.empty(), true, OptionalLong.empty(), days);
    }
    long left = Math.max(0, rule.budgetCents().getAsLong() - spent);
    OptionalLong ppl =
        rule.quota().isPresent() && rule.unitValueCents().orElse(0) > 0
            ? OptionalLong.of(
                left / (rule.quota().get().units() * (long) rule.unitValueCents().getAsInt()))
            : OptionalLong.empty();
    if (spent == 0) {
      return new Plan(asOf, Optional.empty(), true, ppl, days);
    }
    BigInteger[] qr =
        BigInteger.valueOf(left)
            .multiply(BigInteger.valueOf(days))
            .divideAndRemainder(BigInteger.valueOf(spent));
    long more = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    LocalDate runsOut = asOf.plusDays(more);
    if (runsOut.isAfter(rule.validTo())) {
      return new Plan(asOf, Optional.empty(), true, ppl, days);
    }
    return new Plan(asOf, Optional.of(runsOut), false, ppl, days);
  }
}
