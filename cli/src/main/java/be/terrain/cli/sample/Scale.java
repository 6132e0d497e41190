package be.terrain.cli.sample;

import java.util.Locale;

/**
 * How much a {@link SampleGenerator} generates: the number of persons and of activity rows of each
 * kind over the two years of a sample dataset. Profiles follow from persons (one row each, a second
 * one for every other person: about 1.5 per person). Immutable.
 *
 * @param name a short name, used in file names and markers ({@code [A-Za-z0-9._-]{1,32}})
 * @param persons persons, at least 50
 * @param contacts contact rows (about 80 % identified)
 * @param accompaniments accompaniment rows
 * @param health health intervention rows
 * @param distributionRows distribution rows (one per item of an act), Tickets S ledger included; at
 *     least 100
 * @param ticketsBudgetCents the budget of the second year's Tickets S rule, in cents (a multiple of
 *     1000, the value of a voucher); the ledger is generated to exceed it by a few vouchers
 */
public record Scale(
    String name,
    int persons,
    int contacts,
    int accompaniments,
    int health,
    int distributionRows,
    long ticketsBudgetCents) {

  /** The demo: a few thousand rows, a €20,000 Tickets S grant. */
  public static final Scale DEMO = new Scale("DEMO", 500, 4_000, 800, 700, 4_000, 2_000_000L);

  /**
   * S1: 100k persons, 1M contacts, 200k accompaniments, 200k health rows, 500k distribution rows
   * (about 105 MB of CSV).
   */
  public static final Scale S1 = of("S1", 100_000, 1_000_000, 200_000, 200_000, 500_000);

  /** S2: ten times S1 (about 1.07 GB of CSV, 21.5M rows). */
  public static final Scale S2 = of("S2", 1_000_000, 10_000_000, 2_000_000, 2_000_000, 5_000_000);

  /** Smallest number of persons. */
  public static final int MIN_PERSONS = 50;

  /** Smallest number of distribution rows. */
  public static final int MIN_DISTRIBUTION_ROWS = 100;

  /**
   * Validates the counts.
   *
   * @param name a short name, used in file names and markers ({@code [A-Za-z0-9._-]{1,32}})
   * @param persons persons, at least 50
   * @param contacts contact rows (about 80 % identified)
   * @param accompaniments accompaniment rows
   * @param health health intervention rows
   * @param distributionRows distribution rows (one per item of an act), Tickets S ledger included;
   *     at least 100
   * @param ticketsBudgetCents the budget of the second year's Tickets S rule, in cents (a multiple
   *     of 1000, the value of a voucher); the ledger is generated to exceed it by a few vouchers
   */
  public Scale {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException(
          "scale name must be 1 to 32 characters of [A-Za-z0-9._-]: " + name);
    }
    if (persons < MIN_PERSONS) {
      throw new IllegalArgumentException(
          "a scale needs at least " + MIN_PERSONS + " persons: " + persons);
    }
    if (contacts < 0 || accompaniments < 0 || health < 0) {
      throw new IllegalArgumentException(
          "row counts must not be negative: contacts="
              + contacts
              + ", accompaniments="
              + accompaniments
              + ", health="
              + health);
    }
    if (distributionRows < MIN_DISTRIBUTION_ROWS) {
      throw new IllegalArgumentException(
          "a scale needs at least "
              + MIN_DISTRIBUTION_ROWS
              + " distribution rows: "
              + distributionRows);
    }
    if (ticketsBudgetCents < 10_000 || ticketsBudgetCents % 1000 != 0) {
      throw new IllegalArgumentException(
          "the Tickets S budget must be a multiple of 1000 cents, at least 10000: "
              + ticketsBudgetCents);
    }
    if (ticketsBudgetCents / 1000 > distributionRows / 2L) {
      throw new IllegalArgumentException(
          "a Tickets S budget of "
              + ticketsBudgetCents
              + " cents needs more than "
              + distributionRows
              + " distribution rows (at most one voucher per two rows)");
    }
  }

  /**
   * A custom scale whose Tickets S budget pays for one voucher per 25 distribution rows (at least
   * 10 vouchers).
   *
   * @param name a short name, used in file names and markers ({@code [A-Za-z0-9._-]{1,32}})
   * @param persons persons, at least 50
   * @param contacts contact rows
   * @param accompaniments accompaniment rows
   * @param health health intervention rows
   * @param distributionRows distribution rows, at least 100
   * @return the scale
   */
  public static Scale of(
      String name,
      int persons,
      int contacts,
      int accompaniments,
      int health,
      int distributionRows) {
    long vouchers = Math.max(10, distributionRows / 25);
    return new Scale(
        name, persons, contacts, accompaniments, health, distributionRows, vouchers * 1000);
  }

  /**
   * The named scale {@code DEMO}, {@code S1} or {@code S2} (case-insensitive).
   *
   * @param name the scale's name, as {@code --scale} takes it
   * @return that scale
   * @throws IllegalArgumentException for another name
   */
  public static Scale named(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "DEMO" -> DEMO;
      case "S1" -> S1;
      case "S2" -> S2;
      default -> throw new IllegalArgumentException("unknown scale '" + name + "': DEMO, S1 or S2");
    };
  }

  /**
   * {@return the number of profile rows: one per person and a second one for every other person}
   */
  public int profiles() {
    return persons + persons / 2;
  }

  /**
   * {@return every row of the dataset: organisation, antennas, persons, profiles and activities}
   */
  public long totalRows() {
    return 1L
        + SampleGenerator.ANTENNA_IDS.size()
        + persons
        + profiles()
        + contacts
        + accompaniments
        + health
        + distributionRows;
  }
}
