package be.terrain.core;

import static be.terrain.testing.Gens.anyStrings;
import static be.terrain.testing.Gens.dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PeriodTest {

  private static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2500, 12, 31);

  // ---- generators

  private static final int TRIES = 1000;

  /** Any day from {@link #MIN} to {@link #MAX}. */
  static Gen<LocalDate> days() {
    return dates(MIN, MAX);
  }

  /** Ranges of 1 to 801 days from any date, some starting on a 1st. */
  static Gen<Period> ranges() {
    Gen<LocalDate> starts = Generate.oneOf(days(), months().map(m -> m.atDay(1)));
    return starts.zip(integers().between(0, 800), (d, n) -> Period.of(d, d.plusDays(n)));
  }

  /** Whole calendar months, 1 to 36 of them. */
  static Gen<Period> wholeMonths() {
    return months()
        .zip(
            integers().between(1, 36),
            (m, n) -> Period.of(m.atDay(1), m.plusMonths(n - 1L).atEndOfMonth()));
  }

  static Gen<Period> notWholeMonths() {
    return Generate.oneOf(ranges(), isoWeeks()).assuming(p -> !startsAndEndsMonths(p));
  }

  /** Whole months by hand, so that the properties do not lean on {@link Period#isWholeMonths}. */
  private static boolean startsAndEndsMonths(Period p) {
    return p.from().getDayOfMonth() == 1 && p.to().plusDays(1).getDayOfMonth() == 1;
  }

  static Gen<Period> isoWeeks() {
    return days()
        .map(
            d ->
                Period.ofIsoWeek(
                    d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  static Gen<Period> periods() {
    return Generate.oneOf(ranges(), wholeMonths(), isoWeeks());
  }

  private static Gen<YearMonth> months() {
    return integers().between(0, 600 * 12).map(i -> YearMonth.of(1900, 1).plusMonths(i));
  }

  // ---- construction

  @Test
  void refusesAnEndBeforeTheStartNamingBothDates() {
    assertThatThrownBy(() -> Period.of(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-03-02")
        .hasMessageContaining("2020-03-01");
  }

  @Test
  void aSingleDayIsAPeriod() {
    LocalDate day = LocalDate.of(2020, 2, 29);
    Period p = Period.of(day, day);
    assertThat(p.lengthInDays()).isEqualTo(1);
    assertThat(p.contains(day)).isTrue();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2020, 1, 1))
            .setDefault(YearMonth.class, YearMonth.of(2020, 1))
            .setDefault(String.class, "2020");
    tester.testAllPublicConstructors(Period.class);
    tester.testAllPublicStaticMethods(Period.class);
    tester.testAllPublicInstanceMethods(Period.ofYear(2020));
  }

  @Test
  void equalityIsByBothDates() {
    new EqualsTester()
        .addEqualityGroup(
            Period.ofYear(2020),
            Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
            Period.parse("2020"),
            Period.parse("2020-01-01/2020-12-31"))
        .addEqualityGroup(
            Period.ofMonth(2020, 2), Period.ofMonth(YearMonth.of(2020, 2)), Period.parse("2020-02"))
        .addEqualityGroup(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 30)))
        .addEqualityGroup(Period.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 12, 31)))
        .addEqualityGroup(Period.ofIsoWeek(2020, 7), Period.parse("2020-W07"))
        .testEquals();
  }

  @Test
  void yearAndMonthFactoriesRefuseValuesOutOfRange() {
    assertThatThrownBy(() -> Period.ofMonth(2020, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13");
    assertThatThrownBy(() -> Period.ofMonth(2020, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.ofYear(Year.MAX_VALUE + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(Year.MAX_VALUE + 1));
  }

  // ---- ISO weeks

  @Test
  void isoWeekAgreesWithJavaTime() {
    qt().withExamples(TRIES).forAll(days()).checkAssert(PeriodTest::isoWeekAgrees);
  }

  private static void isoWeekAgrees(LocalDate date) {
    int year = date.get(IsoFields.WEEK_BASED_YEAR);
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);

    Period p = Period.ofIsoWeek(year, week);

    assertThat(p.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(p.to().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(p.lengthInDays()).isEqualTo(7);
    assertThat(p.contains(date)).isTrue();
  }

  /** Every year from 1900 to 2500 (jqwik tried all 601 of them). */
  @Test
  void aWeekBasedYearHasExactlyItsOwnWeeks() {
    for (int year = 1900; year <= 2500; year++) {
      hasExactlyItsOwnWeeks(year);
    }
  }

  private static void hasExactlyItsOwnWeeks(int year) {
    int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR); // last week

    assertThat(Period.ofIsoWeek(year, weeks).to().get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(year);
    assertThatThrownBy(() -> Period.ofIsoWeek(year, weeks + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(year));
    assertThatThrownBy(() -> Period.ofIsoWeek(year, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void week53Of2020ExistsAndSpansNewYear() {
    assertThat(Period.ofIsoWeek(2020, 53))
        .isEqualTo(Period.of(LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3)));
  }

  @Test
  void week53Of2021DoesNotExist() {
    assertThatThrownBy(() -> Period.ofIsoWeek(2021, 53))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021")
        .hasMessageContaining("53");
  }

  @Test
  void newYearsEveOf2020AndTheFollowingSundayShareAnIsoWeek() {
    LocalDate eve = LocalDate.of(2020, 12, 31);
    LocalDate sunday = LocalDate.of(2021, 1, 3);
    Period week =
        Period.ofIsoWeek(
            eve.get(IsoFields.WEEK_BASED_YEAR), eve.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

    assertThat(week.contains(sunday)).isTrue();
    assertThat(week).isEqualTo(Period.ofIsoWeek(2020, 53));
  }

  // ---- previous

  @Test
  void theYearBeforeAYear() {
    qt().withExamples(TRIES)
        .forAll(integers().between(1, 9999))
        .checkAssert(PeriodTest::yearBefore);
  }

  private static void yearBefore(int year) {
    assertThat(Period.ofYear(year).previous()).isEqualTo(Period.ofYear(year - 1));
  }

  @Test
  void previousOfWholeMonthsIsAsManyMonthsEndingTheDayBefore() {
    qt().withExamples(TRIES).forAll(wholeMonths()).checkAssert(PeriodTest::previousOfWholeMonths);
  }

  private static void previousOfWholeMonths(Period p) {
    Period previous = p.previous();

    assertThat(p.isWholeMonths()).isTrue();
    assertThat(startsAndEndsMonths(previous)).isTrue();
    assertThat(months(previous)).isEqualTo(months(p));
    assertThat(previous.to()).isEqualTo(p.from().minusDays(1));
  }

  @Test
  void previousOfOtherPeriodsIsAsManyDaysEndingTheDayBefore() {
    qt().withExamples(TRIES)
        .forAll(notWholeMonths())
        .checkAssert(PeriodTest::previousOfOtherPeriods);
  }

  private static void previousOfOtherPeriods(Period p) {
    Period previous = p.previous();

    assertThat(p.isWholeMonths()).isFalse();
    assertThat(previous.lengthInDays()).isEqualTo(p.lengthInDays());
    assertThat(previous.to()).isEqualTo(p.from().minusDays(1));
  }

  @Test
  void kthPreviousIsPreviousAppliedKTimes() {
    qt().withExamples(TRIES)
        .forAll(periods(), integers().between(1, 24))
        .checkAssert(PeriodTest::kthPrevious);
  }

  private static void kthPrevious(Period p, int k) {
    Period expected = p;
    for (int i = 0; i < k; i++) {
      expected = expected.previous();
    }
    assertThat(p.previous(k)).isEqualTo(expected);
  }

  @Test
  void firstPreviousIsPrevious() {
    qt().withExamples(TRIES).forAll(periods()).checkAssert(PeriodTest::firstPrevious);
  }

  private static void firstPrevious(Period p) {
    assertThat(p.previous(1)).isEqualTo(p.previous());
  }

  @Test
  void januaryComesBeforeFebruary() {
    assertThat(Period.ofMonth(2020, 2).previous()).isEqualTo(Period.ofMonth(2020, 1));
  }

  @Test
  void theFirstQuarterComesBeforeTheSecond() {
    Period q2 = Period.parse("2020-04-01/2020-06-30");
    assertThat(q2.previous()).isEqualTo(Period.parse("2020-01-01/2020-03-31"));
  }

  @Test
  void twoMonthsComeAfterTwoMonths() {
    Period marchApril = Period.parse("2020-03-01/2020-04-30");
    assertThat(marchApril.previous()).isEqualTo(Period.parse("2020-01-01/2020-02-29"));
  }

  @Test
  void theTenDaysBeforeTenDays() {
    Period tenDays = Period.parse("2020-03-05/2020-03-14");
    assertThat(tenDays.previous()).isEqualTo(Period.parse("2020-02-24/2020-03-04"));
  }

  @Test
  void theWeekBeforeAnIsoWeek() {
    assertThat(Period.ofIsoWeek(2021, 1).previous()).isEqualTo(Period.ofIsoWeek(2020, 53));
  }

  @Test
  void steppingBackTwiceFollowsThePreviousPeriodNotAFixedShift() {
    // 28 days whose previous period happens to be February 2021, made of whole months.
    Period p = Period.parse("2021-03-01/2021-03-28");

    assertThat(p.previous()).isEqualTo(Period.ofMonth(2021, 2));
    assertThat(p.previous(2)).isEqualTo(Period.ofMonth(2021, 1));
  }

  @Test
  void previousNeedsAPositiveK() {
    assertThatThrownBy(() -> Period.ofYear(2020).previous(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  // ---- other queries

  @Test
  void containsExactlyTheDaysFromFromToTo() {
    qt().withExamples(TRIES).forAll(periods()).checkAssert(PeriodTest::containsExactlyItsDays);
  }

  private static void containsExactlyItsDays(Period p) {
    assertThat(p.contains(p.from())).isTrue();
    assertThat(p.contains(p.to())).isTrue();
    assertThat(p.contains(p.from().minusDays(1))).isFalse();
    assertThat(p.contains(p.to().plusDays(1))).isFalse();
    assertThat(ChronoUnit.DAYS.between(p.from(), p.to()) + 1).isEqualTo(p.lengthInDays());
  }

  @Test
  void epochDaysAreThoseOfTheDates() {
    qt().withExamples(TRIES).forAll(periods()).checkAssert(PeriodTest::epochDays);
  }

  private static void epochDays(Period p) {
    assertThat((long) p.fromEpochDay()).isEqualTo(p.from().toEpochDay());
    assertThat((long) p.toEpochDay()).isEqualTo(p.to().toEpochDay());
  }

  @Test
  void lengthCountsBothEnds() {
    assertThat(Period.ofYear(2020).lengthInDays()).isEqualTo(366);
    assertThat(Period.ofYear(2021).lengthInDays()).isEqualTo(365);
    assertThat(Period.ofMonth(2020, 2).lengthInDays()).isEqualTo(29);
  }

  @Test
  void wholeMonthsStartOnAFirstAndEndOnALastDay() {
    assertThat(Period.ofYear(2020).isWholeMonths()).isTrue();
    assertThat(Period.parse("2021-02-01/2021-02-28").isWholeMonths()).isTrue();
    assertThat(Period.parse("2020-02-01/2020-02-28").isWholeMonths()).isFalse();
    assertThat(Period.parse("2020-01-02/2020-01-31").isWholeMonths()).isFalse();
    assertThat(Period.ofIsoWeek(2020, 7).isWholeMonths()).isFalse();
  }

  // ---- text

  @Test
  void parseReadsWhatToStringWrites() {
    qt().withExamples(TRIES).forAll(periods()).checkAssert(PeriodTest::parseReadsToString);
  }

  private static void parseReadsToString(Period p) {
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void parseReadsShortForms() {
    qt().withExamples(TRIES).forAll(days()).checkAssert(PeriodTest::parseReadsShortFormsOf);
  }

  private static void parseReadsShortFormsOf(LocalDate d) {
    int weekYear = d.get(IsoFields.WEEK_BASED_YEAR);
    int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);

    assertThat(Period.parse(String.format("%04d", d.getYear())))
        .isEqualTo(Period.ofYear(d.getYear()));
    assertThat(Period.parse(YearMonth.from(d).toString()))
        .isEqualTo(Period.ofMonth(YearMonth.from(d)));
    assertThat(Period.parse(String.format("%04d-W%02d", weekYear, week)))
        .isEqualTo(Period.ofIsoWeek(weekYear, week));
  }

  @Test
  void textForms() {
    assertThat(Period.ofYear(2020)).hasToString("2020-01-01/2020-12-31");
    assertThat(Period.parse("2020-03")).hasToString("2020-03-01/2020-03-31");
    assertThat(Period.parse("2020-W07")).hasToString("2020-02-10/2020-02-16");
  }

  @Test
  void parseRefusesBadTextNamingIt() {
    for (String bad :
        new String[] {
          "",
          "20",
          "20201",
          "2020-13",
          "2020-3",
          "2020-W54",
          "2020-W00",
          "2020-w07",
          "2020-02-30/2020-03-01",
          "2020-12-31/2020-01-01",
          "2020-01-01/",
          "/2020-01-01",
          " 2020",
          "2020-01-01 / 2020-12-31",
          "twenty"
        }) {
      assertThatThrownBy(() -> Period.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void parseNeverFailsOtherwiseOnArbitraryText() {
    qt().withExamples(TRIES)
        .forAll(anyStrings(0, 30))
        .checkAssert(PeriodTest::parseFailsOnlyByNamingTheText);
  }

  private static void parseFailsOnlyByNamingTheText(String text) {
    try {
      Period.parse(text);
    } catch (IllegalArgumentException expected) {
      assertThat(expected).hasMessageContaining("'" + text + "'");
    }
  }

  private static long months(Period p) {
    return ChronoUnit.MONTHS.between(YearMonth.from(p.from()), YearMonth.from(p.to())) + 1;
  }
}
