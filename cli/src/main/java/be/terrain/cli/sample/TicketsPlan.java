package be.terrain.cli.sample;

import static be.terrain.cli.sample.SampleCalendar.DLAST;
import static be.terrain.cli.sample.SampleCalendar.Y2020;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Tickets S acts of a sample's second year, planned from its persons: week by week, vouchers to
 * sex workers met before the year at the antennas that hand them out, until the budget is spent and
 * a few vouchers beyond, then a handful of hand-outs breaking each rule. The acts are in ledger
 * order (date, then order of act ids); {@link #ledger()} is the rule and what its check must find.
 */
final class TicketsPlan {
  /** The item's code. */
  static final String ITEM = "TICKET_S";

  /** The value of a voucher, in cents. */
  static final int UNIT_VALUE_CENTS = 1000;

  private static final int EXCESS_UNITS = 5;
  private static final double WEEKLY_SHARE = 0.4;

  private final Scale scale;
  private final Persons persons;
  private final SplittableRandom r;
  private int[] day = new int[64];
  private int[] person = new int[64];
  private byte[] antenna = new byte[64];
  private byte[] quantity = new byte[64];
  private int size;
  private final TicketsLedger ledger;

  /** Plans the acts of the scale's budget from the persons, drawing from the random stream. */
  TicketsPlan(Scale scale, Persons persons, SplittableRandom r) {
    this.scale = scale;
    this.persons = persons;
    this.r = r;
    this.ledger = build();
  }

  /** The number of acts (one row each). */
  int size() {
    return size;
  }

  /** The epoch day of an act. */
  int day(int act) {
    return day[act];
  }

  /** The person of an act, or -1 for an anonymous one. */
  int person(int act) {
    return person[act];
  }

  /** The antenna of an act, as an index into {@link DemoOrganisation#ANTENNA_IDS}. */
  int antenna(int act) {
    return antenna[act];
  }

  /** The vouchers of an act. */
  int quantity(int act) {
    return quantity[act];
  }

  /** The ledger: the rule and what a check as of its last day finds. */
  TicketsLedger ledger() {
    return ledger;
  }

  private int add(int d, int p, int a, int q) {
    if (size == day.length) {
      int n = size * 2;
      day = Arrays.copyOf(day, n);
      person = Arrays.copyOf(person, n);
      antenna = Arrays.copyOf(antenna, n);
      quantity = Arrays.copyOf(quantity, n);
    }
    day[size] = d;
    person[size] = p;
    antenna[size] = (byte) a;
    quantity[size] = (byte) q;
    return size++;
  }

  private TicketsLedger build() {
    long budgetUnits = scale.ticketsBudgetCents() / UNIT_VALUE_CENTS;
    int k = (int) Math.max(3, budgetUnits / 2000);
    long regularTarget = budgetUnits + EXCESS_UNITS - 4L * k;

    // Participants: sex workers of the three antennas, met before the year starts.
    int[] candidates = new int[persons.count()];
    int c = 0;
    for (int p = 0; p < persons.count(); p++) {
      if (persons.role(p) == Persons.SEX_WORKER
          && DemoOrganisation.isTicketAntenna(persons.home(p))
          && persons.firstDay(p) <= Y2020) {
        candidates[c++] = p;
      }
    }
    int participants =
        (int) Math.min(c, Math.ceil(regularTarget * 1.06 / (53 * WEEKLY_SHARE * 1.8)));
    for (int i = 0; i < participants; i++) {
      int j = i + r.nextInt(c - i);
      int tmp = candidates[i];
      candidates[i] = candidates[j];
      candidates[j] = tmp;
    }
    Arrays.sort(candidates, 0, participants);

    int[] doubles = planRegular(candidates, participants, regularTarget);
    int regularSize = size;
    Map<String, Integer> violations = planViolations(doubles, k);
    if (regularSize == 0 && size == 0) {
      throw new IllegalStateException("no Tickets S hand-out could be planned");
    }
    sortByDay();
    return summary(violations);
  }

  /**
   * Regular hand-outs, week by week: two vouchers at once, two single ones, or one.
   *
   * @return the acts of two vouchers at once, in the order they were planned
   */
  private int[] planRegular(int[] candidates, int participants, long regularTarget) {
    int[] doubles = new int[16];
    int doubleCount = 0;
    long units = 0;
    int monday = (int) LocalDate.of(2019, 12, 30).toEpochDay();
    for (int w = 0; w < 53 && units < regularTarget; w++) {
      int from = Math.max(Y2020, monday + 7 * w);
      int to = Math.min(DLAST, monday + 7 * w + 6);
      for (int i = 0; i < participants && units < regularTarget; i++) {
        if (r.nextDouble() >= WEEKLY_SHARE) {
          continue;
        }
        int p = candidates[i];
        int a =
            r.nextInt(100) < 95
                ? persons.home(p)
                : DemoOrganisation.ticketAntenna(r.nextInt(DemoOrganisation.ticketAntennaCount()));
        int pattern = r.nextInt(100);
        int d1 = from + r.nextInt(to - from + 1);
        if (pattern < 60) {
          int q = (int) Math.min(2, regularTarget - units);
          int act = add(d1, p, a, q);
          units += q;
          if (q == 2) {
            if (doubleCount == doubles.length) {
              doubles = Arrays.copyOf(doubles, doubleCount * 2);
            }
            doubles[doubleCount++] = act;
          }
        } else {
          add(d1, p, a, 1);
          units++;
          if (pattern < 80 && units < regularTarget) {
            add(from + r.nextInt(to - from + 1), p, a, 1);
            units++;
          }
        }
      }
    }
    return Arrays.copyOf(doubles, doubleCount);
  }

  /** A handful of hand-outs breaking each rule (but the budget's); their counts by kind. */
  private Map<String, Integer> planViolations(int[] doubles, int k) {
    int overQuota = 0;
    for (int j = 0; j < k && j < doubles.length; j++) {
      int act = doubles[(int) ((j + 0.5) * doubles.length / k)];
      add(day[act], person[act], antenna[act], 1);
      overQuota++;
    }
    int anonymous = 0;
    int antennas = DemoOrganisation.ticketAntennaCount();
    for (int j = 0; j < k; j++) {
      add(spread(j, k, 0), -1, DemoOrganisation.ticketAntenna(j % antennas), 1);
      anonymous++;
    }
    int notEligible = 0;
    int wrongAntenna = 0;
    int legacy = persons.legacy();
    int start = r.nextInt(legacy);
    for (int i = 0; i < legacy && (notEligible < k || wrongAntenna < k); i++) {
      int p = (start + i) % legacy;
      int home = persons.home(p);
      if (persons.role(p) == Persons.ENTOURAGE && notEligible < k) {
        add(
            spread(notEligible, k, 2),
            p,
            DemoOrganisation.ticketAntenna(notEligible % antennas),
            1);
        notEligible++;
      } else if (persons.role(p) == Persons.SEX_WORKER
          && !DemoOrganisation.isTicketAntenna(home)
          && wrongAntenna < k) {
        add(spread(wrongAntenna, k, 4), p, home, 1);
        wrongAntenna++;
      }
    }
    Map<String, Integer> violations = new LinkedHashMap<>();
    violations.put("ANONYMOUS", anonymous);
    violations.put("NOT_ELIGIBLE", notEligible);
    violations.put("WRONG_ANTENNA", wrongAntenna);
    violations.put("OVER_QUOTA", overQuota);
    return violations;
  }

  /** The ledger of the sorted acts: totals, and the acts beyond the budget counted. */
  private TicketsLedger summary(Map<String, Integer> violations) {
    long total = 0;
    long budget = scale.ticketsBudgetCents();
    int overBudget = 0;
    BitSet served = new BitSet();
    for (int i = 0; i < size; i++) {
      total += quantity[i];
      if (total * UNIT_VALUE_CENTS > budget) {
        overBudget++;
      }
      if (person[i] >= 0) {
        served.set(person[i]);
      }
    }
    violations.put("OVER_BUDGET", overBudget);
    return new TicketsLedger(
        "tickets-s-2020",
        ITEM,
        UNIT_VALUE_CENTS,
        2,
        "ISO_WEEK",
        budget,
        LocalDate.of(2020, 1, 1),
        SampleCalendar.LAST_DAY,
        List.of("SEX_WORKER"),
        DemoOrganisation.ticketAntennaIds(),
        size,
        total,
        served.cardinality(),
        violations);
  }

  /** The j-th of k days spread over 2020, shifted by a few days. */
  private static int spread(int j, int k, int shift) {
    return Math.min(DLAST, Y2020 + shift + (int) ((j + 0.5) * 360 / k));
  }

  /** Stable sort by day, then trims the arrays. */
  private void sortByDay() {
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = ((long) day[i] << 32) | i;
    }
    Arrays.sort(keys);
    int[] d = new int[size];
    int[] p = new int[size];
    byte[] a = new byte[size];
    byte[] q = new byte[size];
    for (int i = 0; i < size; i++) {
      int from = (int) keys[i];
      d[i] = day[from];
      p[i] = person[from];
      a[i] = antenna[from];
      q[i] = quantity[from];
    }
    day = d;
    person = p;
    antenna = a;
    quantity = q;
  }
}
