package be.terrain.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class QuotaPeriodTest {
  @Test
  void theLastDayOf2020AndTheThirdOf2021AreInTheSameIsoWeek() {
    LocalDate dec31 = LocalDate.of(2020, 12, 31);
    LocalDate jan3 = LocalDate.of(2021, 1, 3);
    assertThat(QuotaPeriod.ISO_WEEK.label(dec31)).isEqualTo("2020-W53");
    assertThat(QuotaPeriod.ISO_WEEK.label(jan3)).isEqualTo("2020-W53");
    assertThat(QuotaPeriod.ISO_WEEK.key(dec31)).isEqualTo(QuotaPeriod.ISO_WEEK.key(jan3));
    assertThat(QuotaPeriod.ISO_WEEK.label(LocalDate.of(2021, 1, 4))).isEqualTo("2021-W01");
    assertThat(QuotaPeriod.ISO_WEEK.key(LocalDate.of(2021, 1, 4)))
        .isEqualTo(QuotaPeriod.ISO_WEEK.key(jan3) + 1);
  }

  @Test
  void labelsOfEachKind() {
    LocalDate d = LocalDate.of(2021, 2, 2);
    assertThat(QuotaPeriod.DAY.label(d)).isEqualTo("2021-02-02");
    assertThat(QuotaPeriod.ISO_WEEK.label(LocalDate.of(2021, 2, 17))).isEqualTo("2021-W07");
    assertThat(QuotaPeriod.MONTH.label(d)).isEqualTo("2021-02");
    assertThat(QuotaPeriod.YEAR.label(d)).isEqualTo("2021");
    // the ISO week-based year, not the calendar year
    assertThat(QuotaPeriod.ISO_WEEK.label(LocalDate.of(2022, 1, 1))).isEqualTo("2021-W52");
    assertThat(QuotaPeriod.ISO_WEEK.label(LocalDate.of(2019, 12, 30))).isEqualTo("2020-W01");
  }

  @Test
  void periodsAreClosedRanges() {
    LocalDate d = LocalDate.of(2021, 1, 1);
    assertThat(QuotaPeriod.ISO_WEEK.period(d).toString()).isEqualTo("2020-12-28/2021-01-03");
    assertThat(QuotaPeriod.MONTH.period(d).toString()).isEqualTo("2021-01-01/2021-01-31");
    assertThat(QuotaPeriod.YEAR.period(d).toString()).isEqualTo("2021-01-01/2021-12-31");
    assertThat(QuotaPeriod.DAY.period(d).toString()).isEqualTo("2021-01-01/2021-01-01");
  }

  @Test
  void twoDaysShareAKeyExactlyWhenTheyShareALabelAndAPeriod() {
    qt().withExamples(1000)
        .forAll(integers().between(-30000, 60000), integers().between(0, 400))
        .checkAssert(QuotaPeriodTest::shareAKeyExactlyWhenTheyShareALabelAndAPeriod);
  }

  private static void shareAKeyExactlyWhenTheyShareALabelAndAPeriod(int a, int gap) {
    for (QuotaPeriod per : QuotaPeriod.values()) {
      LocalDate x = LocalDate.ofEpochDay(a);
      LocalDate y = x.plusDays(gap);
      boolean sameKey = per.key(x) == per.key(y);
      assertThat(per.label(x).equals(per.label(y))).isEqualTo(sameKey);
      assertThat(per.period(x).contains(y)).isEqualTo(sameKey);
      assertThat(per.key(a)).isEqualTo(per.key(x));
    }
  }

  @Test
  void isoWeekLabelsAreThoseOfJavaTime() {
    qt().withExamples(1000)
        .forAll(integers().between(-30000, 2_900_000))
        .checkAssert(QuotaPeriodTest::labelsAreThoseOfJavaTime);
  }

  private static void labelsAreThoseOfJavaTime(int day) {
    LocalDate d = LocalDate.ofEpochDay(day);
    String expected =
        String.format(
            "%04d-W%02d",
            d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
            d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    assertThat(QuotaPeriod.ISO_WEEK.label(d)).isEqualTo(expected);
    assertThat(QuotaPeriod.MONTH.label(d)).isEqualTo(java.time.YearMonth.from(d).toString());
  }

  @Test
  void keysOfConsecutivePeriodsAreConsecutive() {
    qt().withExamples(1000)
        .forAll(integers().between(-30000, 60000))
        .checkAssert(QuotaPeriodTest::consecutiveKeys);
  }

  private static void consecutiveKeys(int a) {
    for (QuotaPeriod per : QuotaPeriod.values()) {
      LocalDate x = LocalDate.ofEpochDay(a);
      LocalDate nextStart = per.period(x).to().plusDays(1);
      assertThat(per.key(nextStart)).isEqualTo(per.key(x) + 1);
      assertThat(per.period(x).from().until(per.period(x).to(), ChronoUnit.DAYS))
          .isGreaterThanOrEqualTo(0);
    }
  }
}
