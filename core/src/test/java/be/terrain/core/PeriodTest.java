package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.Dates;

class PeriodTest {

  private static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  private static final LocalDate MAX = LocalDate.of(2500, 12, 31);

  // ---- generators

  /** Ranges of 1 to 801 days from any date, some starting on a 1st. */
  @Provide
  Arbitrary<Period> ranges() {
    Arbitrary<LocalDate> starts =
        Arbitraries.oneOf(Dates.dates().between(MIN, MAX), months().map(m -> m.atDay(1)));
    return Combinators.combine(starts, Arbitraries.integers().between(0, 800))
        .as((d, n) -> Period.of(d, d.plusDays(n)));
  }

  /** Whole calendar months, 1 to 36 of them. */
  @Provide
  Arbitrary<Period> wholeMonths() {
    return Combinators.combine(months(), Arbitraries.integers().between(1, 36))
        .as((m, n) -> Period.of(m.atDay(1), m.plusMonths(n - 1L).atEndOfMonth()));
  }

  @Provide
  Arbitrary<Period> notWholeMonths() {
    return Arbitraries.oneOf(ranges(), isoWeeks()).filter(p -> !startsAndEndsMonths(p));
  }

  /** Whole months by hand, so that the properties do not lean on {@link Period#isWholeMonths}. */
  private static boolean startsAndEndsMonths(Period p) {
    return p.from().getDayOfMonth() == 1 && p.to().plusDays(1).getDayOfMonth() == 1;
  }

