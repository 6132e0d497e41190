package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import be.terrain.testing.Gens;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Each field rule of {@link FieldRules} at its bounds (the value on each side of every limit), and
 * its two id checks (string and reader cell) agreeing: what the bulk-path tests reach only through
 * whole rows.
 */
class FieldRulesBoundsTest {
  @Test
  void anIdIsOneTo64CharactersOfTheSetAsStringAndAsCell() {
    String[] valid = {"a", "Z", "0", "9", ".", "_", "-", "x".repeat(64), "A-z_0.9"};
    String[] invalid = {
      "", "x".repeat(65), " ", "/", ":", "@", "[", "`", "{", "\u007f", "é", "a\u0100"
    };
    for (String id : valid) {
      assertThat(FieldRules.isValidId(id)).as(id).isTrue();
      assertThat(FieldRules.isValidId(new StringBuilder(id))).as(id).isTrue();
    }
    for (String id : invalid) {
      assertThat(FieldRules.isValidId(id)).as(id).isFalse();
      assertThat(FieldRules.isValidId(new StringBuilder(id))).as(id).isFalse();
    }
  }

  @Test
  void bothIdChecksAgreeWithTheCharacterSet() {
    qt().withExamples(2000)
        .forAll(Gens.stringsOf("az09AZ._-/ é\u0080\u007f", 0, 66))
        .checkAssert(
            id -> {
              boolean want = id.matches("[A-Za-z0-9._-]{1,64}");
              assertThat(FieldRules.isValidId(id)).as(id).isEqualTo(want);
              assertThat(FieldRules.isValidId((CharSequence) new StringBuilder(id)))
                  .as(id)
                  .isEqualTo(want);
            });
  }

  @Test
  void idCharactersAreTheAsciiOnesOfTheSet() {
    for (int c = -1; c <= 300; c++) {
      boolean want = c >= 0 && c < 128 && String.valueOf((char) c).matches("[A-Za-z0-9._-]");
      assertThat(FieldRules.isIdChar(c)).as("char %d", c).isEqualTo(want);
    }
  }

  @Test
  void fourDigitsExactly() {
    assertThat(FieldRules.isFourDigits("0000")).isTrue();
    assertThat(FieldRules.isFourDigits("9999")).isTrue();
    assertThat(FieldRules.isFourDigits("999")).isFalse();
    assertThat(FieldRules.isFourDigits("99999")).isFalse();
    for (String s : new String[] {"/000", "0:00", "00/0", "000:", "-123", "12a4"}) {
      assertThat(FieldRules.isFourDigits(s)).as(s).isFalse();
    }
  }

  @Test
  void birthYearsRunFrom1900To9999() {
    assertThat(FieldRules.isBirthYear(1899)).isFalse();
    assertThat(FieldRules.isBirthYear(1900)).isTrue();
    assertThat(FieldRules.isBirthYear(9999)).isTrue();
    assertThat(FieldRules.isBirthYear(10_000)).isFalse();
  }

  @Test
  void rangesIncludeBothEnds() {
    assertThat(FieldRules.inRange(0, 1, 3)).isFalse();
    assertThat(FieldRules.inRange(1, 1, 3)).isTrue();
    assertThat(FieldRules.inRange(3, 1, 3)).isTrue();
    assertThat(FieldRules.inRange(4, 1, 3)).isFalse();
  }

