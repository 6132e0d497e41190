package be.terrain.cli.sample;

import static be.terrain.cli.sample.SampleCalendar.D0;
import static be.terrain.cli.sample.SampleCalendar.NDAYS;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The persons of a sample, drawn once from their own random stream: role, home antenna, birth year,
 * sex, nationality and first contact. They are numbered by the day they enter the data (the order
 * of {@code persons.csv}): about 40 % are known from the start, the others come in as the activity
 * goes. The activities pick among the persons already met on their day.
 */
final class Persons {
  /** The role of a sex worker. */
  static final byte SEX_WORKER = 0;

  /** The role of a member of a sex worker's entourage. */
  static final byte ENTOURAGE = 1;

  private static final Choice SEX_OF_SEX_WORKER = Choice.of("F", 80, "M", 11, "X", 5, "", 4);
  private static final Choice SEX_OF_ENTOURAGE = Choice.of("F", 40, "M", 55, "", 5);
  private static final Choice NATIONALITY =
      Choice.of(
          "BE", 380, "RO", 120, "BG", 70, "FR", 40, "NL", 20, "ES", 30, "IT", 30, "PL", 20, "HU",
          20, "PT", 10, "DE", 10, "GB", 20, "HR", 10, "SK", 10, "NG", 60, "MA", 40, "CM", 20, "CD",
          20, "BR", 30, "CO", 20, "DO", 10, "TH", 10, "VN", 10, "CN", 10, "UA", 10, "AL", 10, "GN",
          10, "SN", 10, "RE", 5, "GF", 5, "", 100);

  /** No first contact is known. */
  static final int NO_FIRST_CONTACT = Integer.MIN_VALUE;

  private final int count;
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

  /** Draws {@code count} persons from the random stream. */
  Persons(int count, SplittableRandom r) {
    this.count = count;
    this.firstDay = new int[count];
    this.role = new byte[count];
    this.home = new byte[count];
    this.birthYear = new short[count];
    this.sex = new String[count];
    this.nationality = new String[count];
    this.firstContact = new int[count];
    this.legacy = Math.max(1, (int) Math.round(count * 0.4));
    make(r);
  }

  private void make(SplittableRandom r) {
    int newcomers = count - legacy;
    int day = 0;
    for (int p = 0; p < count; p++) {
      if (p < legacy) {
        firstDay[p] = D0;
      } else {
        double share = (p - legacy + 0.5) / newcomers;
        while (day < NDAYS - 1 && SampleCalendar.cumulativeShare(day) < share) {
          day++;
        }
        firstDay[p] = D0 + day;
      }
      role[p] = r.nextInt(100) < 78 ? SEX_WORKER : ENTOURAGE;
      home[p] = (byte) DemoOrganisation.ANTENNA.pick(r);
      birthYear[p] = (short) drawBirthYear(r);
      String s = (role[p] == SEX_WORKER ? SEX_OF_SEX_WORKER : SEX_OF_ENTOURAGE).pickCode(r);
      sex[p] = CellTexts.emptyAsNull(s);
      nationality[p] = CellTexts.emptyAsNull(NATIONALITY.pickCode(r));
      firstContact[p] = drawFirstContact(r, p);
    }
    int p = 0;
    for (int d = 0; d < NDAYS; d++) {
      while (p < count && firstDay[p] <= D0 + d) {
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
      return r.nextInt(100) < 75 ? firstDay[p] : NO_FIRST_CONTACT;
    }
    if (r.nextInt(100) < 25) {
      return NO_FIRST_CONTACT;
    }
    int fromYear = Math.max(2008, birthYear[p] == 0 ? 2008 : birthYear[p] + 16);
    if (fromYear > 2018) {
      return NO_FIRST_CONTACT;
    }
    int from = (int) LocalDate.of(fromYear, 1, 1).toEpochDay();
    return from + r.nextInt(D0 - from);
  }

  /** The number of persons. */
  int count() {
    return count;
  }

  /** The number of persons known from the first day (the first ones). */
  int legacy() {
    return legacy;
  }

  /** The epoch day a person enters the data. */
  int firstDay(int p) {
    return firstDay[p];
  }

  /** A person's role, {@link #SEX_WORKER} or {@link #ENTOURAGE}. */
  byte role(int p) {
    return role[p];
  }

  /** A person's home antenna, as an index into {@link DemoOrganisation#ANTENNA_IDS}. */
  int home(int p) {
    return home[p];
  }

  /** A person's birth year, 0 when unknown. */
  int birthYear(int p) {
    return birthYear[p];
  }

  /** A person's sex code, null when unknown. */
  String sex(int p) {
    return sex[p];
  }

  /** A person's nationality code, null when unknown. */
  String nationality(int p) {
    return nationality[p];
  }

  /** The epoch day of a person's first contact, or {@link #NO_FIRST_CONTACT}. */
  int firstContact(int p) {
    return firstContact[p];
  }

  /** An identified person active on the day: often a recent newcomer, else anyone already met. */
  int pick(SplittableRandom r, int dayIndex) {
    int active = activeBy[dayIndex];
    int recentFrom = dayIndex >= 42 ? activeBy[dayIndex - 42] : legacy;
    if (recentFrom < active && r.nextInt(100) < 30) {
      return recentFrom + r.nextInt(active - recentFrom);
    }
    return r.nextInt(active);
  }

  /** The antenna of a person's activity: mostly the person's home, else any antenna. */
  String antennaFor(SplittableRandom r, int p, int homePercent) {
    int a = r.nextInt(100) < homePercent ? home[p] : DemoOrganisation.ANTENNA.pick(r);
    return DemoOrganisation.antennaId(a);
  }
}
