package be.terrain.core.rules.internal;

import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.PersonTable;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.ViolationKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * The rules check: the ledger rows sorted once (date, act id, order read) with a primitive sort on
 * packed keys, then one pass per rule with per-person counters in arrays. Because rows come in date
 * order, each person's quota periods come in order too, so one counter per person (the units of her
 * current period) is enough: no map.
 */
public final class CheckEngine {
  /** Above this many sorted rows, rules are checked in parallel and the sort is parallel. */
  static final int PARALLEL_ROWS = 1 << 16;

  private CheckEngine() {}

  /** The rows that may apply, in check order, with their days. */
  record Ledger(int[] rows, int[] days) {}

  /** Checks every rule; results in the order of the rule set. */
  public static List<RuleResult> check(Dataset dataset, RuleSet rules, LocalDate asOf) {
    int n = rules.size();
    CompiledRule[] compiled = new CompiledRule[n];
    LocalDate[] capped = new LocalDate[n];
    int[] ends = new int[n];
    boolean[] items = new boolean[256];
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      DistributionRule r = rules.rules().get(i);
      compiled[i] = CompiledRule.of(r, dataset);
      capped[i] = asOf.isAfter(r.validTo()) ? r.validTo() : asOf;
      ends[i] = CompiledRule.clamp(capped[i]);
      CompiledRule c = compiled[i];
      if (c.item >= 0 && c.from <= ends[i]) {
        items[c.item] = true;
        minDay = Math.min(minDay, c.from);
        maxDay = Math.max(maxDay, ends[i]);
      }
    }
    DistributionTable table = dataset.distributions();
    Ledger ledger =
        minDay <= maxDay ? sort(table, items, minDay, maxDay) : new Ledger(new int[0], new int[0]);
    IntStream indexes = IntStream.range(0, n);
    if (ledger.rows().length >= PARALLEL_ROWS && n > 1) {
      indexes = indexes.parallel();
    }
    RuleResult[] out = new RuleResult[n];
    indexes.forEach(i -> out[i] = checkRule(dataset, compiled[i], capped[i], ends[i], ledger));
    return List.of(out);
  }

  /**
   * The readable rows of the given items dated from {@code minDay} to {@code maxDay}, sorted by
   * date, then act id by code point, then row (the order read).
   */
  static Ledger sort(DistributionTable t, boolean[] items, int minDay, int maxDay) {
    int size = t.size();
    long[] keys = new long[size];
    int k = 0;
    for (int r = 0; r < size; r++) {
      int item = t.item(r);
      if (item < 0 || !items[item]) {
        continue;
      }
      int day = t.epochDay(r);
      if (day < minDay || day > maxDay || t.act(r) < 0 || t.quantity(r) < 0) {
        continue;
      }
      keys[k++] = ((long) day - minDay) << 32 | r;
    }
    if (k >= PARALLEL_ROWS) {
      Arrays.parallelSort(keys, 0, k);
    } else {
      Arrays.sort(keys, 0, k);
    }
    int[] rows = new int[k];
    int[] days = new int[k];
    for (int i = 0; i < k; i++) {
      rows[i] = (int) keys[i];
      days[i] = (int) (minDay + (keys[i] >>> 32));
    }
    // Within a day, rows must follow their act ids. Files usually list acts in id order already:
    // check that cheaply and sort only the days that need it.
    int start = 0;
    while (start < k) {
      int end = start + 1;
      while (end < k && days[end] == days[start]) {
        end++;
      }
      if (end - start > 1 && !actsInOrder(t, rows, start, end)) {
        sortByAct(t, rows, start, end);
      }
      start = end;
    }
    return new Ledger(rows, days);
  }

  private static boolean actsInOrder(DistributionTable t, int[] rows, int from, int to) {
    int prev = t.act(rows[from]);
    for (int i = from + 1; i < to; i++) {
      int a = t.act(rows[i]);
      if (a != prev) {
        if (t.compareActIds(prev, a) > 0) {
          return false;
        }
        prev = a;
      }
    }
    return true;
  }

  /** Sorts rows[from, to) (already in row order) by act id, then row. */
  private static void sortByAct(DistributionTable t, int[] rows, int from, int to) {
    int len = to - from;
    int[] acts = new int[len];
    for (int i = 0; i < len; i++) {
      acts[i] = t.act(rows[from + i]);
    }
    int[] distinct = Arrays.stream(acts).sorted().distinct().toArray();
    Integer[] byId = new Integer[distinct.length];
    for (int i = 0; i < distinct.length; i++) {
      byId[i] = distinct[i];
    }
    Arrays.sort(byId, t::compareActIds);
    int[] rank = new int[distinct.length];
    for (int i = 0; i < byId.length; i++) {
      rank[Arrays.binarySearch(distinct, byId[i])] = i;
    }
    long[] keys = new long[len];
    for (int i = 0; i < len; i++) {
      keys[i] = (long) rank[Arrays.binarySearch(distinct, acts[i])] << 32 | rows[from + i];
    }
    Arrays.sort(keys);
    for (int i = 0; i < len; i++) {
      rows[from + i] = (int) keys[i];
    }
  }

  private static RuleResult checkRule(
      Dataset dataset, CompiledRule rule, LocalDate asOf, int end, Ledger ledger) {
    DistributionTable t = dataset.distributions();
    PersonTable persons = dataset.persons();
    int np = persons.size();
    long spent = 0;
    long units = 0;
    int personCount = 0;
    ViolationList violations = new ViolationList(t, persons, rule.rule.item(), rule.per);
    if (rule.item >= 0 && rule.from <= end) {
      int[] rows = ledger.rows();
      int[] days = ledger.days();
      long[] seen = new long[(np + 63) >>> 6];
      boolean quota = rule.quotaUnits > 0;
      int[] periodOf = quota ? new int[np] : null;
      long[] periodUnits = quota ? new long[np] : null;
      if (quota) {
        Arrays.fill(periodOf, Integer.MIN_VALUE);
      }
      int keyDay = Integer.MIN_VALUE;
      int key = 0;
      for (int i = firstAtOrAfter(days, rule.from); i < rows.length && days[i] <= end; i++) {
        int r = rows[i];
        if (t.item(r) != rule.item) {
          continue;
        }
        int day = days[i];
        int q = t.quantity(r);
        int p = t.person(r);
        if (p >= np) {
          p = -1;
        }
        long charged = rule.charge(q, t.unitValueCents(r));
        units += q;
        spent += charged;
        boolean anonymous = p < 0;
        if (!anonymous) {
          long bit = 1L << p;
          if ((seen[p >>> 6] & bit) == 0) {
            seen[p >>> 6] |= bit;
            personCount++;
          }
        }
        boolean notEligible = !anonymous && !rule.eligible(persons.role(p));
        boolean wrongAntenna = !rule.antennaAllowed(t.antenna(r));
        long overQuota = 0;
        if (quota && !anonymous) {
          if (day != keyDay) {
            keyDay = day;
            key = rule.per.key(day);
          }
          if (periodOf[p] != key) {
            periodOf[p] = key;
            periodUnits[p] = 0;
          }
          long total = periodUnits[p] += q;
          if (total > rule.quotaUnits) {
            overQuota = Math.min(q, total - rule.quotaUnits);
          }
        }
        long overBudget = 0;
        if (rule.budget >= 0 && charged > 0 && spent > rule.budget) {
          overBudget = Math.min(charged, spent - rule.budget);
        }
        if (anonymous) {
          violations.add(r, day, ViolationKind.ANONYMOUS, 0);
        }
        if (notEligible) {
          violations.add(r, day, ViolationKind.NOT_ELIGIBLE, 0);
        }
        if (wrongAntenna) {
          violations.add(r, day, ViolationKind.WRONG_ANTENNA, 0);
        }
        if (overQuota > 0) {
          violations.add(r, day, ViolationKind.OVER_QUOTA, overQuota);
        }
        if (overBudget > 0) {
          violations.add(r, day, ViolationKind.OVER_BUDGET, overBudget);
        }
      }
    }
    long left = Plans.left(rule, spent);
    return new RuleResult(
        rule.rule.id(),
        spent,
        left < 0 ? OptionalLong.empty() : OptionalLong.of(left),
        units,
        personCount,
        violations,
        Plans.plan(rule, asOf, spent));
  }

  /** The first index whose day is at least {@code day} (days are sorted). */
  static int firstAtOrAfter(int[] days, int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
