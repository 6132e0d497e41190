package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeList;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.PersonTable;
import be.terrain.core.rules.internal.CompiledRule;
import be.terrain.core.rules.internal.LongLongMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Answers at the moment of handing out: "may this person receive these units of this item at this
 * antenna today?" — yes, or every rule the hand-out would break and by how much. The desk is built
 * once from a dataset's ledger and rules, then keeps its state up to date as hand-outs are {@link
 * #record recorded}, so a question costs a few array and hash lookups (well under 5 µs), never a
 * rescan of the ledger.
 *
 * <h2>What a question means</h2>
 *
 * <p>The desk holds, for each rule, the units each person received in each quota period and the
 * value charged so far, over the rule's applicable rows (its item, dated within its validity; with
 * {@code asOf}, only rows dated up to it). A question is answered <em>as if the hand-out were
 * appended to the ledger</em>, after every row the desk holds: its own date decides whether a rule
 * applies and which quota period it counts in; the quota counts every unit the person already
 * received in that period, and the budget everything charged so far. The kinds and excesses are
 * those of {@link RulesCheck}: ANONYMOUS, NOT_ELIGIBLE, WRONG_ANTENNA, OVER_QUOTA (units over:
 * min(units, period total − quota)), OVER_BUDGET (cents over: min(value, charged − budget); never
 * for a hand-out charged nothing).
 *
 * <p>For a hand-out dated on or after every row held (and, on the latest day, with an act id after
 * that day's), the answer is exactly the violations a full {@link RulesCheck} of the ledger with
 * that row added reports for the row. A hand-out dated earlier is still checked against everything
 * handed out so far — the period's units include rows dated later in the same period, and the
 * budget includes rows dated later — whereas a full check would place the row at its date and might
 * report the later rows instead. That is the useful answer at a desk ("would this be one too
 * many?"), and it is what {@link #record} adds to the state.
 *
 * <p>Not thread-safe: use one desk per thread of work, or synchronise on it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DistributionDesk {
  private final PersonTable persons;
  private final CodeList items;
  private final Map<String, Integer> antennaIndex = new HashMap<>();
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final CompiledRule[] rules;
  private final int[][] rulesByItem;
  private final int[] counterOf;
  private final Counter[] counters;
  private final int[][] countersByItem;
  private final long[] spent;
  private final long[] units;

  /** Per-person per-period units, shared by the rules that count the same rows the same way. */
  private static final class Counter {
    final int item;
    final QuotaPeriod per;
    final int from;
    final int to;
    final LongLongMap units = new LongLongMap(1024);

    Counter(int item, QuotaPeriod per, int from, int to) {
      this.item = item;
      this.per = per;
      this.from = from;
      this.to = to;
    }

    boolean sameAs(CompiledRule r) {
      return item == r.item && per == r.per && from == r.from && to == r.to;
    }
  }

  private DistributionDesk(Dataset dataset, RuleSet ruleSet, int asOfDay) {
    this.persons = dataset.persons();
    this.items = dataset.codes().list("item");
    for (int i = 0; i < dataset.antennas().size(); i++) {
      antennaIndex.putIfAbsent(dataset.antennas().get(i).id(), i);
    }
    int n = ruleSet.size();
    rules = new CompiledRule[n];
    counterOf = new int[n];
    spent = new long[n];
    units = new long[n];
    List<Counter> cs = new ArrayList<>();
    List<List<Integer>> byItem = new ArrayList<>();
    List<List<Integer>> countersItem = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      byItem.add(new ArrayList<>());
      countersItem.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      CompiledRule r = CompiledRule.of(ruleSet.rules().get(i), dataset);
      rules[i] = r;
      ruleIndex.put(r.rule.id(), i);
      counterOf[i] = -1;
      if (r.item < 0) {
        continue;
      }
      byItem.get(r.item).add(i);
      if (r.quotaUnits > 0) {
        for (int c = 0; c < cs.size() && counterOf[i] < 0; c++) {
          if (cs.get(c).sameAs(r)) {
            counterOf[i] = c;
          }
        }
        if (counterOf[i] < 0) {
          counterOf[i] = cs.size();
          countersItem.get(r.item).add(cs.size());
          cs.add(new Counter(r.item, r.per, r.from, r.to));
        }
      }
    }
    counters = cs.toArray(new Counter[0]);
    rulesByItem = toArrays(byItem);
    countersByItem = toArrays(countersItem);
    load(dataset.distributions(), asOfDay);
  }

  /**
   * {@return a desk holding every row of the dataset's ledger}
   *
   * @param dataset the dataset whose distribution rows are the ledger
   * @param rules the rules the hand-outs are checked against
   */
  public static DistributionDesk open(Dataset dataset, RuleSet rules) {
    requireNonNull(dataset, "dataset");
    requireNonNull(rules, "rules");
    return new DistributionDesk(dataset, rules, Integer.MAX_VALUE);
  }

  /**
   * {@return a desk holding the rows of the dataset's ledger dated up to {@code asOf}}
   *
   * @param dataset the dataset whose distribution rows are the ledger
   * @param rules the rules the hand-outs are checked against
   * @param asOf the last day of the ledger taken into account
   */
  public static DistributionDesk open(Dataset dataset, RuleSet rules, LocalDate asOf) {
    requireNonNull(dataset, "dataset");
    requireNonNull(rules, "rules");
    return new DistributionDesk(dataset, rules, CompiledRule.clamp(asOf));
  }

  private void load(DistributionTable t, int asOfDay) {
    int np = persons.size();
    int lastDay = Integer.MIN_VALUE;
    int[] keys = new int[counters.length];
    for (int r = 0; r < t.size(); r++) {
      int item = t.item(r);
      if (item < 0 || rulesByItem[item].length == 0) {
        continue;
      }
      int day = t.epochDay(r);
      int q = t.quantity(r);
      if (day < CompiledRule.MIN_DAY || day > asOfDay || q < 0 || t.act(r) < 0) {
        continue;
      }
      int own = t.unitValueCents(r);
      for (int i : rulesByItem[item]) {
        CompiledRule rule = rules[i];
        if (day >= rule.from && day <= rule.to) {
          spent[i] += rule.charge(q, own);
          units[i] += q;
        }
      }
      int p = t.person(r);
      if (p < 0 || p >= np) {
        continue;
      }
      if (day != lastDay) {
        lastDay = day;
        for (int c = 0; c < counters.length; c++) {
          keys[c] = counters[c].per.key(day);
        }
      }
      for (int c : countersByItem[item]) {
        Counter counter = counters[c];
        if (day >= counter.from && day <= counter.to) {
          counter.units.add(pack(p, keys[c]), q);
        }
      }
    }
  }

  /**
   * {@return whether a hand-out would break a rule, without recording it}
   *
   * @param handout the hand-out to check
   * @throws IllegalArgumentException if the dataset has no such person or antenna, or the item list
   *     no such item
   */
  public HandoutAnswer check(Handout handout) {
    return answer(handout, false);
  }

  /**
   * Records a hand-out (it counts in quotas and is charged, whatever it breaks) and returns the
   * answer {@link #check} gave just before.
   *
   * @param handout the hand-out to record
   * @return the answer, as {@link #check} gave it before the hand-out was recorded
   * @throws IllegalArgumentException as {@link #check} does
   */
  public HandoutAnswer record(Handout handout) {
    return answer(handout, true);
  }

  /**
   * {@return the value charged to a rule so far}
   *
   * @param ruleId the rule's id
   * @throws IllegalArgumentException if no rule has that id
   */
  public long spentCents(String ruleId) {
    return spent[rule(ruleId)];
  }

  /**
   * {@return the budget a rule has left (never below 0); empty without a budget}
   *
   * @param ruleId the rule's id
   * @throws IllegalArgumentException if no rule has that id
   */
  public OptionalLong leftCents(String ruleId) {
    int i = rule(ruleId);
    long left = rules[i].budget < 0 ? -1 : Math.max(0, rules[i].budget - spent[i]);
    return left < 0 ? OptionalLong.empty() : OptionalLong.of(left);
  }

  /**
   * {@return the units of a rule's item handed out so far under the rule}
   *
   * @param ruleId the rule's id
   * @throws IllegalArgumentException if no rule has that id
   */
  public long units(String ruleId) {
    return units[rule(ruleId)];
  }

  /**
   * {@return the units a person received under a rule in the quota period holding a date (0 when
   * the rule has no quota or does not apply on that date)}
   *
   * @param ruleId the rule's id
   * @param personId the person's pseudonym
   * @param date a day of the quota period
   * @throws IllegalArgumentException if no rule has that id or no person that id
   */
  public long unitsInPeriod(String ruleId, String personId, LocalDate date) {
    int i = rule(ruleId);
    int p = person(personId);
    int c = counterOf[i];
    int day = CompiledRule.clamp(date);
    if (c < 0 || day < rules[i].from || day > rules[i].to) {
      return 0;
    }
    return counters[c].units.get(pack(p, counters[c].per.key(day)));
  }

  private HandoutAnswer answer(Handout h, boolean record) {
    requireNonNull(h, "handout");
    int item = items.indexOf(h.item());
    checkArgument(item >= 0, "unknown item code '%s': not in the list item", h.item());
    int p = h.personId().isPresent() ? person(h.personId().get()) : -1;
    Integer antenna = antennaIndex.get(h.antennaId());
    checkArgument(antenna != null, "the dataset has no antenna '%s'", h.antennaId());
    int day = CompiledRule.clamp(h.date());
    int q = h.units();
    int own = h.unitValueCents().orElse(-1);
    List<Breach> breaches = null;
    for (int i : rulesByItem[item]) {
      CompiledRule rule = rules[i];
      if (day < rule.from || day > rule.to) {
        continue;
      }
      boolean anonymous = p < 0;
      boolean notEligible = !anonymous && !rule.eligible(persons.role(p));
      boolean wrongAntenna = !rule.antennaAllowed(antenna);
      long overQuota = 0;
      if (!anonymous && counterOf[i] >= 0) {
        Counter c = counters[counterOf[i]];
        long total = c.units.get(pack(p, c.per.key(day))) + q;
        overQuota = total > rule.quotaUnits ? Math.min(q, total - rule.quotaUnits) : 0;
      }
      long charged = rule.charge(q, own);
      long overBudget = 0;
      if (rule.budget >= 0 && charged > 0 && spent[i] + charged > rule.budget) {
        overBudget = Math.min(charged, spent[i] + charged - rule.budget);
      }
      if (anonymous || notEligible || wrongAntenna || overQuota > 0 || overBudget > 0) {
        breaches = breaches == null ? new ArrayList<>(2) : breaches;
        String id = rule.rule.id();
        Optional<String> period =
            rule.per == null ? Optional.empty() : Optional.of(rule.per.label(h.date()));
        OptionalInt noUnits = OptionalInt.empty();
        OptionalLong noCents = OptionalLong.empty();
        if (anonymous) {
          breaches.add(new Breach(id, ViolationKind.ANONYMOUS, period, noUnits, noCents));
        }
        if (notEligible) {
          breaches.add(new Breach(id, ViolationKind.NOT_ELIGIBLE, period, noUnits, noCents));
        }
        if (wrongAntenna) {
          breaches.add(new Breach(id, ViolationKind.WRONG_ANTENNA, period, noUnits, noCents));
        }
        if (overQuota > 0) {
          breaches.add(
              new Breach(
                  id, ViolationKind.OVER_QUOTA, period, OptionalInt.of((int) overQuota), noCents));
        }
        if (overBudget > 0) {
          breaches.add(
              new Breach(
                  id, ViolationKind.OVER_BUDGET, period, noUnits, OptionalLong.of(overBudget)));
        }
      }
    }
    if (record) {
      for (int i : rulesByItem[item]) {
        CompiledRule rule = rules[i];
        if (day >= rule.from && day <= rule.to) {
          spent[i] += rule.charge(q, own);
          units[i] += q;
        }
      }
      if (p >= 0) {
        for (int c : countersByItem[item]) {
          Counter counter = counters[c];
          if (day >= counter.from && day <= counter.to) {
            counter.units.add(pack(p, counter.per.key(day)), q);
          }
        }
      }
    }
    return breaches == null ? HandoutAnswer.allowed() : new HandoutAnswer(breaches);
  }

  private int rule(String ruleId) {
    Integer i = ruleIndex.get(Objects.requireNonNull(ruleId, "ruleId"));
    checkArgument(i != null, "no rule has the id '%s'", ruleId);
    return i;
  }

  private int person(String personId) {
    OptionalInt p = persons.numberOf(requireNonNull(personId, "personId"));
    checkArgument(
        p.isPresent(),
        "the dataset has no person '%s': the desk checks hand-outs to the dataset's persons",
        personId);
    return p.getAsInt();
  }

  private static long pack(int person, int periodKey) {
    return (long) person << 32 | (periodKey & 0xFFFFFFFFL);
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