  @Test
  void integersAtTheirLimits() {
    assertThat(FieldRules.parseInteger("2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(FieldRules.parseInteger("-2147483648")).isEqualTo(Integer.MIN_VALUE);
    assertThat(FieldRules.parseInteger("2147483648")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("-2147483649")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("0000000012")).isEqualTo(12);
    assertThat(FieldRules.parseInteger("-0000000012")).isEqualTo(-12);
    assertThat(FieldRules.parseInteger("00000000012")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("-")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("0")).isZero();
    assertThat(FieldRules.parseInteger("9")).isEqualTo(9);
    assertThat(FieldRules.parseInteger("1/")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("1:")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.parseInteger("+1")).isEqualTo(FieldRules.NO_INTEGER);
    assertThat(FieldRules.isInteger("-7")).isTrue();
    assertThat(FieldRules.isInteger("7-")).isFalse();
  }

  @Test
  void datesHaveExactlyTheShapeYyyyMmDd() {
    assertThat(FieldRules.parseDate("2020-01-01")).isEqualTo(18262);
    for (String s :
        new String[] {
          "2020-1-01", "2020-01-1", "2020/01/01", "2020-01/01", "20200-1-01", "2020-01-010",
          "2020-00-01", "2020-13-01", "2020-01-00", "2020-01-32", "2020-04-31", "2021-02-29",
          "1900-02-29", "2020-0a-01", "202a-01-01", "2020-01-0:", "/020-01-01"
        }) {
      assertThat(FieldRules.parseDate(s)).as(s).isEqualTo(FieldRules.NO_DATE);
    }
    assertThat(FieldRules.parseDate("2000-02-29"))
        .isEqualTo((int) LocalDate.of(2000, 2, 29).toEpochDay());
    assertThat(FieldRules.parseDate("2020-04-30"))
        .isEqualTo((int) LocalDate.of(2020, 4, 30).toEpochDay());
    assertThat(FieldRules.parseDate("2020-01-31"))
        .isEqualTo((int) LocalDate.of(2020, 1, 31).toEpochDay());
  }

  @Test
  void theEdgesOfTheTabledYearsAndOfTheFormat() {
    for (LocalDate d :
        new LocalDate[] {
          LocalDate.of(0, 1, 1),
          LocalDate.of(1, 3, 1),
          LocalDate.of(1899, 12, 31),
          LocalDate.of(1900, 1, 1),
          LocalDate.of(2199, 12, 31),
          LocalDate.of(2200, 1, 1),
          LocalDate.of(2200, 3, 1),
          LocalDate.of(9999, 12, 31)
        }) {
      String text =
          String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      assertThat(FieldRules.parseDate(text)).as(text).isEqualTo((int) d.toEpochDay());
    }
  }

  @Test
  void epochDaysOfEveryYearIncludingNegativeOnesAreThoseOfJavaTime() {
    qt().withExamples(3000)
        .forAll(
            integers().between(-20_000, 20_000),
            integers().between(1, 12),
            integers().between(1, 31))
        .assuming((y, m, d) -> d <= YearMonth.of(y, m).lengthOfMonth())
        .checkAssert(
            (y, m, d) ->
                assertThat(FieldRules.epochDay(y, m, d))
                    .as("%d-%d-%d", y, m, d)
                    .isEqualTo(LocalDate.of(y, m, d).toEpochDay()));
  }

  @Test
  void leapYearsAndMonthLengthsAtTheirRules() {
    assertThat(FieldRules.isLeapYear(2024)).isTrue();
    assertThat(FieldRules.isLeapYear(2023)).isFalse();
    assertThat(FieldRules.isLeapYear(1900)).isFalse();
    assertThat(FieldRules.isLeapYear(2000)).isTrue();
    assertThat(FieldRules.isLeapYear(0)).isTrue();
    assertThat(FieldRules.isLeapYear(-4)).isTrue();
    assertThat(FieldRules.isLeapYear(-100)).isFalse();
    for (int m = 1; m <= 12; m++) {
      assertThat(FieldRules.daysInMonth(2023, m)).isEqualTo(YearMonth.of(2023, m).lengthOfMonth());
      assertThat(FieldRules.daysInMonth(2024, m)).isEqualTo(YearMonth.of(2024, m).lengthOfMonth());
    }
  }

  @Test
  void codesAndPlaces() {
    assertThat(FieldRules.isProvince("BE-WHT")).isTrue();
    assertThat(FieldRules.isProvince("BE-XXX")).isFalse();
    assertThat(FieldRules.isNationality("BE")).isTrue();
    assertThat(FieldRules.isNationality("XX")).isFalse();
  }
}
