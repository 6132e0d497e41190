package be.terrain.validation;

import static be.terrain.testing.Gens.anyStrings;
import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.stringsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.HealthIntervention;
import be.terrain.core.MedicalConsultation;
import be.terrain.core.NursingCare;
import be.terrain.core.Organisation;
import be.terrain.core.ParamedicalAccompaniment;
import be.terrain.core.Person;
import be.terrain.core.Problem;
import be.terrain.core.ProfileSnapshot;
import be.terrain.core.RecordKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The Bean Validation path: records an application builds get the same problems as the rows a
 * reader adds to a builder. One definition of each field rule, two paths to it.
 */
class RecordValidatorTest {
  private static final RecordValidator VALIDATOR = RecordValidator.create();
  private static final LocalDate DAY = LocalDate.of(2020, 3, 17);
  private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

  /** A problem as (code, kind, record id, field, value), nulls for what is absent. */
  private static Tuple describe(Problem p) {
    return tuple(
        p.code().code(),
        p.recordKind().orElse(null),
        p.recordId().orElse(null),
        p.field().orElse(null),
        p.value().orElse(null));
  }

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
    for (Problem p : b.build().validateWithoutPlugins(TODAY).problems()) {
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
        .extracting(RecordValidatorTest::describe)
        .containsExactly(
            tuple("TER-0103", RecordKind.CONTACT, "c1", "channel", " STREET"),
            tuple("TER-0106", RecordKind.CONTACT, "c1", "count", "0"));
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

  static Gen<String> ids() {
    return Generate.oneOf(
        stringsOf("abcXYZ019._-", 1, 66),
        anyStrings(0, 5),
        pick("", " ", "a b", "é", "p1", "a1", "x".repeat(64), "x".repeat(65), "a\u0000"));
  }

  private static Gen<String> codes(String list) {
    List<String> valid =
        CodeRegistry.standard().list(list).codes().stream().map(Code::code).toList();
    return Generate.oneOf(
        Generate.pick(valid),
        pick("", " ", "UNKNOWN", "unknown", " " + valid.get(0), valid.get(0).toLowerCase(), "XK"),
        anyStrings(0, 4));
  }

  /** Present seven times out of ten, as jqwik's {@code optional(0.7)}. */
  private static <T> Gen<Optional<T>> optional(Gen<T> a) {
    return be.terrain.testing.Gens.optional(a, 30);
  }

  private static Gen<Integer> wide() {
    return Generate.oneOf(
        integers().between(-3, 12),
        integers().between(-20_000, 200_000),
        integers().all(),
        pick(1899, 1900, 9999, 10_000, 10_001, 100_000, 100_001, 10_000_000, 10_000_001));
  }

  private static Gen<OptionalInt> optionalInt(Gen<Integer> a) {
    return optional(a).map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  private static Gen<String> orIds(String usual) {
    return Generate.oneOf(pick(usual), ids());
  }

  static Gen<Contact> contacts() {
    Gen<String> channels = codes("contact_channel");
    Gen<Optional<String>> persons = optional(orIds("p1"));
    Gen<Integer> counts = wide();
    return in ->
        new Contact(
            ids().generate(in),
            DAY,
            orIds("a1").generate(in),
            channels.generate(in),
            persons.generate(in),
            counts.generate(in));
  }

  static Gen<Person> persons() {
    Gen<String> countries =
        Generate.oneOf(
            pick("BE", "FR", "GF", "GB", "XK", "UK", "EU", "be", "", "BEL"), anyStrings(0, 3));
    Gen<String> roles = codes("role");
    Gen<Optional<String>> sexes = optional(codes("sex"));
    Gen<OptionalInt> years = optionalInt(wide());
    Gen<Optional<String>> nationalities = optional(countries);
    Gen<Optional<LocalDate>> firstContacts = optional(pick(DAY));
    return in ->
        new Person(
            ids().generate(in),
            roles.generate(in),
            sexes.generate(in),
            years.generate(in),
            nationalities.generate(in),
            firstContacts.generate(in));
  }

  static Gen<DistributionAct> acts() {
    Gen<DistributionItem> items =
        codes("item")
            .zip(wide(), optionalInt(wide()), (item, q, v) -> new DistributionItem(item, q, v));
    Gen<Optional<String>> persons = optional(orIds("p1"));
    Gen<List<DistributionItem>> itemLists = lists().of(items).ofSizeBetween(0, 4);
    return in ->
        new DistributionAct(
            ids().generate(in),
            DAY,
            orIds("a1").generate(in),
            persons.generate(in),
            itemLists.generate(in));
  }

  @Test
  void contactsGetTheSameProblemsOnBothPaths() {
    qt().withExamples(300)
        .forAll(contacts())
        .checkAssert(c -> assertThat(typed(c)).isEqualTo(bulk(c)));
  }

  @Test
  void personsGetTheSameProblemsOnBothPaths() {
    qt().withExamples(300)
        .forAll(persons())
        .checkAssert(p -> assertThat(typed(p)).isEqualTo(bulk(p)));
  }

  @Test
  void actsGetTheSameProblemsOnBothPaths() {
    qt().withExamples(300).forAll(acts()).checkAssert(d -> assertThat(typed(d)).isEqualTo(bulk(d)));
  }

  @Test
  void theProblemsNameTheRecord() {
    qt().withExamples(100)
        .forAll(contacts())
        .checkAssert(RecordValidatorTest::problemsNameTheRecord);
  }

  private static void problemsNameTheRecord(Contact c) {
    assertThat(VALIDATOR.validate(c))
        .allSatisfy(
            p -> {
              assertThat(p.recordKind()).contains(RecordKind.CONTACT);
              assertThat(p.recordId()).contains(c.id());
              assertThat(p.field()).isPresent();
            });
  }
}
