package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation path: records an application builds get the same problems as the rows a
 * reader adds to a builder. One definition of each field rule, two paths to it.
 */
class RecordValidatorTest {
  private static final RecordValidator VALIDATOR = RecordValidator.create();
  private static final LocalDate DAY = LocalDate.of(2020, 3, 17);

  /** The problems a record gets from the validator, as "code field" strings. */
  private static Set<String> typed(Object record) {
    Set<String> out = new TreeSet<>();
    for (Problem p : VALIDATOR.validate(record)) {
      out.add(p.code().code() + " " + p.field().orElse("-"));
    }
    return out;
  }

  /**
   * The problems the same record gets when added to a builder that also holds a matching
   * organisation, antenna and person, restricted to the rules about one record alone: the field
   * rules (TER-01xx) and, for a distribution act, an item named twice (TER-0305).
   */
  private static Set<String> bulk(Object record) {
    DatasetBuilder b =
        Dataset.builder()
            .organisation(new Organisation("org", "Org"))
            .add(new Antenna("a1", "Antenna", "BE-WHT", "SERVICE"))
            .add(Person.of("p1", "SEX_WORKER"));
    if (record instanceof Organisation o) {
      b = Dataset.builder().organisation(o);
    } else if (record instanceof Antenna a) {
      b.add(a);
    } else if (record instanceof Person p) {
      b.add(p);
    } else if (record instanceof ProfileSnapshot p) {
      b.add(p);
    } else if (record instanceof Contact c) {
      b.add(c);
    } else if (record instanceof Accompaniment a) {
      b.add(a);
    } else if (record instanceof HealthIntervention h) {
      b.add(h);
    } else if (record instanceof DistributionAct d) {
      b.add(d);
    }
    Set<String> out = new TreeSet<>();
    for (Problem p : b.build().validate(Rows.TODAY).problems()) {
      String code = p.code().code();
      if (code.startsWith("TER-01") || code.equals("TER-0305")) {
        out.add(code + " " + p.field().orElse("-"));
      }
    }
    return out;
  }

  /** Asserts both paths give exactly the expected problems. */
  private static void assertBothPaths(Object record, String... expected) {
    assertThat(typed(record)).as("RecordValidator").containsExactlyInAnyOrder(expected);
    assertThat(bulk(record)).as("DatasetBuilder").containsExactlyInAnyOrder(expected);
  }

  // ---- examples

  @Test
  void validRecordsHaveNoProblem() {
    List<Object> records =
        List.of(
            new Organisation("org", "Org"),
            new Antenna("a1", "Antenna", "BE-WHT", "SERVICE"),
            Person.of("p1", "SEX_WORKER")
                .withSex("F")
                .withBirthYear(1990)
                .withNationality("GF")
                .withFirstContact(DAY),
            ProfileSnapshot.of("p1", DAY).withHousing("UNKNOWN").withHealthCoverage("MUTUALITY"),
            Contact.identified("c1", DAY, "a1", "STREET", "p1"),
            Contact.anonymous("c2", DAY, "a1", "BAR_VISIT", 10_000),
            new Accompaniment("ac1", DAY, "a1", "p1", "CPAS", Optional.of("WRITTEN")),
            new NursingCare(
                "h1", DAY, "a1", Optional.of("p1"), "RAPID_TEST", List.of("HIV", "HCV")),
            new ParamedicalAccompaniment("h2", DAY, "a1", Optional.empty(), "DOCTOR"),
            new MedicalConsultation(
                "h3", DAY, "a1", Optional.of("p1"), Optional.of("NONE"), Optional.empty()),
            new DistributionAct(
                "d1",
                DAY,
                "a1",
                Optional.empty(),
                List.of(
                    DistributionItem.of("CONDOM", 100_000),
                    DistributionItem.of("TICKET_S", 1, 10_000_000))));
    for (Object r : records) {
      assertThat(VALIDATOR.validate(r)).as("%s", r).isEmpty();
      assertThat(bulk(r)).as("%s", r).isEmpty();
    }
  }

  @Test
  void aProblemNamesTheRecordTheFieldAndTheValue() {
    List<Problem> problems = VALIDATOR.validate(Contact.anonymous("c1", DAY, "a1", " STREET", 0));
    assertThat(problems)
        .extracting(Rows::describe)
        .containsExactly(
            Rows.problem("TER-0103", RecordKind.CONTACT, "c1", "channel", " STREET"),
            Rows.problem("TER-0106", RecordKind.CONTACT, "c1", "count", "0"));
    assertThat(problems.get(0).message()).isEqualTo("unknown code in list contact_channel");
    assertThat(problems.get(0).messageFr()).isEqualTo("code inconnu dans la liste contact_channel");
    assertThat(problems.get(1).message()).isEqualTo("out of range: expected 1 to 10000");
  }

