package be.terrain.cli.sample;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the records of a fictional outreach organisation, "Terrain Demo asbl": five antennas in
 * two provinces (three in Hainaut, two in Walloon Brabant), two years of activity (2019 and 2020),
 * persons with profiles, contacts (about 80 % identified; anonymous rows stand for up to a few
 * hundred contacts), accompaniments, health interventions (rapid tests for {@code HIV|SYPHILIS}
 * among them) and distribution acts of several distinct items, plus a Tickets S ledger in 2020 (see
 * {@link TicketsLedger}). No name, pseudonym or figure is real.
 *
 * <p>Deterministic: a scale and a seed always give the same rows in the same order, on any machine.
 * Everything generated is valid under the exchange format's rules (ids, codes, identified contacts
 * of count 1, no activity before a birth year or before a first contact, distribution acts whose
 * rows agree and name each item once, health columns of the row's kind, profile rows of one person
 * and date that agree), so that a sample validates with no problem. Rows stream to a {@link
 * RowSink} kind by kind; memory stays proportional to the number of persons, so the 21.5M-row scale
 * S2 streams to disk in a few hundred megabytes of heap.
 *
 * <p>Instances are immutable and thread-safe; {@link #generate} may be called any number of times.
 */
public final class SampleGenerator {
  /** The generator's version: changes whenever the same scale and seed would give other rows. */
  public static final int VERSION = 1;

  /** The seed of the demo and the benchmarks. */
  public static final long DEFAULT_SEED = 2020L;

  /** The first day of activity. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

  /** The last day of activity. */
  public static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

  /** The organisation's id. */
  public static final String ORGANISATION_ID = "terrain-demo";

  /** The organisation's (invented) name. */
  public static final String ORGANISATION_NAME = "Terrain Demo asbl";

  /** The antennas' ids, in file order. */
  public static final List<String> ANTENNA_IDS =
      List.of("centre", "est", "ouest", "brabant", "brabant-sud");

  private static final String[] ANTENNA_NAMES = {
    "Service Centre", "Antenne Est", "Antenne Ouest", "Service Brabant", "Antenne Brabant Sud"
  };
  private static final String[] ANTENNA_PROVINCES = {
    "BE-WHT", "BE-WHT", "BE-WHT", "BE-WBR", "BE-WBR"
  };
  private static final String[] ANTENNA_KINDS = {
    "SERVICE", "ANTENNA", "ANTENNA", "SERVICE", "ANTENNA"
  };
  private static final Choice ANTENNA = Choice.ofWeights(35, 15, 15, 25, 10);

  /** The antennas that hand out Tickets S (indexes into {@link #ANTENNA_IDS}). */
  private static final int[] TICKET_ANTENNAS = {0, 1, 3};

  private static final int D0 = (int) FIRST_DAY.toEpochDay();
  private static final int DLAST = (int) LAST_DAY.toEpochDay();
  private static final int NDAYS = DLAST - D0 + 1;
  private static final int Y2020 = (int) LocalDate.of(2020, 1, 1).toEpochDay();
  private static final int COVID_ITEMS_FROM = (int) LocalDate.of(2020, 3, 16).toEpochDay();

  /** Cumulative share of activity up to and including each day (weekends, lockdown, summer). */
  private static final double[] CUMULATIVE = cumulativeDayWeights();

  // Date texts from 2000-01-01 to 2021-12-31, birth-year texts from 1900 to 2099, small integers.
  private static final int DATE_TEXT_FROM = (int) LocalDate.of(2000, 1, 1).toEpochDay();
  private static final String[] DATE_TEXT = dateTexts();
  private static final String[] INT_TEXT = intTexts(2100);

  private static final byte SEX_WORKER = 0;
  private static final byte ENTOURAGE = 1;
  private static final String[] ROLES = {"SEX_WORKER", "ENTOURAGE"};
  private static final Choice SEX_OF_SEX_WORKER = Choice.of("F", 80, "M", 11, "X", 5, "", 4);
  private static final Choice SEX_OF_ENTOURAGE = Choice.of("F", 40, "M", 55, "", 5);
  private static final Choice NATIONALITY =
      Choice.of(
          "BE", 380, "RO", 120, "BG", 70, "FR", 40, "NL", 20, "ES", 30, "IT", 30, "PL", 20, "HU",
          20, "PT", 10, "DE", 10, "GB", 20, "HR", 10, "SK", 10, "NG", 60, "MA", 40, "CM", 20, "CD",
          20, "BR", 30, "CO", 20, "DO", 10, "TH", 10, "VN", 10, "CN", 10, "UA", 10, "AL", 10, "GN",
          10, "SN", 10, "RE", 5, "GF", 5, "", 100);

  private static final Choice FINANCIAL_RESOURCE =
      Choice.of(
          "NONE",
          20,
          "EARNED_INCOME",
          25,
          "UNEMPLOYMENT_BENEFIT",
          6,
          "SICKNESS_BENEFIT",
          8,
          "RETIREMENT_PENSION",
          2,
          "SOCIAL_INTEGRATION_INCOME",
          20,
          "DISABILITY_ALLOWANCE",
          3,
          "BRIDGING_RIGHT",
          2,
          "OTHER",
          4,
          "UNKNOWN",
          3);
  private static final Choice HOUSING = Choice.of("ADEQUATE", 55, "INADEQUATE", 40, "UNKNOWN", 5);
  private static final Choice EMPLOYMENT =
      Choice.of("JOB_SEEKER", 20, "EMPLOYED", 15, "TRAINING", 5, "INACTIVE", 55, "UNKNOWN", 5);
  private static final Choice PROFILE_COVERAGE =
      Choice.of("MUTUALITY", 60, "URGENT_MEDICAL_AID", 15, "NONE", 20, "UNKNOWN", 5);
  private static final Choice SETTING =
      Choice.of(
          "STREET",
          25,
          "BAR",
          20,
          "PRIVATE",
          20,
          "INTERNET",
          15,
          "MASSAGE_PARLOUR",
          8,
          "PARKING",
          7,
          "OTHER",
          3,
          "UNKNOWN",
          2);

  private static final Choice CHANNEL =
      Choice.of(
          "STREET",
          35,
          "DROP_IN",
          25,
          "PHONE",
          15,
          "ONLINE",
          8,
          "HOME_VISIT",
          3,
          "INSTITUTION_VISIT",
          3,
          "BAR_VISIT",
          6,
          "MEDIBUS",
          3,
          "OTHER",
          2);
  private static final Choice ANONYMOUS_CHANNEL =
      Choice.of("STREET", 60, "BAR_VISIT", 25, "MEDIBUS", 10, "OTHER", 5);

  private static final Choice DOMAIN =
      Choice.of(
          "CPAS",
          20,
          "MUNICIPALITY",
          8,
          "UNEMPLOYMENT",
          5,
          "EMPLOYMENT_TRAINING",
          5,
          "HEALTH_INSURANCE",
          10,
          "TAX",
          3,
          "HOUSING",
          12,
          "JUSTICE",
          6,
          "FAMILY",
          5,
          "BANKING",
          3,
          "RESIDENCE",
          8,
          "DEBT",
          5,
          "HEALTH",
          7,
          "OTHER",
          3);
  private static final Choice MODE =
      Choice.of("IN_PERSON", 40, "PHONE", 30, "WRITTEN", 15, "ORIENTATION", 15, "", 18);

  private static final Choice HEALTH_KIND =
      Choice.of("NURSING_CARE", 55, "PARAMEDICAL_ACCOMPANIMENT", 20, "MEDICAL_CONSULTATION", 25);
  private static final Choice NURSING_ACT =
      Choice.of(
          "TREATMENT_FOLLOW_UP",
          28,
          "RAPID_TEST",
          25,
          "PREGNANCY_TEST",
          8,
          "WOUND_CARE",
          20,
          "VACCINATION",
          12,
          "OTHER",
          7);
  private static final Choice PATHOGENS =
      Choice.of("HIV|SYPHILIS", 60, "HIV", 20, "HIV|SYPHILIS|HCV", 10, "SYPHILIS", 5, "HCV", 5);
  private static final Choice TARGET =
      Choice.of(
          "DOCTOR",
          25,
          "PARAMEDICAL",
          10,
          "HOSPITAL",
          20,
          "PHARMACY",
          10,
          "AIDS_REFERENCE_CENTRE",
          12,
          "FAMILY_PLANNING",
          12,
          "HEALTH_INSURANCE",
          6,
          "OTHER",
          5);
  private static final Choice CONSULTATION_COVERAGE =
      Choice.of("MUTUALITY", 36, "URGENT_MEDICAL_AID", 12, "NONE", 12, "", 40);
  private static final Choice REASON =
      Choice.of("GYNAECOLOGICAL", 35, "MUSCULOSKELETAL", 17, "INFECTION", 20, "OTHER", 13, "", 15);

  // Items other than Tickets S, in code-list order, with weights before and after COVID-19 items.
  private static final String[] ITEMS = {
    "CONDOM",
    "LUBRICANT",
    "SPONGE",
    "SURGICAL_MASK",
    "HAND_SANITIZER",
    "CONSUMPTION_KIT",
    "HYGIENE_PRODUCTS",
    "CLOTHING",
    "PREVENTION_KIT",
    "EMERGENCY_CONTRACEPTION"
  };
  private static final int[] ITEM_MAX_QUANTITY = {60, 20, 10, 10, 2, 3, 3, 2, 1, 1};
  private static final Choice ITEM_BEFORE_COVID = Choice.ofWeights(30, 15, 4, 0, 0, 5, 10, 4, 8, 2);
  private static final Choice ITEM_DURING_COVID =
      Choice.ofWeights(30, 15, 4, 12, 7, 5, 10, 4, 8, 2);
  private static final Choice ITEMS_PER_ACT = Choice.ofWeights(0, 40, 33, 18, 9);
  private static final String TICKET_S = "TICKET_S";
  private static final String TICKET_VALUE = "1000";

  private final Scale scale;
  private final long seed;

  // Persons, by dense number (the order of persons.csv): numbered by the day they enter the data.
  private final int legacy;
  private final int[] firstDay;
  private final byte[] role;
  private final byte[] home;
  private final short[] birthYear;
  private final String[] sex;
  private final String[] nationality;
  private final int[] firstContact;

  /** Persons with a first day on or before each day (index = day - D0). */
  private final int[] activeBy = new int[NDAYS];

  // The Tickets S ledger, in ledger order (date, then order of act ids).
  private final int[] ticketDay;
  private final int[] ticketPerson;
  private final byte[] ticketAntenna;
  private final byte[] ticketQuantity;
  private final TicketsLedger tickets;

  /**
   * A generator of the scale's rows for the seed.
   *
   * @throws NullPointerException if the scale is null
   */
  public SampleGenerator(Scale scale, long seed) {
    this.scale = requireNonNull(scale, "scale");
    this.seed = seed;
    int n = scale.persons();
    this.firstDay = new int[n];
    this.role = new byte[n];
    this.home = new byte[n];
    this.birthYear = new short[n];
    this.sex = new String[n];
    this.nationality = new String[n];
    this.firstContact = new int[n];
    this.legacy = Math.max(1, (int) Math.round(n * 0.4));
    makePersons();
    Ledger ledger = new Ledger();
    this.tickets = ledger.build();
    this.ticketDay = ledger.day;
    this.ticketPerson = ledger.person;
    this.ticketAntenna = ledger.antenna;
    this.ticketQuantity = ledger.quantity;
  }

  /** The demo dataset: scale {@link Scale#DEMO}, {@link #DEFAULT_SEED}. */
  public static Dataset demoDataset() {
    return dataset(Scale.DEMO, DEFAULT_SEED);
  }

  /** The Tickets S ledger of the demo dataset, with its rule. */
  public static TicketsLedger demoTickets() {
    return new SampleGenerator(Scale.DEMO, DEFAULT_SEED).tickets();
  }

  /**
   * Builds a sample dataset in memory through {@link Dataset#builder()}; each row's position is the
   * line it would have in its CSV file (header = line 1).
   */
  public static Dataset dataset(Scale scale, long seed) {
    DatasetBuilder builder = Dataset.builder();
    Map<RecordKind, int[]> lines = new EnumMap<>(RecordKind.class);
    new SampleGenerator(scale, seed)
        .generate(
            (kind, cells) -> {
              int[] line = lines.computeIfAbsent(kind, k -> new int[] {1});
              builder.addRow(kind, cells, ++line[0]);
            });
    return builder.build();
  }

  /**
   * Writes a sample dataset as an {@code rfc4180} CSV folder (comma, LF, UTF-8 without BOM, header
   * row in canonical column order, one file per record kind, header only when a kind has no rows)
   * plus the Tickets S rule as {@code rules.json}. Streams: memory does not grow with the rows.
   * Files of the same name are replaced; other files are left alone.
   *
   * @param dir the folder, created if missing
   * @return the number of bytes of CSV written
   * @throws IOException if writing fails
   */
  public static long writeCsvFolder(Path dir, Scale scale, long seed) throws IOException {
    SampleGenerator generator = new SampleGenerator(scale, seed);
    Files.createDirectories(dir);
    long bytes;
    try (CsvFolderSink sink = new CsvFolderSink(dir)) {
      generator.generate(sink);
      sink.finish();
      bytes = sink.bytes();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.writeString(
        dir.resolve("rules.json"), generator.tickets().rulesJson(), StandardCharsets.UTF_8);
    return bytes;
  }

  /** The scale. */
  public Scale scale() {
    return scale;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The Tickets S ledger of the second year and the rule it is checked against. */
  public TicketsLedger tickets() {
    return tickets;
  }

  /** The exact number of rows {@link #generate} emits of a kind. */
  public long rowCount(RecordKind kind) {
    return switch (requireNonNull(kind, "kind")) {
      case ORGANISATION -> 1;
      case ANTENNA -> ANTENNA_IDS.size();
      case PERSON -> scale.persons();
      case PROFILE -> scale.profiles();
      case CONTACT -> scale.contacts();
      case ACCOMPANIMENT -> scale.accompaniments();
      case HEALTH -> scale.health();
      case DISTRIBUTION -> scale.distributionRows();
    };
  }

  /**
   * Emits every row, kind by kind in {@link RecordKind} order, each kind's activities in date
   * order. The cell array passed to the sink is reused from one row to the next.
   */
  public void generate(RowSink sink) {
    requireNonNull(sink, "sink");
    sink.row(RecordKind.ORGANISATION, new String[] {ORGANISATION_ID, ORGANISATION_NAME});
    for (int a = 0; a < ANTENNA_IDS.size(); a++) {
      sink.row(
          RecordKind.ANTENNA,
          new String[] {
            ANTENNA_IDS.get(a), ANTENNA_NAMES[a], ANTENNA_PROVINCES[a], ANTENNA_KINDS[a]
          });
    }
    IdFormat personIds = new IdFormat("p-", scale.persons());
    emitPersons(sink, personIds);
    emitProfiles(sink, personIds, random(2));
    emitContacts(sink, personIds, random(3));
    emitAccompaniments(sink, personIds, random(4));
    emitHealth(sink, personIds, random(5));
    emitDistributions(sink, personIds, random(6));
  }

  // ---------------------------------------------------------------------------------- persons

  private void makePersons() {
    SplittableRandom r = random(1);
    int n = scale.persons();
    int newcomers = n - legacy;
    int day = 0;
    for (int p = 0; p < n; p++) {
      if (p < legacy) {
        firstDay[p] = D0;
      } else {
        double share = (p - legacy + 0.5) / newcomers;
        while (day < NDAYS - 1 && CUMULATIVE[day] < share) {
          day++;
        }
        firstDay[p] = D0 + day;
      }
      role[p] = r.nextInt(100) < 78 ? SEX_WORKER : ENTOURAGE;
      home[p] = (byte) ANTENNA.pick(r);
      birthYear[p] = (short) drawBirthYear(r);
      String s = (role[p] == SEX_WORKER ? SEX_OF_SEX_WORKER : SEX_OF_ENTOURAGE).pickCode(r);
      sex[p] = s.isEmpty() ? null : s;
      String nat = NATIONALITY.pickCode(r);
      nationality[p] = nat.isEmpty() ? null : nat;
      firstContact[p] = drawFirstContact(r, p);
    }
    int p = 0;
    for (int d = 0; d < NDAYS; d++) {
      while (p < n && firstDay[p] <= D0 + d) {
        p++;
      }
      activeBy[d] = p;
    }
  }

  private static int drawBirthYear(SplittableRandom r) {
    int u = r.nextInt(100);
    if (u < 15) {
      return 0;
    }
    if (u < 18) {
      return 1950 + r.nextInt(16);
    }
    double bell = r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5;
    int year = 1987 + (int) Math.round(bell * 18);
    return Math.max(1950, Math.min(2005, year));
  }

  /** A first contact never after the person's first day (so never after an activity). */
  private int drawFirstContact(SplittableRandom r, int p) {
    if (p >= legacy) {
      return r.nextInt(100) < 75 ? firstDay[p] : Integer.MIN_VALUE;
    }
    if (r.nextInt(100) < 25) {
      return Integer.MIN_VALUE;
    }
    int fromYear = Math.max(2008, birthYear[p] == 0 ? 2008 : birthYear[p] + 16);
    if (fromYear > 2018) {
      return Integer.MIN_VALUE;
    }
    int from = (int) LocalDate.of(fromYear, 1, 1).toEpochDay();
    return from + r.nextInt(D0 - from);
  }

  private void emitPersons(RowSink sink, IdFormat personIds) {
    String[] cells = new String[RecordKind.PERSON.fields().size()];
    for (int p = 0; p < scale.persons(); p++) {
      cells[0] = personIds.format(p + 1);
      cells[1] = ROLES[role[p]];
      cells[2] = sex[p];
      cells[3] = birthYear[p] == 0 ? null : INT_TEXT[birthYear[p]];
      cells[4] = nationality[p];
      cells[5] = firstContact[p] == Integer.MIN_VALUE ? null : date(firstContact[p]);
      sink.row(RecordKind.PERSON, cells);
    }
  }

  /** One profile row per person, a second one for every other person, never disagreeing. */
  private void emitProfiles(RowSink sink, IdFormat personIds, SplittableRandom r) {
    String[] cells = new String[RecordKind.PROFILE.fields().size()];
    for (int p = 0; p < scale.persons(); p++) {
      int d1 = p < legacy ? D0 + r.nextInt(60) : Math.min(DLAST, firstDay[p] + r.nextInt(15));
      cells[0] = personIds.format(p + 1);
      cells[1] = date(d1);
      cells[2] = maybe(r, 75, FINANCIAL_RESOURCE);
      cells[3] = maybe(r, 70, HOUSING);
      cells[4] = maybe(r, 65, EMPLOYMENT);
      cells[5] = maybe(r, 70, PROFILE_COVERAGE);
      cells[6] = maybe(r, role[p] == SEX_WORKER ? 80 : 10, SETTING);
      sink.row(RecordKind.PROFILE, cells);
      if (p % 2 == 1) {
        int d2 = Math.min(DLAST, d1 + 30 + r.nextInt(400));
        if (d2 != d1) {
          // A later assessment: some attributes change, the others are left empty.
          cells[1] = date(d2);
          cells[2] = maybe(r, 40, FINANCIAL_RESOURCE);
          cells[3] = maybe(r, 40, HOUSING);
          cells[4] = maybe(r, 40, EMPLOYMENT);
          cells[5] = maybe(r, 30, PROFILE_COVERAGE);
          cells[6] = maybe(r, role[p] == SEX_WORKER ? 40 : 5, SETTING);
        }
        // Same date: the same values again, which agree.
        sink.row(RecordKind.PROFILE, cells);
      }
    }
  }

  private static String maybe(SplittableRandom r, int percent, Choice choice) {
    return r.nextInt(100) < percent ? choice.pickCode(r) : null;
  }

  // ------------------------------------------------------------------------------- activities

  /** An identified person active on the day: often a recent newcomer, else anyone already met. */
  private int pickPerson(SplittableRandom r, int dayIndex) {
    int active = activeBy[dayIndex];
    int recentFrom = dayIndex >= 42 ? activeBy[dayIndex - 42] : legacy;
    if (recentFrom < active && r.nextInt(100) < 30) {
      return recentFrom + r.nextInt(active - recentFrom);
    }
    return r.nextInt(active);
  }

  private String antennaFor(SplittableRandom r, int person, int homePercent) {
    int a = r.nextInt(100) < homePercent ? home[person] : ANTENNA.pick(r);
    return ANTENNA_IDS.get(a);
  }

  private void emitContacts(RowSink sink, IdFormat personIds, SplittableRandom r) {
    String[] cells = new String[RecordKind.CONTACT.fields().size()];
    IdFormat ids = new IdFormat("c-", scale.contacts());
    int[] perDay = perDay(scale.contacts());
    int seq = 0;
    for (int d = 0; d < NDAYS; d++) {
      String date = date(D0 + d);
      for (int i = 0; i < perDay[d]; i++) {
        cells[0] = ids.format(++seq);
        cells[1] = date;
        if (r.nextInt(100) < 80) {
          int p = pickPerson(r, d);
          cells[2] = antennaFor(r, p, 88);
          cells[3] = CHANNEL.pickCode(r);
          cells[4] = personIds.format(p + 1);
          cells[5] = r.nextInt(10) == 0 ? INT_TEXT[1] : null;
        } else {
          cells[2] = ANTENNA_IDS.get(ANTENNA.pick(r));
          cells[3] = ANONYMOUS_CHANNEL.pickCode(r);
          cells[4] = null;
          int count = 1 + (int) (-Math.log(1 - r.nextDouble()) * 4);
          cells[5] = INT_TEXT[Math.min(count, 400)];
        }
        sink.row(RecordKind.CONTACT, cells);
      }
    }
  }

  private void emitAccompaniments(RowSink sink, IdFormat personIds, SplittableRandom r) {
    String[] cells = new String[RecordKind.ACCOMPANIMENT.fields().size()];
    IdFormat ids = new IdFormat("a-", scale.accompaniments());
    int[] perDay = perDay(scale.accompaniments());
    int seq = 0;
    for (int d = 0; d < NDAYS; d++) {
      String date = date(D0 + d);
      for (int i = 0; i < perDay[d]; i++) {
        int p = pickPerson(r, d);
        cells[0] = ids.format(++seq);
        cells[1] = date;
        cells[2] = antennaFor(r, p, 92);
        cells[3] = personIds.format(p + 1);
        cells[4] = DOMAIN.pickCode(r);
        cells[5] = emptyAsNull(MODE.pickCode(r));
        sink.row(RecordKind.ACCOMPANIMENT, cells);
      }
    }
  }

  private void emitHealth(RowSink sink, IdFormat personIds, SplittableRandom r) {
    String[] cells = new String[RecordKind.HEALTH.fields().size()];
    IdFormat ids = new IdFormat("h-", scale.health());
    int[] perDay = perDay(scale.health());
    int seq = 0;
    for (int d = 0; d < NDAYS; d++) {
      String date = date(D0 + d);
      for (int i = 0; i < perDay[d]; i++) {
        Arrays.fill(cells, null);
        cells[0] = ids.format(++seq);
        cells[1] = date;
        if (r.nextInt(100) < 88) {
          int p = pickPerson(r, d);
          cells[2] = antennaFor(r, p, 90);
          cells[3] = personIds.format(p + 1);
        } else {
          cells[2] = ANTENNA_IDS.get(ANTENNA.pick(r));
        }
        String kind = HEALTH_KIND.pickCode(r);
        cells[4] = kind;
        switch (kind) {
          case "NURSING_CARE" -> {
            String act = NURSING_ACT.pickCode(r);
            cells[5] = act;
            if (act.equals("RAPID_TEST")) {
              cells[6] = PATHOGENS.pickCode(r);
            }
          }
          case "PARAMEDICAL_ACCOMPANIMENT" -> cells[7] = TARGET.pickCode(r);
          default -> {
            cells[8] = emptyAsNull(CONSULTATION_COVERAGE.pickCode(r));
            cells[9] = emptyAsNull(REASON.pickCode(r));
          }
        }
        sink.row(RecordKind.HEALTH, cells);
      }
    }
  }

  private void emitDistributions(RowSink sink, IdFormat personIds, SplittableRandom r) {
    String[] cells = new String[RecordKind.DISTRIBUTION.fields().size()];
    IdFormat ids = new IdFormat("d-", scale.distributionRows());
    int[] perDay = perDay(scale.distributionRows() - ticketDay.length);
    int seq = 0;
    int t = 0;
    for (int d = 0; d < NDAYS; d++) {
      int day = D0 + d;
      String date = date(day);
      // The day's Tickets S acts come first, one voucher row each.
      for (; t < ticketDay.length && ticketDay[t] == day; t++) {
        cells[0] = ids.format(++seq);
        cells[1] = date;
        cells[2] = ANTENNA_IDS.get(ticketAntenna[t]);
        cells[3] = ticketPerson[t] < 0 ? null : personIds.format(ticketPerson[t] + 1);
        cells[4] = TICKET_S;
        cells[5] = INT_TEXT[ticketQuantity[t]];
        cells[6] = TICKET_VALUE;
        sink.row(RecordKind.DISTRIBUTION, cells);
      }
      Choice items = day >= COVID_ITEMS_FROM ? ITEM_DURING_COVID : ITEM_BEFORE_COVID;
      int left = perDay[d];
      while (left > 0) {
        cells[0] = ids.format(++seq);
        cells[1] = date;
        if (r.nextInt(100) < 75) {
          int p = pickPerson(r, d);
          cells[2] = antennaFor(r, p, 90);
          cells[3] = personIds.format(p + 1);
        } else {
          cells[2] = ANTENNA_IDS.get(ANTENNA.pick(r));
          cells[3] = null;
        }
        int count = Math.min(left, ITEMS_PER_ACT.pick(r));
        int taken = 0;
        for (int k = 0; k < count; k++) {
          int item;
          do {
            item = items.pick(r);
          } while ((taken & (1 << item)) != 0);
          taken |= 1 << item;
          cells[4] = ITEMS[item];
          cells[5] = INT_TEXT[1 + r.nextInt(ITEM_MAX_QUANTITY[item])];
          cells[6] = unitValue(r, item);
          sink.row(RecordKind.DISTRIBUTION, cells);
        }
        left -= count;
      }
    }
    if (t != ticketDay.length) {
      throw new IllegalStateException("Tickets S acts left over: " + (ticketDay.length - t));
    }
  }

  private static String unitValue(SplittableRandom r, int item) {
    return switch (ITEMS[item]) {
      case "HYGIENE_PRODUCTS" -> r.nextBoolean() ? INT_TEXT[350] : null;
      case "PREVENTION_KIT" -> r.nextBoolean() ? INT_TEXT[500] : null;
      default -> null;
    };
  }

  private static String emptyAsNull(String s) {
    return s.isEmpty() ? null : s;
  }

  // --------------------------------------------------------------------------- Tickets S ledger

  /** Plans the Tickets S ledger of 2020 from the persons already made. */
  private final class Ledger {
    private static final int EXCESS_UNITS = 5;
    private static final double WEEKLY_SHARE = 0.4;

    int[] day = new int[64];
    int[] person = new int[64];
    byte[] antenna = new byte[64];
    byte[] quantity = new byte[64];
    int size;
    private final SplittableRandom r = random(7);

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

    TicketsLedger build() {
      long budgetUnits = scale.ticketsBudgetCents() / 1000;
      int k = (int) Math.max(3, budgetUnits / 2000);
      long regularTarget = budgetUnits + EXCESS_UNITS - 4L * k;

      // Participants: sex workers of the three antennas, met before the year starts.
      int[] candidates = new int[scale.persons()];
      int c = 0;
      for (int p = 0; p < scale.persons(); p++) {
        if (role[p] == SEX_WORKER && isTicketAntenna(home[p]) && firstDay[p] <= Y2020) {
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

      // Regular hand-outs, week by week: two vouchers at once, two single ones, or one.
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
          int a = r.nextInt(100) < 95 ? home[p] : TICKET_ANTENNAS[r.nextInt(3)];
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

      // A handful of hand-outs breaking each rule.
      int overQuota = 0;
      int regularSize = size;
      for (int j = 0; j < k && j < doubleCount; j++) {
        int act = doubles[(int) ((j + 0.5) * doubleCount / k)];
        add(day[act], person[act], antenna[act], 1);
        overQuota++;
      }
      int anonymous = 0;
      for (int j = 0; j < k; j++) {
        add(spread(j, k, 0), -1, TICKET_ANTENNAS[j % 3], 1);
        anonymous++;
      }
      int notEligible = 0;
      int wrongAntenna = 0;
      int start = r.nextInt(legacy);
      for (int i = 0; i < legacy && (notEligible < k || wrongAntenna < k); i++) {
        int p = (start + i) % legacy;
        if (role[p] == ENTOURAGE && notEligible < k) {
          add(spread(notEligible, k, 2), p, TICKET_ANTENNAS[notEligible % 3], 1);
          notEligible++;
        } else if (role[p] == SEX_WORKER && !isTicketAntenna(home[p]) && wrongAntenna < k) {
          add(spread(wrongAntenna, k, 4), p, home[p], 1);
          wrongAntenna++;
        }
      }
      if (regularSize == 0 && size == 0) {
        throw new IllegalStateException("no Tickets S hand-out could be planned");
      }
      sortByDay();

      long total = 0;
      long budget = scale.ticketsBudgetCents();
      int overBudget = 0;
      BitSet served = new BitSet();
      for (int i = 0; i < size; i++) {
        total += quantity[i];
        if (total * 1000 > budget) {
          overBudget++;
        }
        if (person[i] >= 0) {
          served.set(person[i]);
        }
      }
      Map<String, Integer> violations = new LinkedHashMap<>();
      violations.put("ANONYMOUS", anonymous);
      violations.put("NOT_ELIGIBLE", notEligible);
      violations.put("WRONG_ANTENNA", wrongAntenna);
      violations.put("OVER_QUOTA", overQuota);
      violations.put("OVER_BUDGET", overBudget);
      List<String> antennas =
          List.of(
              ANTENNA_IDS.get(TICKET_ANTENNAS[0]),
              ANTENNA_IDS.get(TICKET_ANTENNAS[1]),
              ANTENNA_IDS.get(TICKET_ANTENNAS[2]));
      return new TicketsLedger(
          "tickets-s-2020",
          TICKET_S,
          1000,
          2,
          "ISO_WEEK",
          budget,
          LocalDate.of(2020, 1, 1),
          LAST_DAY,
          List.of("SEX_WORKER"),
          antennas,
          size,
          total,
          served.cardinality(),
          violations);
    }

    /** The j-th of k days spread over 2020, shifted by a few days. */
    private int spread(int j, int k, int shift) {
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

  private static boolean isTicketAntenna(int a) {
    for (int t : TICKET_ANTENNAS) {
      if (t == a) {
        return true;
      }
    }
    return false;
  }

  // ----------------------------------------------------------------------------------- helpers

  /** An independent random stream per part of the data, so that parts do not shift each other. */
  private SplittableRandom random(int stream) {
    long z = seed + stream * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  /** Splits a total over the days in proportion to their weights; the parts add up exactly. */
  private static int[] perDay(long total) {
    int[] out = new int[NDAYS];
    long before = 0;
    for (int d = 0; d < NDAYS; d++) {
      long upTo = d == NDAYS - 1 ? total : Math.round(total * CUMULATIVE[d]);
      out[d] = (int) (upTo - before);
      before = upTo;
    }
    return out;
  }

  private static double[] cumulativeDayWeights() {
    LocalDate lockdownFrom = LocalDate.of(2020, 3, 16);
    LocalDate lockdownTo = LocalDate.of(2020, 5, 17);
    double[] w = new double[NDAYS];
    double sum = 0;
    for (int d = 0; d < NDAYS; d++) {
      LocalDate date = LocalDate.ofEpochDay(D0 + d);
      DayOfWeek dow = date.getDayOfWeek();
      double weight = dow == DayOfWeek.SUNDAY ? 0.2 : dow == DayOfWeek.SATURDAY ? 0.45 : 1.0;
      if (date.getYear() == 2020) {
        weight *= 0.9;
      }
      if (!date.isBefore(lockdownFrom) && !date.isAfter(lockdownTo)) {
        weight *= 0.45;
      }
      if (date.getMonthValue() == 8) {
        weight *= 0.8;
      }
      sum += weight;
      w[d] = sum;
    }
    for (int d = 0; d < NDAYS; d++) {
      w[d] /= sum;
    }
    return w;
  }

  private static String[] dateTexts() {
    int to = (int) LocalDate.of(2021, 12, 31).toEpochDay();
    String[] out = new String[to - DATE_TEXT_FROM + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = LocalDate.ofEpochDay(DATE_TEXT_FROM + i).toString();
    }
    return out;
  }

  private static String[] intTexts(int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = Integer.toString(i);
    }
    return out;
  }

  private static String date(int epochDay) {
    return DATE_TEXT[epochDay - DATE_TEXT_FROM];
  }
}
