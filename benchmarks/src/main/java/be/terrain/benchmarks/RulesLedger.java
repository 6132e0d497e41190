package be.terrain.benchmarks;

import be.terrain.cli.sample.IdFormat;
import be.terrain.core.Antenna;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Organisation;
import be.terrain.core.RecordKind;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.Handout;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large in-memory distribution ledger for the rules benchmark, built straight into a {@link
 * Dataset} (no files): one year (2021) of hand-outs by five antennas to a population of persons,
 * with three rules and hand-out questions to ask a desk. Deterministic for a size and a seed.
 *
 * <p>The ledger is meant to look like a busy organisation's, so that most hand-outs respect the
 * rules and some do not:
 *
 * <ul>
 *   <li>Persons: 70% sex workers, 30% entourage, each with a home antenna where 90% of her
 *       hand-outs happen. Visits are skewed: a fifth of the persons are regulars who receive 60% of
 *       the hand-outs (at 10M rows and 200k persons, 150 rows a year each, about three a week); the
 *       others 25 a year.
 *   <li>Acts: 2% anonymous (condoms and lubricant only), the others identified; 1 to 3 distinct
 *       items per act, one row per item, acts numbered in date order ({@code d-00000001}), as files
 *       usually list them. Weekdays are busier than weekends.
 *   <li>Items: {@code TICKET_S} (vouchers, 1 or 2, mostly to sex workers at the three voucher
 *       antennas), {@code CONDOM} (5 to 20), {@code HYGIENE_PRODUCTS} (1, sometimes 2, mostly to
 *       sex workers), and {@code LUBRICANT}, which no rule covers.
 * </ul>
 *
 * <p>The rules ({@link #rules()}): Tickets S 2 per ISO week for sex workers at three antennas with
 * a budget that runs out in December; condoms 50 per month, any role, anywhere, no budget; hygiene
 * products 1 per day for sex workers at three (other) antennas.
 */
public final class RulesLedger {
  /** The first day of the ledger. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

  /** The last day of the ledger, the "today" the desk is opened on and questions are dated. */
  public static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);

  /** The antennas' ids. */
  public static final List<String> ANTENNAS =
      List.of("centre", "est", "ouest", "brabant", "brabant-sud");

  private static final String[] ANTENNA_NAMES = {
    "Service Centre", "Antenne Est", "Antenne Ouest", "Service Brabant", "Antenne Brabant Sud"
  };
  private static final String[] PROVINCES = {"BE-WHT", "BE-WHT", "BE-WHT", "BE-WBR", "BE-WBR"};
  private static final String[] KINDS = {"SERVICE", "ANTENNA", "ANTENNA", "SERVICE", "ANTENNA"};

  /** Antenna weights (share of persons living near each). */
  private static final int[] ANTENNA_WEIGHT = {35, 15, 15, 25, 10};

  private static final int[] TICKET_ANTENNAS = {0, 1, 3};
  private static final int[] HYGIENE_ANTENNAS = {0, 2, 4};

  static final int TICKET_S = 0;
  static final int CONDOM = 1;
  static final int HYGIENE = 2;
  static final int LUBRICANT = 3;
  static final String[] ITEMS = {"TICKET_S", "CONDOM", "HYGIENE_PRODUCTS", "LUBRICANT"};

  /** A voucher's value in cents. */
  public static final int TICKET_VALUE_CENTS = 1000;

  private static final String[] SMALL_INTS = new String[101];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = Integer.toString(i);
    }
  }

  private final int rows;
  private final int persons;
  private final long seed;
  private final boolean[] sexWorker;
  private final int[] home;
  private final String[] personIds;
  private Dataset dataset;
  private RuleSet rules;
  private long ticketUnits;
  private int acts;

  /**
   * A ledger of exactly {@code rows} distribution rows for {@code persons} persons.
   *
   * @param rows the number of distribution rows, at least 1
   * @param persons the number of persons, at least 10
   * @param seed the random seed
   */
  public RulesLedger(int rows, int persons, long seed) {
    if (rows < 1 || persons < 10) {
      throw new IllegalArgumentException(
          "a rules ledger needs at least 1 row and 10 persons: " + rows + ", " + persons);
    }
    this.rows = rows;
    this.persons = persons;
    this.seed = seed;
    this.sexWorker = new boolean[persons];
    this.home = new int[persons];
    this.personIds = new String[persons];
    SplittableRandom r = new SplittableRandom(seed);
    IdFormat ids = new IdFormat("p-", persons);
    for (int p = 0; p < persons; p++) {
      sexWorker[p] = r.nextInt(100) < 70;
      home[p] = weighted(r, ANTENNA_WEIGHT);
      personIds[p] = ids.format(p + 1);
    }
  }

  /** The number of distribution rows. */
  public int rows() {
    return rows;
  }

  /** The number of persons. */
  public int persons() {
    return persons;
  }

  /** The number of distribution acts (after {@link #dataset()}). */
  public int acts() {
    dataset();
    return acts;
  }

  /** The dataset, built on first use (seconds for ten million rows). */
  public Dataset dataset() {
    if (dataset == null) {
      build();
    }
    return dataset;
  }

  /** The three rules; the voucher budget is set from the ledger so that it runs out in December. */
  public RuleSet rules() {
    if (rules == null) {
      dataset();
      // 97% of the vouchers handed out: the budget is spent some days before the year ends.
      long budget = ticketUnits * TICKET_VALUE_CENTS / 100 * 97;
      rules =
          RuleSet.of(
              DistributionRule.builder("tickets-s-2021", "TICKET_S", FIRST_DAY, LAST_DAY)
                  .unitValueCents(TICKET_VALUE_CENTS)
                  .quota(2, QuotaPeriod.ISO_WEEK)
                  .budgetCents(budget)
                  .eligibleRoles("SEX_WORKER")
                  .antennas(antennas(TICKET_ANTENNAS))
                  .build(),
              DistributionRule.builder("condoms-2021", "CONDOM", FIRST_DAY, LAST_DAY)
                  .quota(50, QuotaPeriod.MONTH)
                  .build(),
              DistributionRule.builder("hygiene-2021", "HYGIENE_PRODUCTS", FIRST_DAY, LAST_DAY)
                  .quota(1, QuotaPeriod.DAY)
                  .eligibleRoles("SEX_WORKER")
                  .antennas(antennas(HYGIENE_ANTENNAS))
                  .build());
    }
    return rules;
  }

  /**
   * Hand-out questions as a desk gets them on {@link #LAST_DAY}: the same persons, items, units and
   * antennas as the ledger's hand-outs (2% anonymous), one item each.
   *
   * @param count the number of questions
   * @param questionSeed the random seed
   */
  public Handout[] questions(int count, long questionSeed) {
    SplittableRandom r = new SplittableRandom(questionSeed);
    Handout[] out = new Handout[count];
    for (int i = 0; i < count; i++) {
      if (r.nextInt(100) < 2) {
        int item = r.nextInt(100) < 70 ? CONDOM : LUBRICANT;
        out[i] =
            Handout.anonymous(
                ITEMS[item],
                quantity(r, item),
                ANTENNAS.get(weighted(r, ANTENNA_WEIGHT)),
                LAST_DAY);
        continue;
      }
      int p = person(r);
      int item = firstItem(r, p);
      out[i] =
          Handout.of(
              personIds[p],
              ITEMS[item],
              quantity(r, item),
              ANTENNAS.get(antenna(r, p, new int[] {item}, 1)),
              LAST_DAY);
    }
    return out;
  }

  private void build() {
    DatasetBuilder b = Dataset.builder();
    b.organisation(new Organisation("terrain-bench", "Terrain Bench asbl"));
    for (int a = 0; a < ANTENNAS.size(); a++) {
      b.add(new Antenna(ANTENNAS.get(a), ANTENNA_NAMES[a], PROVINCES[a], KINDS[a]));
    }
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    String[] personCells = new String[RecordKind.PERSON.fields().size()];
    for (int p = 0; p < persons; p++) {
      personCells[0] = personIds[p];
      personCells[1] = sexWorker[p] ? "SEX_WORKER" : "ENTOURAGE";
      personCells[2] =
          sexWorker[p] ? (r.nextInt(10) < 8 ? "F" : "M") : (r.nextBoolean() ? "F" : "M");
      personCells[3] = Integer.toString(1950 + r.nextInt(55));
      personCells[4] = r.nextInt(10) < 4 ? "BE" : "RO";
      personCells[5] = null;
      b.addRow(RecordKind.PERSON, personCells, p + 2);
    }
    int first = (int) FIRST_DAY.toEpochDay();
    int days = (int) (LAST_DAY.toEpochDay() - first + 1);
    long[] cumulative = cumulativeRows(first, days);
    String[] cells = new String[RecordKind.DISTRIBUTION.fields().size()];
    IdFormat actIds = new IdFormat("d-", rows);
    int row = 0;
    int act = 0;
    int[] items = new int[3];
    for (int d = 0; d < days && row < rows; d++) {
      String date = LocalDate.ofEpochDay(first + d).toString();
      while (row < cumulative[d] && row < rows) {
        String actId = actIds.format(++act);
        int n;
        String person;
        int antenna;
        if (r.nextInt(100) < 2) {
          person = null;
          antenna = weighted(r, ANTENNA_WEIGHT);
          items[0] = r.nextInt(100) < 70 ? CONDOM : LUBRICANT;
          n = 1;
        } else {
          int p = person(r);
          person = personIds[p];
          items[0] = firstItem(r, p);
          n = 1;
          int more = r.nextInt(100);
          if (more < 45) {
            n = more < 12 ? 3 : 2;
          }
          for (int k = 1; k < n; k++) {
            items[k] = otherItem(r, p, items, k);
            if (items[k] < 0) {
              n = k;
            }
          }
          antenna = antenna(r, p, items, n);
        }
        for (int k = 0; k < n && row < rows; k++) {
          cells[0] = actId;
          cells[1] = date;
          cells[2] = ANTENNAS.get(antenna);
          cells[3] = person;
          cells[4] = ITEMS[items[k]];
          int q = quantity(r, items[k]);
          cells[5] = SMALL_INTS[q];
          cells[6] = null;
          if (items[k] == TICKET_S) {
            ticketUnits += q;
          }
          b.addRow(RecordKind.DISTRIBUTION, cells, row + 2);
          row++;
        }
      }
    }
    acts = act;
    dataset = b.build();
  }

  /** Rows due by the end of each day: weekdays weigh 10, Saturdays 5, Sundays 2. */
  private long[] cumulativeRows(int first, int days) {
    int[] weight = new int[days];
    long total = 0;
    for (int d = 0; d < days; d++) {
      DayOfWeek w = LocalDate.ofEpochDay(first + d).getDayOfWeek();
      weight[d] = w == DayOfWeek.SUNDAY ? 2 : w == DayOfWeek.SATURDAY ? 5 : 10;
      total += weight[d];
    }
    long[] out = new long[days];
    long sum = 0;
    for (int d = 0; d < days; d++) {
      sum += weight[d];
      out[d] = d == days - 1 ? rows : sum * rows / total;
    }
    return out;
  }

  /** A person: a fifth of them are regulars who receive half the hand-outs. */
  private int person(SplittableRandom r) {
    int regulars = persons / 5;
    return r.nextInt(100) < 50 ? r.nextInt(regulars) : regulars + r.nextInt(persons - regulars);
  }

  /** The main item of a person's act. */
  private int firstItem(SplittableRandom r, int p) {
    int x = r.nextInt(100);
    if (sexWorker[p]) {
      // vouchers 30, condoms 40, hygiene 22, lubricant 8
      return x < 30 ? TICKET_S : x < 70 ? CONDOM : x < 92 ? HYGIENE : LUBRICANT;
    }
    // the entourage: rarely vouchers or hygiene products (not eligible), mostly condoms
    return x < 1 ? TICKET_S : x < 80 ? CONDOM : x < 82 ? HYGIENE : LUBRICANT;
  }

  /** Another item of the act, or -1 when the one drawn is already in it (the act ends there). */
  private int otherItem(SplittableRandom r, int p, int[] items, int k) {
    int x = r.nextInt(100);
    int item =
        sexWorker[p]
            ? (x < 15 ? TICKET_S : x < 60 ? CONDOM : x < 75 ? HYGIENE : LUBRICANT)
            : (x < 1 ? TICKET_S : x < 60 ? CONDOM : x < 61 ? HYGIENE : LUBRICANT);
    for (int i = 0; i < k; i++) {
      if (items[i] == item) {
        return -1;
      }
    }
    return item;
  }

  /**
   * Where a person is served: at home (90%), else elsewhere; an act with vouchers or hygiene
   * products mostly at an antenna that hands them out (only the main office does both).
   */
  private int antenna(SplittableRandom r, int p, int[] items, int n) {
    int a = r.nextInt(100) < 90 ? home[p] : r.nextInt(ANTENNAS.size());
    boolean tickets = false;
    boolean hygiene = false;
    for (int k = 0; k < n; k++) {
      tickets |= items[k] == TICKET_S;
      hygiene |= items[k] == HYGIENE;
    }
    if (tickets && hygiene) {
      return r.nextInt(100) < 90 ? 0 : a;
    }
    if (tickets && !in(TICKET_ANTENNAS, a) && r.nextInt(100) < 95) {
      return TICKET_ANTENNAS[r.nextInt(TICKET_ANTENNAS.length)];
    }
    if (hygiene && !in(HYGIENE_ANTENNAS, a) && r.nextInt(100) < 95) {
      return HYGIENE_ANTENNAS[r.nextInt(HYGIENE_ANTENNAS.length)];
    }
    return a;
  }

  private static int quantity(SplittableRandom r, int item) {
    int x = r.nextInt(100);
    return switch (item) {
      case TICKET_S -> x < 85 ? 1 : 2;
      case CONDOM -> x < 55 ? 5 : x < 95 ? 10 : 20;
      case HYGIENE -> x < 97 ? 1 : 2;
      default -> x < 60 ? 1 : 2;
    };
  }

  private static boolean in(int[] set, int a) {
    for (int s : set) {
      if (s == a) {
        return true;
      }
    }
    return false;
  }

  private static String[] antennas(int[] indexes) {
    String[] out = new String[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      out[i] = ANTENNAS.get(indexes[i]);
    }
    return out;
  }

  private static int weighted(SplittableRandom r, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
