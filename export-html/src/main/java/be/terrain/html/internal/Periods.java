package be.terrain.html.internal;

import be.terrain.core.Period;
import java.time.LocalDate;
import java.time.YearMonth;

/** A period's short label: a year ({@code 2020}), a month ({@code 2020-03}) or two dates. */
public final class Periods {
  private Periods() {}

  /** The period's label. */
  public static String label(Period p) {
    LocalDate from = p.from();
    if (from.getDayOfYear() == 1 && p.to().equals(from.withDayOfYear(from.lengthOfYear()))) {
      return String.valueOf(from.getYear());
    }
    if (from.getDayOfMonth() == 1 && p.to().equals(YearMonth.from(from).atEndOfMonth())) {
      return YearMonth.from(from).toString();
    }
    return p.from() + " – " + p.to();
  }
}