  @Test
  void idsAndReferences() {
    assertBothPaths(
        Contact.identified("c 1", DAY, "a/1", "STREET", "p" + "1".repeat(64)),
        "TER-0102 id",
        "TER-0102 antenna_id",
        "TER-0102 person_id");
    assertBothPaths(new Organisation("", "Org"), "TER-0101 id");
    assertBothPaths(new Organisation("org", ""), "TER-0101 name");
    assertBothPaths(new Antenna("a2", "", "BE-WHT", ""), "TER-0101 name", "TER-0101 kind");
  }

  @Test
  void personFields() {
    assertBothPaths(Person.of("p2", "SEX_WORKER").withSex("UNKNOWN"), "TER-0110 sex");
    assertBothPaths(Person.of("p2", "sex_worker").withSex("f"), "TER-0103 role", "TER-0103 sex");
    assertBothPaths(
        Person.of("p2", "SEX_WORKER").withBirthYear(1899).withNationality("XK"),
        "TER-0107 birth_year",
        "TER-0108 nationality");
    assertBothPaths(
        Person.of("p2", "SEX_WORKER").withBirthYear(10_000).withNationality("be"),
        "TER-0107 birth_year",
        "TER-0108 nationality");
    assertBothPaths(Person.of("p2", "SEX_WORKER").withSex("").withNationality(""));
  }

  @Test
  void antennaProfileAndAccompanimentFields() {
    assertBothPaths(
        new Antenna("a2", "Antenna", "BE-XXX", "CENTRE"), "TER-0109 province", "TER-0103 kind");
    assertBothPaths(
        ProfileSnapshot.of("p1", DAY).withHealthCoverage("X").withSetting(" STREET"),
        "TER-0103 health_coverage",
        "TER-0103 setting");
    assertBothPaths(
        new Accompaniment("ac1", DAY, "a1", "p1", "", Optional.of("X")),
        "TER-0101 domain",
        "TER-0103 mode");
  }

  private static Contact identified(int count) {
    return new Contact("c1", DAY, "a1", "STREET", Optional.of("p1"), count);
  }

  @Test
  void contactCounts() {
    assertBothPaths(identified(2), "TER-0113 count");
    assertBothPaths(Contact.anonymous("c1", DAY, "a1", "STREET", 10_001), "TER-0106 count");
    assertBothPaths(identified(0), "TER-0106 count");
    assertBothPaths(identified(10_001), "TER-0106 count");
  }

  @Test
  void healthKinds() {
    assertBothPaths(
        new NursingCare("h1", DAY, "a1", Optional.empty(), "RAPID_TEST", List.of()),
        "TER-0101 pathogens");
    assertBothPaths(
        new NursingCare("h1", DAY, "a1", Optional.empty(), "WOUND_CARE", List.of("HIV")),
        "TER-0111 pathogens");
    assertBothPaths(
        new NursingCare("h1", DAY, "a1", Optional.empty(), "RAPID_TEST", List.of("HIV", "HIV")),
        "TER-0112 pathogens");
    assertBothPaths(
        new NursingCare("h1", DAY, "a1", Optional.empty(), "RAPID_TEST", List.of("HIV", "FLU")),
        "TER-0103 pathogens");
    assertBothPaths(
        new NursingCare("h1", DAY, "a1", Optional.empty(), "", List.of()), "TER-0101 act");
    assertBothPaths(
        new ParamedicalAccompaniment("h1", DAY, "a1", Optional.empty(), "GP"), "TER-0103 target");
    assertBothPaths(
        new MedicalConsultation(
            "h1", DAY, "a1", Optional.empty(), Optional.of("X"), Optional.of("")),
        "TER-0103 coverage");
    NursingCare twice =
        new NursingCare("h1", DAY, "a1", Optional.empty(), "WOUND_CARE", List.of("HIV", "HIV"));
    assertThat(typed(twice)).isEqualTo(bulk(twice)).contains("TER-0111 pathogens");
  }

  @Test
  void distributionItems() {
    assertBothPaths(
        new DistributionAct("d1", DAY, "a1", Optional.empty(), List.of()), "TER-0101 item");
    assertBothPaths(
        new DistributionAct(
            "d1",
            DAY,
            "a1",
            Optional.empty(),
            List.of(DistributionItem.of("CONDOMS", 1), DistributionItem.of("CONDOM", 0, -1))),
        "TER-0103 item",
        "TER-0106 quantity",
        "TER-0106 unit_value_cents");
    assertBothPaths(
        new DistributionAct(
            "d1",
            DAY,
            "a1",
            Optional.empty(),
            List.of(
                DistributionItem.of("CONDOM", 1), DistributionItem.of("CONDOM", 2, 10_000_001))),
        "TER-0305 item",
        "TER-0106 unit_value_cents");
    assertBothPaths(
        new DistributionAct(
            "d1",
            DAY,
            "a1",
            Optional.empty(),
            List.of(DistributionItem.of("X", 1), DistributionItem.of("X", 2))),
        "TER-0103 item");
  }

