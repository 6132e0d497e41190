package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The bulk path's date parsing gives java.time's epoch days, in and beyond its table of months. */
class DateParsingTest {
  private static final LocalDate YEAR_0 = LocalDate.of(0, 1, 1);

  @Test
  void everyCalendarDateParsesToItsEpochDay() {
    // every day of the years 0 to 9999, none beyond: no draw is wasted
    int days = (int) ChronoUnit.DAYS.between(YEAR_0, LocalDate.of(9999, 12, 31));
    qt().withExamples(1000)
        .forAll(integers().between(0, days))
        .checkAssert(DateParsingTest::parsesToItsEpochDay);
  }

  private static void parsesToItsEpochDay(int n) {
    LocalDate date = YEAR_0.plusDays(n);
    String text =
        String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    assertThat(FieldRules.parseDate(text)).as(text).isEqualTo((int) date.toEpochDay());
  }

  @Test
  void everyDayAroundTheTabledYearsParsesToItsEpochDay() {
    for (LocalDate d = LocalDate.of(1899, 1, 1);
        d.isBefore(LocalDate.of(2202, 1, 1));
        d = d.plusDays(1)) {
      assertThat(FieldRules.parseDate(d.toString()))
          .as(d.toString())
          .isEqualTo((int) d.toEpochDay());
    }
    assertThat(FieldRules.parseDate("2020-02-30")).isEqualTo(FieldRules.NO_DATE);
    assertThat(FieldRules.parseDate("2019-02-29")).isEqualTo(FieldRules.NO_DATE);
    assertThat(FieldRules.parseDate("2020-13-01")).isEqualTo(FieldRules.NO_DATE);
    assertThat(FieldRules.parseDate("2020-00-10")).isEqualTo(FieldRules.NO_DATE);
  }
}
