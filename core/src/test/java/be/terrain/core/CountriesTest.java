package be.terrain.core;

import static be.terrain.testing.Gens.dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import be.terrain.core.Countries.Data;
import be.terrain.core.Countries.Line;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CountriesTest {

  /** A row of eu-membership.csv, split here apart from {@link Countries}' own parser. */
  record Membership(String country, LocalDate joined, Optional<LocalDate> left) {}

  static Gen<String> assignedCodes() {
    return integers().between(0, Countries.count() - 1).map(i -> Countries.code(i));
  }

  static Gen<LocalDate> since1958() {
    return dates(LocalDate.of(1958, 1, 1), LocalDate.of(2200, 12, 31));
  }

  /** jqwik's default dates. */
  static Gen<LocalDate> anyDate() {
    return dates(LocalDate.of(1900, 1, 1), LocalDate.of(2500, 12, 31));
  }

  // ---- codes

  @Test
  void thereAre249AssignedCodes() {
    assertThat(Countries.count()).isEqualTo(249);
    assertThat(IntStream.range(0, 249).mapToObj(Countries::code)).allMatch(Countries::isAssigned);
  }

  @Test
  void theCodesAreThoseTheJdkKnowsAsIso3166() {
    // Java 17's list is the 249 assigned codes; a later JDK adding a code would show up here.
    List<String> ours = IntStream.range(0, Countries.count()).mapToObj(Countries::code).toList();
    assertThat(ours).containsExactlyInAnyOrder(Locale.getISOCountries());
  }

  @Test
  void reservedUserAssignedAndMiswrittenCodesAreNotAssigned() {
    for (String code : List.of("XK", "UK", "EU", "AN", "be", "Be", "", "B", "BEL", "ZZ", "@A")) {
      assertThat(Countries.isAssigned(code)).as(code).isFalse();
      assertThat(Countries.index(code)).as(code).isEqualTo(-1);
    }
  }

  @Test
  void indexesAreDenseInAlphabeticalOrder() {
    assertThat(Countries.code(0)).isEqualTo("AD");
    assertThat(Countries.code(Countries.count() - 1)).isEqualTo("ZW");
    for (int i = 0; i < Countries.count(); i++) {
      assertThat(Countries.index(Countries.code(i))).isEqualTo(i);
      if (i > 0) {
        assertThat(Countries.code(i)).isGreaterThan(Countries.code(i - 1));
      }
    }
    assertThatThrownBy(() -> Countries.code(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Countries.code(249)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void namesAreTheEnglishShortNames() {
    assertThat(Countries.name("BE")).isEqualTo("Belgium");
    assertThat(Countries.name("RE")).isEqualTo("Réunion");
    assertThatThrownBy(() -> Countries.name("XK"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XK'");
  }

  // ---- membership and nationality groups

  @Test
  void overseasTerritoriesWithTheirOwnCodeAreNonEu() {
    for (String code : List.of("GF", "RE", "GL", "GP", "MQ", "YT", "AX")) {
      assertThat(Countries.isAssigned(code)).as(code).isTrue();
      assertThat(Countries.nationalityGroup(code, LocalDate.of(2020, 12, 31)))
          .as(code)
          .isEqualTo("NON_EU");
    }
  }

  @Test
  void theUnitedKingdomLeftAfter31January2020() {
    assertThat(Countries.nationalityGroup("GB", LocalDate.of(2020, 1, 31))).isEqualTo("EU");
    assertThat(Countries.nationalityGroup("GB", LocalDate.of(2020, 2, 1))).isEqualTo("NON_EU");
  }

  @Test
  void croatiaJoinedOn1July2013() {
    assertThat(Countries.nationalityGroup("HR", LocalDate.of(2013, 6, 30))).isEqualTo("NON_EU");
    assertThat(Countries.nationalityGroup("HR", LocalDate.of(2013, 7, 1))).isEqualTo("EU");
  }

  @Test
  void theUnionGrewAsHistoryHasIt() {
    assertThat(members(LocalDate.of(1957, 12, 31))).isEmpty();
    assertThat(members(LocalDate.of(1958, 1, 1)))
        .containsExactly("BE", "DE", "FR", "IT", "LU", "NL");
    assertThat(members(LocalDate.of(1973, 1, 1))).hasSize(9).contains("DK", "GB", "IE");
    assertThat(members(LocalDate.of(1981, 1, 1))).hasSize(10).contains("GR");
    assertThat(members(LocalDate.of(1986, 1, 1))).hasSize(12).contains("ES", "PT");
    assertThat(members(LocalDate.of(1995, 1, 1))).hasSize(15).contains("AT", "FI", "SE");
    assertThat(members(LocalDate.of(2004, 4, 30))).hasSize(15);
    assertThat(members(LocalDate.of(2004, 5, 1)))
        .hasSize(25)
        .contains("CY", "CZ", "EE", "HU", "LT", "LV", "MT", "PL", "SI", "SK");
    assertThat(members(LocalDate.of(2007, 1, 1))).hasSize(27).contains("BG", "RO");
    assertThat(members(LocalDate.of(2013, 7, 1))).hasSize(28).contains("HR");
    assertThat(members(LocalDate.of(2020, 2, 1))).hasSize(27).doesNotContain("GB");
  }

  /** Every row of the file (jqwik tried all 28 of them). */
  @Test
  void membershipFlipsExactlyOnTheJoinedAndLeftDates() {
    readMemberships().forEach(CountriesTest::flipsOnTheJoinedAndLeftDates);
  }

  private static void flipsOnTheJoinedAndLeftDates(Membership row) {
    assertThat(Countries.isEuMember(row.country(), row.joined().minusDays(1))).isFalse();
    assertThat(Countries.isEuMember(row.country(), row.joined())).isTrue();
    row.left()
        .ifPresent(
            left -> {
              assertThat(Countries.isEuMember(row.country(), left.minusDays(1))).isTrue();
              assertThat(Countries.isEuMember(row.country(), left)).isFalse();
            });
  }

  @Test
  void everyAssignedCodeHasAGroupOnAnyDate() {
    qt().withExamples(1000)
        .forAll(assignedCodes(), since1958())
        .checkAssert(
            (code, date) ->
                assertThat(Countries.nationalityGroup(code, date)).isIn("BE", "EU", "NON_EU"));
  }

  @Test
  void belgiumIsAlwaysBe() {
    qt().withExamples(1000)
        .forAll(anyDate())
        .checkAssert(
            date -> {
              assertThat(Countries.nationalityGroup("BE", date)).isEqualTo("BE");
              assertThat(Countries.nationalityGroup(Optional.of("BE"), date)).isEqualTo("BE");
            });
  }

  @Test
  void theUnitedStatesAreNonEu() {
    qt().withExamples(1000)
        .forAll(anyDate())
        .checkAssert(
            date -> {
              assertThat(Countries.nationalityGroup("US", date)).isEqualTo("NON_EU");
              assertThat(Countries.isEuMember("US", date)).isFalse();
            });
  }

  @Test
  void aMemberOtherThanBelgiumIsEu() {
    qt().withExamples(1000)
        .forAll(assignedCodes(), since1958())
        .checkAssert(CountriesTest::groupFollowsMembership);
  }

  private static void groupFollowsMembership(String code, LocalDate date) {
    String expected = code.equals("BE") ? "BE" : Countries.isEuMember(code, date) ? "EU" : "NON_EU";
    assertThat(Countries.nationalityGroup(code, date)).isEqualTo(expected);
  }

  @Test
  void theGroupArrayAgreesWithTheLookup() {
    qt().withExamples(1000).forAll(since1958()).checkAssert(CountriesTest::groupArrayAgrees);
  }

  private static void groupArrayAgrees(LocalDate date) {
    byte[] groups = Countries.nationalityGroupsOn(date);

    assertThat(groups).hasSize(Countries.count());
    for (int i = 0; i < groups.length; i++) {
      assertThat(Countries.NATIONALITY_GROUPS.get(groups[i]))
          .isEqualTo(Countries.nationalityGroup(Countries.code(i), date));
    }
  }

  @Test
  void theGroupArrayIsTheCallersOwn() {
    LocalDate date = LocalDate.of(2020, 12, 31);
    byte[] first = Countries.nationalityGroupsOn(date);
    Arrays.fill(first, Countries.GROUP_UNKNOWN);

    assertThat(Countries.nationalityGroupsOn(date)[Countries.index("FR")])
        .isEqualTo(Countries.GROUP_EU);
  }

  @Test
  void groupConstantsFollowTheCodeList() {
    // The shipped code lists (kept equal to shared/spec by SharedCopiesTest), so that a clone
    // without shared/ checks this too.
    List<String> listed =
        CodeRegistry.standard().list("nationality_group").codes().stream()
            .map(Code::code)
            .collect(Collectors.toList());

    assertThat(Countries.NATIONALITY_GROUPS).isEqualTo(listed);
    assertThat(Countries.NATIONALITY_GROUPS.get(Countries.GROUP_BE)).isEqualTo("BE");
    assertThat(Countries.NATIONALITY_GROUPS.get(Countries.GROUP_EU)).isEqualTo("EU");
    assertThat(Countries.NATIONALITY_GROUPS.get(Countries.GROUP_NON_EU)).isEqualTo("NON_EU");
    assertThat(Countries.NATIONALITY_GROUPS.get(Countries.GROUP_UNKNOWN)).isEqualTo("UNKNOWN");
  }

  @Test
  void anEmptyNationalityIsUnknown() {
    LocalDate date = LocalDate.of(2020, 12, 31);
    assertThat(Countries.nationalityGroup(Optional.empty(), date)).isEqualTo("UNKNOWN");
    assertThat(Countries.nationalityGroup(Optional.of("FR"), date)).isEqualTo("EU");
    assertThat(Countries.nationalityGroup(Optional.of("US"), date)).isEqualTo("NON_EU");
  }

  @Test
  void anUnassignedCodeIsRefusedByName() {
    LocalDate date = LocalDate.of(2020, 12, 31);
    assertThatThrownBy(() -> Countries.nationalityGroup("XK", date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XK'");
    assertThatThrownBy(() -> Countries.nationalityGroup(Optional.of("be"), date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'be'");
    assertThatThrownBy(() -> Countries.isEuMember("UK", date))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UK'");
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(String.class, "BE")
        .setDefault(LocalDate.class, LocalDate.of(2020, 1, 1))
        .setDefault(Optional.class, Optional.of("BE"))
        .testAllPublicStaticMethods(Countries.class);
  }

  // ---- resources

  @Test
  void aMissingResourceIsAStateError() {
    assertThatThrownBy(() -> Countries.readResource("no-such-file.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-file.csv");
  }

  @Test
  void corruptCodeListsAreStateErrorsNamingLineAndValue() {
    List<Line> header = List.of(new Line(1, "country,joined,left"));
    assertCorrupt(List.of(new Line(7, "be\tBelgium")), header, "line 7", "be\tBelgium");
    assertCorrupt(List.of(new Line(7, "BE")), header, "line 7", "BE");
    assertCorrupt(List.of(new Line(7, "BE\t ")), header, "line 7", "BE");
    assertCorrupt(
        List.of(new Line(7, "FR\tFrance"), new Line(8, "BE\tBelgium")), header, "line 8", "sorted");
    assertCorrupt(
        List.of(new Line(7, "BE\tBelgium"), new Line(8, "BE\tBelgium")),
        header,
        "line 8",
        "unique");
  }

  @Test
  void corruptMembershipsAreStateErrorsNamingLineAndValue() {
    List<Line> codes = List.of(new Line(1, "BE\tBelgium"), new Line(2, "FR\tFrance"));
    assertCorrupt(codes, List.of(), "eu-membership.csv", "header");
    assertCorrupt(codes, List.of(new Line(3, "country,joined")), "line 3", "country,joined");
    assertCorrupt(codes, membershipRows("XK,2008-02-17,"), "line 2", "'XK'");
    assertCorrupt(codes, membershipRows("BE,1958-01-01"), "line 2", "BE,1958-01-01");
    assertCorrupt(codes, membershipRows("BE,1958-13-01,"), "line 2", "1958-13-01");
    assertCorrupt(codes, membershipRows("BE,1958-01-01,1958-01-01"), "line 2", "after joined");
    assertCorrupt(
        codes, membershipRows("BE,1958-01-01,2000-01-01", "BE,1990-01-01,"), "line 3", "overlaps");
    assertCorrupt(
        codes, membershipRows("BE,1990-01-01,1991-01-01", "BE,1958-01-01,"), "line 3", "overlaps");
  }

  @Test
  void aCountryMayJoinAgainAfterLeaving() {
    Data data =
        Data.parse(
            List.of(new Line(1, "BE\tBelgium")),
            membershipRows("BE,1958-01-01,1960-01-01", "BE,1970-01-01,"));
    assertThat(data.isMember(0, LocalDate.of(1959, 12, 31).toEpochDay())).isTrue();
    assertThat(data.isMember(0, LocalDate.of(1965, 1, 1).toEpochDay())).isFalse();
    assertThat(data.isMember(0, LocalDate.of(1970, 1, 1).toEpochDay())).isTrue();
  }

  // ---- helpers

  private static List<String> members(LocalDate date) {
    return IntStream.range(0, Countries.count())
        .mapToObj(Countries::code)
        .filter(code -> Countries.isEuMember(code, date))
        .toList();
  }

  private static List<Line> membershipRows(String... rows) {
    List<Line> lines = new ArrayList<>(List.of(new Line(1, "country,joined,left")));
    for (String row : rows) {
      lines.add(new Line(lines.size() + 1, row));
    }
    return lines;
  }

  private static void assertCorrupt(List<Line> codes, List<Line> eu, String... fragments) {
    assertThatThrownBy(() -> Data.parse(codes, eu))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll(fragments);
  }

  private static List<Membership> readMemberships() {
    List<Membership> rows = new ArrayList<>();
    for (Line line : Countries.readResource(Countries.EU_RESOURCE)) {
      String[] f = line.text().split(",", -1);
      if (!f[0].equals("country")) {
        rows.add(
            new Membership(
                f[0],
                LocalDate.parse(f[1]),
                f[2].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(f[2]))));
      }
    }
    assertThat(rows).hasSize(28);
    return rows;
  }
}
