package be.terrain.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A closed range of dates {@code [from, to]}, both ends included: the period a report covers.
 *
 * <p>A period can be any range of at least one day; the factories build the usual ones (a year, a
 * month, an ISO week) and {@link #parse(String)} reads them back from text. {@link #previous()}
 * gives the period a report compares against, as the standard report defines it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the first day of the period
 * @param to the last day of the period, not before {@code from}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Period(LocalDate from, LocalDate to) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  /**
   * Checks that both ends are given and in order.
   *
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @throws NullPointerException if {@code from} or {@code to} is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public Period {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!from.isAfter(to), "period start %s is after its end %s", from, to);
  }

  /**
   * Returns the period from {@code from} to {@code to}, both included.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the period
   * @throws NullPointerException if {@code from} or {@code to} is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static Period of(LocalDate from, LocalDate to) {
    return new Period(from, to);
  }

  /**
   * Returns a calendar year, January 1st to December 31st: the report's default period.
   *
   * @param year the year
   * @return the year as a period
   * @throws IllegalArgumentException if {@code year} is outside the range of {@link Year}
   */
  public static Period ofYear(int year) {
    checkYear(year);
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Returns a calendar month, from its first to its last day.
   *
   * @param month the month
   * @return the month as a period
   * @throws NullPointerException if {@code month} is null
   */
  public static Period ofMonth(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns a calendar month, from its first to its last day.
   *
   * @param year the year
   * @param month the month of the year, 1 (January) to 12 (December)
   * @return the month as a period
   * @throws IllegalArgumentException if {@code year} is outside the range of {@link Year} or {@code
   *     month} is not from 1 to 12
   */
  public static Period ofMonth(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month must be from 1 to 12: %s", month);
    return ofMonth(YearMonth.of(year, month));
  }

  /**
   * Returns an ISO-8601 week, Monday to Sunday. Week 1 of a week-based year is the week that holds
   * its first Thursday, so the week may start in December of the year before or end in January of
   * the year after; a week-based year has 52 or 53 weeks (2020 has 53, 2021 has 52).
   *
   * @param weekBasedYear the week-based year
   * @param week the week of that year, from 1 to 52 or 53
   * @return the week as a period
   * @throws IllegalArgumentException if the week-based year has no such week, or the year is at the
   *     very edge of the range of {@link Year}
   */
  public static Period ofIsoWeek(int weekBasedYear, int week) {
    checkArgument(
        weekBasedYear > Year.MIN_VALUE && weekBasedYear < Year.MAX_VALUE,
        "week-based year out of range: %s",
        weekBasedYear);
    LocalDate jan4 = LocalDate.of(weekBasedYear, 1, 4); // always in week 1
    long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    checkArgument(
        week >= 1 && week <= weeks,
        "week-based year %s has no week %s (it has weeks 1 to %s)",
        weekBasedYear,
        week,
        weeks);
    LocalDate monday = jan4.with(DayOfWeek.MONDAY).plusWeeks(week - 1L);
    return new Period(monday, monday.plusDays(6));
  }

  /**
   * Reads a period from text: a year ({@code 2020}), a month ({@code 2020-03}), an ISO week ({@code
   * 2020-W07}) or a range of two ISO dates ({@code 2020-01-01/2020-12-31}), the form {@link
   * #toString()} writes.
   *
   * @param text the text to read
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is none of these forms or names a date, month
   *     or week that does not exist, or a range that ends before it starts
   */
  public static Period parse(String text) {
    String s = requireNonNull(text, "text");
    try {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        return ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = ISO_WEEK.matcher(s)).matches()) {
        return ofIsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      int slash = s.indexOf('/');
      if (slash > 0) {
        return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new IllegalArgumentException("invalid period '" + s + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "invalid period '"
            + s
            + "': expected a year (2020), a month (2020-03), an ISO week (2020-W07)"
            + " or a range (2020-01-01/2020-12-31)");
  }

  /**
   * Tells whether a date lies in this period, either end included.
   *
   * @param date the date
   * @return true if {@code from <= date <= to}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * Returns the number of days in this period, both ends counted: 1 for a single day, 366 for the
   * year 2020.
   *
   * @return the number of days, at least 1
   */
  public long lengthInDays() {
    return to.toEpochDay() - from.toEpochDay() + 1;
  }

  /**
   * Tells whether this period is made of whole calendar months: it starts on the first day of a
   * month and ends on the last day of a month. Years, quarters and months are; ISO weeks are not.
   * This decides how {@link #previous()} steps back.
   *
   * @return true if the period starts on a 1st and ends on a month's last day
   */
  public boolean isWholeMonths() {
    return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
  }

  /**
   * Returns the period a report compares this one against. It ends the day before {@link #from()};
   * when this period {@linkplain #isWholeMonths() is made of whole months} it spans the same number
   * of months (the year before a year, the quarter before a quarter, January before February),
   * otherwise the same number of days (the week before an ISO week).
   *
   * @return the previous period
   * @throws DateTimeException if the previous period would start before {@link LocalDate#MIN}
   */
  public Period previous() {
    LocalDate end = from.minusDays(1);
    if (isWholeMonths()) {
      long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
      return new Period(YearMonth.from(end).minusMonths(months - 1).atDay(1), end);
    }
    return new Period(end.minusDays(lengthInDays() - 1), end);
  }

  /**
   * Returns the k-th previous period: {@code previous(1)} is {@link #previous()}, and {@code
   * previous(k)} is the previous period of {@code previous(k - 1)}. A report uses these for its
   * history columns.
   *
   * <p>Stepping back is not always a fixed shift: the previous period of 2021-03-01/2021-03-28 (28
   * days) is February 2021, whose own previous period is January 2021 (31 days).
   *
   * @param k how many periods to step back, at least 1
   * @return the k-th previous period
   * @throws IllegalArgumentException if {@code k} is less than 1
   * @throws DateTimeException if a period would start before {@link LocalDate#MIN}
   */
  public Period previous(int k) {
    checkArgument(k >= 1, "k must be at least 1: %s", k);
    Period p = this;
    for (int i = 0; i < k; i++) {
      p = p.previous();
    }
    return p;
  }

  /**
   * Returns {@link #from()} as a day count from 1970-01-01, for code (the statistics) that keeps
   * dates as {@code int}s.
   *
   * @return the epoch day of the first day
   * @throws ArithmeticException if the date is millions of years away and does not fit an int
   */
  public int fromEpochDay() {
    return Math.toIntExact(from.toEpochDay());
  }

  /**
   * Returns {@link #to()} as a day count from 1970-01-01, for code (the statistics) that keeps
   * dates as {@code int}s.
   *
   * @return the epoch day of the last day
   * @throws ArithmeticException if the date is millions of years away and does not fit an int
   */
  public int toEpochDay() {
    return Math.toIntExact(to.toEpochDay());
  }

  /**
   * Returns the period as two ISO dates joined by a slash, {@code 2020-01-01/2020-12-31}: the
   * ISO-8601 interval form, which {@link #parse(String)} reads back.
   *
   * @return the period as text
   */
  @Override
  public String toString() {
    return from + "/" + to;
  }

  private static void checkYear(int year) {
    checkArgument(year >= Year.MIN_VALUE && year <= Year.MAX_VALUE, "year out of range: %s", year);
  }
}
