package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The year in a period's label is written with four digits from year 0 to 9999, as ISO 8601 and
 * {@link java.time.YearMonth} write it, and as is outside (PIT's surviving mutants of {@code
 * QuotaPeriod.year}, docs/testing.md).
 */
class QuotaPeriodYearsTest {
  @Test
  void yearsBelowOneThousandArePaddedToFourDigits() {
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(999, 5, 5))).isEqualTo("0999");
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(0, 5, 5))).isEqualTo("0000");
    assertThat(QuotaPeriod.ISO_WEEK.label(LocalDate.of(999, 5, 5))).startsWith("0999-W");
    assertThat(QuotaPeriod.MONTH.label(LocalDate.of(999, 5, 5))).isEqualTo("0999-05");
  }

  @Test
  void yearsOutsideFourDigitsAreWrittenAsTheyAre() {
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(10000, 1, 1))).isEqualTo("10000");
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(-1, 1, 1))).isEqualTo("-1");
    assertThat(QuotaPeriod.YEAR.label(LocalDate.of(2021, 1, 1))).isEqualTo("2021");
  }

  @Test
  void theLabelOfAnEpochDayIsThatOfItsDate() {
    LocalDate day = LocalDate.of(2021, 2, 2);
    for (QuotaPeriod period : QuotaPeriod.values()) {
      assertThat(period.label((int) day.toEpochDay())).isEqualTo(period.label(day)).isNotEmpty();
    }
  }
}
