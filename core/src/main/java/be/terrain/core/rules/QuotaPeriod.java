package be.terrain.core.rules;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apiguardian.api.API;

/**
 * The period a quota counts over. Each date lies in exactly one period of each kind; {@link
 * #label(LocalDate)} names it as reports show it and {@link #key(int)} numbers it densely for fast
 * counting (consecutive periods have consecutive keys).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QuotaPeriod {
  /** One calendar day: label {@code 2021-02-02}, key the epoch day. */
  DAY,
  /**
   * An ISO-8601 week, Monday to Sunday, numbered in its week-based year: label {@code 2021-W07};
   * 2020-12-31 and 2021-01-03 both lie in {@code 2020-W53}. Key: weeks since the week of
   * 1970-01-01.
   */
  ISO_WEEK,
  /** A calendar month: label {@code 2021-02}, key {@code year × 12 + month − 1}. */
  MONTH,
  /** A calendar year: label {@code 2021}, key the year. */
  YEAR;

  /**
   * The dense key of the period holding a day.
   *
   * @param epochDay the day as a count of days from 1970-01-01
   * @return the key; the key of the next period is one more
   */
  public int key(int epochDay) {
    return switch (this) {
      case DAY -> epochDay;
      case ISO_WEEK -> Math.floorDiv(epochDay + 3, 7); // 1970-01-01 is a Thursday
      case MONTH -> {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        yield d.getYear() * 12 + d.getMonthValue() - 1;
      }
      case YEAR -> LocalDate.ofEpochDay(epochDay).getYear();
    };
  }

  /**
   * {@return the dense key of the period holding a date}
   *
   * @param date the day
   * @throws ArithmeticException if the date's epoch day does not fit an int
   */
  public int key(LocalDate date) {
    return key(Math.toIntExact(date.toEpochDay()));
  }

  /**
   * {@return the label of the period holding a date: {@code 2021-02-02}, {@code 2021-W07} (ISO
   * week-based year), {@code 2021-02} or {@code 2021}}
   *
   * @param date the day
   */
  public String label(LocalDate date) {
    requireNonNull(date, "date");
    return switch (this) {
      case DAY -> date.toString();
      case ISO_WEEK -> {
        // the week and its week-based year are those of the week's Thursday
        int mondayBased = (int) Math.floorMod(date.toEpochDay() + 3, 7L);
        LocalDate thursday = date.plusDays(3 - mondayBased);
        yield year(thursday.getYear()) + "-W" + twoDigits((thursday.getDayOfYear() - 1) / 7 + 1);
      }
      case MONTH -> YearMonth.from(date).toString();
      case YEAR -> year(date.getYear());
    };
  }

  /**
   * {@return the label of the period holding a day given as an epoch day}
   *
   * @param epochDay the day as a count of days since 1970-01-01
   */
  public String label(int epochDay) {
    return label(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * {@return the period holding a date, as a closed date range}
   *
   * @param date the day
   */
  public Period period(LocalDate date) {
    requireNonNull(date, "date");
    return switch (this) {
      case DAY -> Period.of(date, date);
      case ISO_WEEK -> {
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        yield Period.of(monday, monday.plusDays(6));
      }
      case MONTH -> Period.ofMonth(YearMonth.from(date));
      case YEAR -> Period.ofYear(date.getYear());
    };
  }

  private static String year(int y) {
    if (y >= 0 && y <= 9999) {
      String s = Integer.toString(y);
      return "0000".substring(s.length()) + s;
    }
    return Integer.toString(y);
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