  @Test
  void aValidatorMadeForARegistryKnowsItsCodes() {
    CodeRegistry codes =
        CodeRegistry.builder()
            .addCodes(
                "contact_channel",
                List.of(Code.of("contact_channel", "FESTIVAL", "Festival", "Festival", "Festival")))
            .build();
    Contact c = Contact.anonymous("c1", DAY, "a1", "FESTIVAL", 3);
    try (RecordValidator v = RecordValidator.create(codes)) {
      assertThat(v.validate(c)).isEmpty();
      assertThat(v.registry()).isSameAs(codes);
    }
    assertThat(typed(c)).containsExactly("TER-0103 channel");
  }

  @Test
  void onlyTerrainRecordsAreValidated() {
    assertThatThrownBy(() -> VALIDATOR.validate("a string"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThat(RecordValidator.isValidId("p-1")).isTrue();
    assertThat(RecordValidator.isValidId("p 1")).isFalse();
  }

  // ---- one definition, two paths

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(66),
        Arbitraries.strings().ofMinLength(0).ofMaxLength(5),
        Arbitraries.of("", " ", "a b", "é", "p1", "a1", "x".repeat(64), "x".repeat(65), "a\u0000"));
  }

  private static Arbitrary<String> codes(String list) {
    List<String> valid =
        CodeRegistry.standard().list(list).codes().stream().map(Code::code).toList();
    return Arbitraries.oneOf(
        Arbitraries.of(valid),
        Arbitraries.of(
            "", " ", "UNKNOWN", "unknown", " " + valid.get(0), valid.get(0).toLowerCase(), "XK"),
        Arbitraries.strings().ofMaxLength(4));
  }

  private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> a) {
    return a.optional(0.7);
  }

  private static Arbitrary<Integer> wide() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 12),
        Arbitraries.integers().between(-20_000, 200_000),
        Arbitraries.integers(),
        Arbitraries.of(1899, 1900, 9999, 10_000, 10_001, 100_000, 100_001, 10_000_000, 10_000_001));
  }

  private static Arbitrary<OptionalInt> optionalInt(Arbitrary<Integer> a) {
    return a.optional(0.7).map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return Combinators.combine(
            ids(),
            Arbitraries.oneOf(Arbitraries.just("a1"), ids()),
            codes("contact_channel"),
            optional(Arbitraries.oneOf(Arbitraries.just("p1"), ids())),
            wide())
        .as(
            (id, antenna, channel, person, count) ->
                new Contact(id, DAY, antenna, channel, person, count));
  }

  @Provide
  Arbitrary<Person> persons() {
    Arbitrary<String> countries =
        Arbitraries.oneOf(
            Arbitraries.of("BE", "FR", "GF", "GB", "XK", "UK", "EU", "be", "", "BEL"),
            Arbitraries.strings().ofMaxLength(3));
    return Combinators.combine(
            ids(),
            codes("role"),
            optional(codes("sex")),
            optionalInt(wide()),
            optional(countries),
            optional(Arbitraries.just(DAY)))
        .as(Person::new);
  }

  @Provide
  Arbitrary<DistributionAct> acts() {
    Arbitrary<DistributionItem> items =
        Combinators.combine(codes("item"), wide(), optionalInt(wide())).as(DistributionItem::new);
    return Combinators.combine(
            ids(), Arbitraries.oneOf(Arbitraries.just("a1"), ids()),
            optional(Arbitraries.oneOf(Arbitraries.just("p1"), ids())), items.list().ofMaxSize(4))
        .as((id, antenna, person, its) -> new DistributionAct(id, DAY, antenna, person, its));
  }

  @Property(tries = 300)
  void contactsGetTheSameProblemsOnBothPaths(@ForAll("contacts") Contact c) {
    assertThat(typed(c)).isEqualTo(bulk(c));
  }

  @Property(tries = 300)
  void personsGetTheSameProblemsOnBothPaths(@ForAll("persons") Person p) {
    assertThat(typed(p)).isEqualTo(bulk(p));
  }

  @Property(tries = 300)
  void actsGetTheSameProblemsOnBothPaths(@ForAll("acts") DistributionAct d) {
    assertThat(typed(d)).isEqualTo(bulk(d));
  }

  @Property(tries = 100)
  void theProblemsNameTheRecord(@ForAll("contacts") Contact c) {
    assertThat(VALIDATOR.validate(c))
        .allSatisfy(
            p -> {
              assertThat(p.recordKind()).contains(RecordKind.CONTACT);
              assertThat(p.recordId()).contains(c.id());
              assertThat(p.field()).isPresent();
            });
  }
}
