package be.terrain.core.internal;

import static be.terrain.testing.Gens.distinctLists;
import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.stringsOf;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import java.nio.CharBuffer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The bulk path's fast look-ups and parsers give the answers of their plain counterparts: small key
 * sets and small id pools like a search of the list, code look-ups like {@link CodeList#indexOf},
 * date parsing like {@link LocalDate}, integer parsing like {@link Long#parseLong}.
 */
class HotPathsTest {
  /** Short texts over few characters, so that lengths and first, middle and last chars collide. */
  static Gen<String> texts() {
    return stringsOf("ab-.0\u00e9 ", 0, 7);
  }

  static Gen<List<String>> keySets() {
    return distinctLists(texts(), 0, SmallKeys.MAX_KEYS);
  }

  /** The id check of a string (its own loop) and of another sequence agree with the pattern. */
  @Test
  void theIdCheckOfAStringAndOfABufferAgreeWithThePattern() {
    Pattern id = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    // valid characters only (the length limit decides), and a few invalid ones among them
    for (Gen<String> texts :
        List.of(stringsOf("aZ09._-", 0, 70), stringsOf("aZ09._-\u00e9 /", 0, 70))) {
      qt().withExamples(1000)
          .forAll(texts)
          .checkAssert(
              s -> {
                boolean want = id.matcher(s).matches();
                assertThat(FieldRules.isValidId(s)).as(s).isEqualTo(want);
                assertThat(FieldRules.isValidId((CharSequence) s)).as(s).isEqualTo(want);
                assertThat(FieldRules.isValidId(CharBuffer.wrap(s))).as(s).isEqualTo(want);
              });
    }
  }

  @Test
  void smallKeysFindTheIndexOfTheEqualKey() {
    qt().withExamples(1000)
        .forAll(keySets(), texts(), integers().between(0, 3))
        .checkAssert(HotPathsTest::smallKeysFindTheEqualKey);
  }

  private static void smallKeysFindTheEqualKey(List<String> keys, String query, int padding) {
    String[] array = keys.toArray(new String[0]);
    // some keys left out: never found
    for (int i = 0; i < array.length; i += 5) {
      array[i] = null;
    }
    SmallKeys small = new SmallKeys(array);
    int want = -1;
    for (int i = 0; i < array.length; i++) {
      if (query.equals(array[i])) {
        want = i;
      }
    }
    String padded = "|".repeat(padding) + query + "|".repeat(padding);
    assertThat(small.indexOf(CharBuffer.wrap(query))).as(query).isEqualTo(want);
    assertThat(small.indexOf(padded, padding, padding + query.length())).as(query).isEqualTo(want);
    for (String key : keys) {
      assertThat(small.indexOf(key))
          .as(key)
          .isEqualTo(keys.indexOf(key) % 5 == 0 ? -1 : keys.indexOf(key));
    }
  }

  @Test
  void smallKeysRefuseMoreKeysThanTheyAreMadeFor() {
    String[] many = new String[SmallKeys.MAX_KEYS + 1];
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SmallKeys(many))
        .withMessageContaining("257");
  }

  @Test
  void aSmallIndexedPoolFindsTheValidIdsTheGeneralLookUpFinds() {
    qt().withExamples(1000)
        .forAll(smallPools(), texts())
        .checkAssert(HotPathsTest::smallPoolFindsWhatTheLookUpFinds);
  }

  private static void smallPoolFindsWhatTheLookUpFinds(List<String> ids, String query) {
    IdPool pool = new IdPool();
    ids.forEach(pool::intern);
    pool.index();
    List<String> queries = new ArrayList<>(ids);
    queries.add(query);
    queries.add(query + "b");
    for (String q : queries) {
      int want = FieldRules.isValidId(q) ? pool.find(q) : -1;
      assertThat(pool.findValidId(CharBuffer.wrap(q))).as(q).isEqualTo(want);
    }
    // a new id drops the small index: found again once indexed again
    int added = pool.intern("zz-new");
    assertThat(pool.findValidId("zz-new")).isEqualTo(-1);
    pool.index();
    assertThat(pool.findValidId("zz-new")).isEqualTo(added);
  }

  /**
   * Pools too big for the small index, with ids around the narrow table's limit of 12 bytes (some
   * non-ASCII, some with NUL), so that both layouts of the indexed look-up are exercised.
   */
  static Gen<List<String>> indexedPools() {
    Gen<String> usual = integers().between(0, 999).map(i -> String.format("p-%09d", i));
    return Generate.oneOf(
        pools(usual, stringsOf("ab-\u0000", 0, 12), stringsOf("ab-\u00e9", 0, 6)),
        pools(usual, stringsOf("ab-\u0000", 0, 16), stringsOf("ab-\u00e9", 0, 8)),
        pools(usual, stringsOf("ab-\u0000", 0, 14), stringsOf("ab-\u00e9", 0, 14)));
  }

  private static Gen<List<String>> pools(Gen<String> usual, Gen<String> ascii, Gen<String> other) {
    return distinctLists(weighted(w(8, usual), w(2, ascii), w(1, other)), 65, 400);
  }

  @Test
  void anIndexedPoolFindsEveryIdAndTheValidOnesAsValid() {
    qt().withExamples(300)
        .forAll(indexedPools(), texts())
        .checkAssert(HotPathsTest::indexedPoolFindsEveryId);
  }

  private static void indexedPoolFindsEveryId(List<String> ids, String query) {
    IdPool pool = new IdPool();
    ids.forEach(pool::intern);
    pool.index();
    // ids of more than 16 bytes leave the pool without an inline look-up: findValidId says -1
    boolean inline =
        ids.stream()
            .allMatch(id -> id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 16);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      assertThat(pool.find(id)).as(id).isEqualTo(i);
      assertThat(pool.findValidId(CharBuffer.wrap(id)))
          .as(id)
          .isEqualTo(inline && FieldRules.isValidId(id) ? i : -1);
      String longer = id + "a";
      assertThat(pool.findValidId(longer))
          .as(longer)
          .isEqualTo(inline && FieldRules.isValidId(longer) ? ids.indexOf(longer) : -1);
    }
    assertThat(pool.find(query)).isEqualTo(ids.indexOf(query));
    assertThat(pool.findValidId(query))
        .isEqualTo(inline && FieldRules.isValidId(query) ? ids.indexOf(query) : -1);
    // a new id drops the index; found again once indexed again
    int added = pool.intern("zz-new-and-longer-than-sixteen");
    assertThat(pool.find("zz-new-and-longer-than-sixteen")).isEqualTo(added);
    pool.index();
    assertThat(pool.find(ids.get(0))).isZero();
  }

  static Gen<List<String>> smallPools() {
    return distinctLists(texts(), 1, 64);
  }

  @Test
  void codeLookUpsAgreeWithTheListsForEveryStandardCodeAndNearMisses() {
    for (CodeList list : CodeRegistry.standard().lists()) {
      CellLookups.Codes codes = new CellLookups.Codes(list);
      for (int i = 0; i < list.size(); i++) {
        String code = list.get(i).code();
        assertThat(codes.indexOf(CharBuffer.wrap(code))).as(code).isEqualTo(i);
        assertThat(codes.indexOf("x|" + code + "|y", 2, 2 + code.length())).as(code).isEqualTo(i);
        for (String miss :
            List.of(
                code.toLowerCase(),
                code + "_",
                code.substring(1),
                code.substring(0, code.length() - 1),
                code.replace('A', 'B'),
                " " + code)) {
          assertThat(codes.indexOf(miss)).as(miss).isEqualTo(list.indexOf(miss));
        }
      }
      assertThat(codes.indexOf("")).isEqualTo(-1);
    }
  }

  /** Every text of the shape {@code dddd-dd-dd} parses as java.time reads it, or not at all. */
  @Test
  void parseDateAgreesWithLocalDateOnEveryDigitShape() {
    qt().withExamples(5000)
        .forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
        .checkAssert(HotPathsTest::parseDateAgreesWithLocalDate);
  }

  private static void parseDateAgreesWithLocalDate(int year, int month, int day) {
    String text = String.format("%04d-%02d-%02d", year, month, day);
    assertThat(FieldRules.parseDate(text)).as(text).isEqualTo(javaTime(year, month, day));
  }

  @Test
  void parseDateAgreesWithLocalDateOnEveryMonthAndDayOfLeapAndCommonYears() {
    for (int year :
        new int[] {
          0, 4, 100, 400, 1899, 1900, 1996, 2000, 2019, 2020, 2100, 2199, 2200, 2400, 9996, 9999
        }) {
      for (int month = 0; month <= 99; month++) {
        for (int day = 0; day <= 99; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertThat(FieldRules.parseDate(text)).as(text).isEqualTo(javaTime(year, month, day));
        }
      }
    }
  }

  private static int javaTime(int year, int month, int day) {
    try {
      return (int) LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return FieldRules.NO_DATE;
    }
  }

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

  /** As the rule always read them: at most ten digits (leading zeros count), the value an int. */
  @Test
  void parseIntegerReadsExactlyTheIntegersThatFitAnInt() {
    qt().withExamples(3000)
        .forAll(integerLike())
        .checkAssert(HotPathsTest::parseIntegerReadsTheIntegersThatFit);
  }

  private static void parseIntegerReadsTheIntegersThatFit(String text) {
    long want = FieldRules.NO_INTEGER;
    if (INTEGER.matcher(text).matches() && text.replace("-", "").length() <= 10) {
      long v = Long.parseLong(text);
      if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
        want = v;
      }
    }
    assertThat(FieldRules.parseInteger(text)).as(text).isEqualTo(want);
    assertThat(FieldRules.isInteger(CharBuffer.wrap(text)))
        .as(text)
        .isEqualTo(want != FieldRules.NO_INTEGER);
  }

  @Test
  void parseIntegerReadsEveryLongsTextLikeTheLong() {
    qt().withExamples(1000)
        .forAll(longs().between(-99_999_999_999L, 99_999_999_999L))
        .checkAssert(HotPathsTest::parseIntegerReadsTheLongsText);
  }

  private static void parseIntegerReadsTheLongsText(long v) {
    String text = Long.toString(v);
    long want = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? v : FieldRules.NO_INTEGER;
    assertThat(FieldRules.parseInteger(text)).as(text).isEqualTo(want);
    assertThat(FieldRules.parseInteger(" " + text)).isEqualTo(FieldRules.NO_INTEGER);
  }

  static Gen<String> integerLike() {
    return Generate.oneOf(
        stringsOf("-0123456789+ a/:", 0, 13),
        stringsOf("0123456789", 9, 11),
        pick(
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "-",
            "",
            "00",
            "-0",
            "0000000001",
            "00000000001",
            "9999999999",
            "-9999999999"));
  }

  @Test
  void leapYearsAndMonthLengthsAreThoseOfJavaTime() {
    LinkedHashSet<String> wrong = new LinkedHashSet<>();
    for (int year = 0; year <= 9999; year++) {
      if (FieldRules.isLeapYear(year) != java.time.Year.isLeap(year)) {
        wrong.add(Integer.toString(year));
      }
      for (int month = 1; month <= 12; month++) {
        if (FieldRules.daysInMonth(year, month)
            != java.time.YearMonth.of(year, month).lengthOfMonth()) {
          wrong.add(year + "-" + month);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
