package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The bulk path's date parsing gives java.time's epoch days, in and beyond its table of months. */
class DateParsingTest {
  @Property
  void everyCalendarDateParsesToItsEpochDay(@ForAll @IntRange(min = 0, max = 9999 * 366) int n) {
    LocalDate date = LocalDate.of(0, 1, 1).plusDays(n);
    if (date.getYear() > 9999) {
      return;
    }
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