  @Provide
  Arbitrary<Period> isoWeeks() {
    return Dates.dates()
        .between(MIN, MAX)
        .map(
            d ->
                Period.ofIsoWeek(
                    d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  @Provide
  Arbitrary<Period> periods() {
    return Arbitraries.oneOf(ranges(), wholeMonths(), isoWeeks());
  }

  private static Arbitrary<YearMonth> months() {
    return Arbitraries.integers()
        .between(0, 600 * 12)
        .map(i -> YearMonth.of(1900, 1).plusMonths(i));
  }

  // ---- construction

  @Example
  void refusesAnEndBeforeTheStartNamingBothDates() {
    assertThatThrownBy(() -> Period.of(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-03-02")
        .hasMessageContaining("2020-03-01");
  }

  @Example
  void aSingleDayIsAPeriod() {
    LocalDate day = LocalDate.of(2020, 2, 29);
    Period p = Period.of(day, day);
    assertThat(p.lengthInDays()).isEqualTo(1);
    assertThat(p.contains(day)).isTrue();
  }

  @Example
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

  @Example
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

  @Example
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

  @Property
  void isoWeekAgreesWithJavaTime(@ForAll LocalDate date) {
    int year = date.get(IsoFields.WEEK_BASED_YEAR);
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);

    Period p = Period.ofIsoWeek(year, week);

    assertThat(p.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(p.to().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(p.lengthInDays()).isEqualTo(7);
    assertThat(p.contains(date)).isTrue();
  }

  @Property
  void aWeekBasedYearHasExactlyItsOwnWeeks(@ForAll @IntRange(min = 1900, max = 2500) int year) {
    int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR); // last week

    assertThat(Period.ofIsoWeek(year, weeks).to().get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(year);
    assertThatThrownBy(() -> Period.ofIsoWeek(year, weeks + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(year));
    assertThatThrownBy(() -> Period.ofIsoWeek(year, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void week53Of2020ExistsAndSpansNewYear() {
    assertThat(Period.ofIsoWeek(2020, 53))
        .isEqualTo(Period.of(LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 3)));
  }

  @Example
  void week53Of2021DoesNotExist() {
    assertThatThrownBy(() -> Period.ofIsoWeek(2021, 53))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021")
        .hasMessageContaining("53");
  }

  @Example
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

  @Property
  void theYearBeforeAYear(@ForAll @IntRange(min = 1, max = 9999) int year) {
    assertThat(Period.ofYear(year).previous()).isEqualTo(Period.ofYear(year - 1));
  }

  @Property
  void previousOfWholeMonthsIsAsManyMonthsEndingTheDayBefore(@ForAll("wholeMonths") Period p) {
    Period previous = p.previous();

    assertThat(p.isWholeMonths()).isTrue();
    assertThat(startsAndEndsMonths(previous)).isTrue();
    assertThat(months(previous)).isEqualTo(months(p));
    assertThat(previous.to()).isEqualTo(p.from().minusDays(1));
  }

  @Property
  void previousOfOtherPeriodsIsAsManyDaysEndingTheDayBefore(@ForAll("notWholeMonths") Period p) {
    Period previous = p.previous();

    assertThat(p.isWholeMonths()).isFalse();
    assertThat(previous.lengthInDays()).isEqualTo(p.lengthInDays());
    assertThat(previous.to()).isEqualTo(p.from().minusDays(1));
  }

  @Property
  void kthPreviousIsPreviousAppliedKTimes(
      @ForAll("periods") Period p, @ForAll @IntRange(min = 1, max = 24) int k) {
    Period expected = p;
    for (int i = 0; i < k; i++) {
      expected = expected.previous();
    }
    assertThat(p.previous(k)).isEqualTo(expected);
  }

  @Property
  void firstPreviousIsPrevious(@ForAll("periods") Period p) {
    assertThat(p.previous(1)).isEqualTo(p.previous());
  }

  @Example
  void januaryComesBeforeFebruary() {
    assertThat(Period.ofMonth(2020, 2).previous()).isEqualTo(Period.ofMonth(2020, 1));
  }

  @Example
  void theFirstQuarterComesBeforeTheSecond() {
    Period q2 = Period.parse("2020-04-01/2020-06-30");
    assertThat(q2.previous()).isEqualTo(Period.parse("2020-01-01/2020-03-31"));
  }

  @Example
  void twoMonthsComeAfterTwoMonths() {
    Period marchApril = Period.parse("2020-03-01/2020-04-30");
    assertThat(marchApril.previous()).isEqualTo(Period.parse("2020-01-01/2020-02-29"));
  }

  @Example
  void theTenDaysBeforeTenDays() {
    Period tenDays = Period.parse("2020-03-05/2020-03-14");
    assertThat(tenDays.previous()).isEqualTo(Period.parse("2020-02-24/2020-03-04"));
  }

  @Example
  void theWeekBeforeAnIsoWeek() {
    assertThat(Period.ofIsoWeek(2021, 1).previous()).isEqualTo(Period.ofIsoWeek(2020, 53));
  }

  @Example
  void steppingBackTwiceFollowsThePreviousPeriodNotAFixedShift() {
    // 28 days whose previous period happens to be February 2021, made of whole months.
    Period p = Period.parse("2021-03-01/2021-03-28");

    assertThat(p.previous()).isEqualTo(Period.ofMonth(2021, 2));
    assertThat(p.previous(2)).isEqualTo(Period.ofMonth(2021, 1));
  }

  @Example
  void previousNeedsAPositiveK() {
    assertThatThrownBy(() -> Period.ofYear(2020).previous(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  // ---- other queries

  @Property
  void containsExactlyTheDaysFromFromToTo(@ForAll("periods") Period p) {
    assertThat(p.contains(p.from())).isTrue();
    assertThat(p.contains(p.to())).isTrue();
    assertThat(p.contains(p.from().minusDays(1))).isFalse();
    assertThat(p.contains(p.to().plusDays(1))).isFalse();
    assertThat(ChronoUnit.DAYS.between(p.from(), p.to()) + 1).isEqualTo(p.lengthInDays());
  }

  @Property
  void epochDaysAreThoseOfTheDates(@ForAll("periods") Period p) {
    assertThat((long) p.fromEpochDay()).isEqualTo(p.from().toEpochDay());
    assertThat((long) p.toEpochDay()).isEqualTo(p.to().toEpochDay());
  }

  @Example
  void lengthCountsBothEnds() {
    assertThat(Period.ofYear(2020).lengthInDays()).isEqualTo(366);
    assertThat(Period.ofYear(2021).lengthInDays()).isEqualTo(365);
    assertThat(Period.ofMonth(2020, 2).lengthInDays()).isEqualTo(29);
  }

  @Example
  void wholeMonthsStartOnAFirstAndEndOnALastDay() {
    assertThat(Period.ofYear(2020).isWholeMonths()).isTrue();
    assertThat(Period.parse("2021-02-01/2021-02-28").isWholeMonths()).isTrue();
    assertThat(Period.parse("2020-02-01/2020-02-28").isWholeMonths()).isFalse();
    assertThat(Period.parse("2020-01-02/2020-01-31").isWholeMonths()).isFalse();
    assertThat(Period.ofIsoWeek(2020, 7).isWholeMonths()).isFalse();
  }

  // ---- text

  @Property
  void parseReadsWhatToStringWrites(@ForAll("periods") Period p) {
    assertThat(Period.parse(p.toString())).isEqualTo(p);
  }

  @Property
  void parseReadsShortForms(@ForAll LocalDate d) {
    int weekYear = d.get(IsoFields.WEEK_BASED_YEAR);
    int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);

    assertThat(Period.parse(String.format("%04d", d.getYear())))
        .isEqualTo(Period.ofYear(d.getYear()));
    assertThat(Period.parse(YearMonth.from(d).toString()))
        .isEqualTo(Period.ofMonth(YearMonth.from(d)));
    assertThat(Period.parse(String.format("%04d-W%02d", weekYear, week)))
        .isEqualTo(Period.ofIsoWeek(weekYear, week));
  }

  @Example
  void textForms() {
    assertThat(Period.ofYear(2020)).hasToString("2020-01-01/2020-12-31");
    assertThat(Period.parse("2020-03")).hasToString("2020-03-01/2020-03-31");
    assertThat(Period.parse("2020-W07")).hasToString("2020-02-10/2020-02-16");
  }

  @Example
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

  @Property
  void parseNeverFailsOtherwiseOnArbitraryText(@ForAll @StringLength(max = 30) String text) {
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
