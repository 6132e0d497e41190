package be.terrain.cli.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The two years of a sample as epoch days, and how its activity spreads over them: less on
 * weekends, in 2020, during the spring 2020 lockdown and in August. Every kind of activity follows
 * the same spread, so that the kinds rise and fall together.
 */
final class SampleCalendar {
  /** The first day of activity. */
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

  /** The last day of activity. */
  static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

  /** The epoch day of {@link #FIRST_DAY}. */
  static final int D0 = (int) FIRST_DAY.toEpochDay();

  /** The epoch day of {@link #LAST_DAY}. */
  static final int DLAST = (int) LAST_DAY.toEpochDay();

  /** The number of days of activity; a day index runs from 0 to {@code NDAYS - 1}. */
  static final int NDAYS = DLAST - D0 + 1;

  /** The epoch day of 1 January of the second year, 2020. */
  static final int Y2020 = (int) LocalDate.of(2020, 1, 1).toEpochDay();

  /** Cumulative share of activity up to and including each day (weekends, lockdown, summer). */
  private static final double[] CUMULATIVE = cumulativeDayWeights();

  private SampleCalendar() {}

  /** The share of the whole activity up to and including the day of an index. */
  static double cumulativeShare(int dayIndex) {
    return CUMULATIVE[dayIndex];
  }

  /** Splits a total over the days in proportion to their weights; the parts add up exactly. */
  static int[] perDay(long total) {
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
}
