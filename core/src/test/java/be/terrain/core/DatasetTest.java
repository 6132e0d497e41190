package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A dataset holds what was added, hands it back as typed records and as primitive columns. */
class DatasetTest {
  private static final LocalDate D1 = LocalDate.of(2020, 3, 17);
  private static final LocalDate D2 = LocalDate.of(2020, 11, 2);

  private static final Organisation ORG = new Organisation("e2w", "Entre 2 Wallonie");
  private static final List<Antenna> ANTENNAS =
      List.of(
          new Antenna("charleroi", "Service Charleroi", "BE-WHT", "SERVICE"),
          new Antenna("lln", "Antenne LLN", "BE-WBR", "ANTENNA"),
          new Antenna("mons", "Antenne Mons", "BE-WHT", "ANTENNA"));
  private static final List<Person> PERSONS =
      List.of(
          new Person(
              "p-3",
              "SEX_WORKER",
              Optional.of("F"),
              OptionalInt.of(1988),
              Optional.of("BE"),
              Optional.of(D1)),
          Person.of("p-1", "ENTOURAGE"),
          Person.of("p-2", "SEX_WORKER").withSex("X").withNationality("GF").withBirthYear(1990));
  private static final List<ProfileSnapshot> PROFILES =
      List.of(
          ProfileSnapshot.of("p-3", D1)
              .withHousing("ADEQUATE")
              .withFinancialResource("EARNED_INCOME")
              .withEmployment("UNKNOWN")
              .withHealthCoverage("MUTUALITY")
              .withSetting("STREET"),
          ProfileSnapshot.of("p-1", D2));
  private static final List<Contact> CONTACTS =
      List.of(
          Contact.identified("c-1", D1, "lln", "STREET", "p-3"),
          Contact.anonymous("c-2", D2, "charleroi", "BAR_VISIT", 19));
  private static final List<Accompaniment> ACCOMPANIMENTS =
      List.of(
          new Accompaniment("ac-1", D1, "mons", "p-2", "CPAS", Optional.of("WRITTEN")),
          new Accompaniment("ac-2", D2, "mons", "p-2", "JUSTICE", Optional.empty()));
  private static final List<HealthIntervention> HEALTH =
      List.of(
          new NursingCare(
              "h-1", D1, "charleroi", Optional.of("p-3"), "RAPID_TEST", List.of("HIV", "HCV")),
          new NursingCare("h-2", D1, "charleroi", Optional.empty(), "WOUND_CARE", List.of()),
          new ParamedicalAccompaniment("h-3", D2, "lln", Optional.of("p-1"), "DOCTOR"),
          new MedicalConsultation(
              "h-4", D2, "lln", Optional.of("p-1"), Optional.of("NONE"), Optional.of("INFECTION")),
          new MedicalConsultation(
              "h-5", D2, "lln", Optional.empty(), Optional.empty(), Optional.empty()));
  private static final List<DistributionAct> ACTS =
      List.of(
          new DistributionAct(
              "d-1",
              D1,
              "charleroi",
              Optional.of("p-3"),
              List.of(
                  DistributionItem.of("CONDOM", 20),
                  DistributionItem.of("LUBRICANT", 5),
                  DistributionItem.of("TICKET_S", 2, 1000))),
          new DistributionAct(
              "d-2",
              D2,
              "lln",
              Optional.empty(),
              List.of(DistributionItem.of("SURGICAL_MASK", 50))));

  private static Dataset dataset() {
    DatasetBuilder b = Dataset.builder().organisation(ORG);
    ANTENNAS.forEach(b::add);
    PERSONS.forEach(b::add);
    PROFILES.forEach(b::add);
    CONTACTS.forEach(b::add);
    ACCOMPANIMENTS.forEach(b::add);
    HEALTH.forEach(b::add);
    ACTS.forEach(b::add);
    return b.build();
  }

  @Test
  void recordsReadBackAsAdded() {
    Dataset d = dataset();
    assertThat(d.validateWithoutPlugins(D2).problems()).isEmpty();
    assertThat(d.organisation()).isEqualTo(ORG);
    assertThat(d.antennas()).isEqualTo(ANTENNAS);
    assertThat(d.persons()).isEqualTo(PERSONS);
    assertThat(d.profiles()).isEqualTo(PROFILES);
    assertThat(d.contacts()).isEqualTo(CONTACTS);
    assertThat(d.accompaniments()).isEqualTo(ACCOMPANIMENTS);
    assertThat(d.health()).isEqualTo(HEALTH);
    assertThat(d.distributions().acts()).isEqualTo(ACTS);
    assertThat(d.distributions()).hasSize(4);
    assertThat(d.size(RecordKind.DISTRIBUTION)).isEqualTo(4);
    assertThat(d.distributions().get(2))
        .isEqualTo(
            new DistributionTable.Row(
                "d-1",
                D1,
                "charleroi",
                Optional.of("p-3"),
                DistributionItem.of("TICKET_S", 2, 1000)));
  }

  @Test
  void pathogensAreASetWrittenBackInCodeListOrder() {
    Dataset d =
        Dataset.builder()
            .organisation(ORG)
            .add(ANTENNAS.get(0))
            .add(
                new NursingCare(
                    "h",
                    D1,
                    "charleroi",
                    Optional.empty(),
                    "RAPID_TEST",
                    List.of("HCV", "SYPHILIS", "HIV")))
            .build();
    assertThat(((NursingCare) d.health().get(0)).pathogens())
        .containsExactly("HIV", "SYPHILIS", "HCV");
    assertThat(d.health().pathogens(0)).isEqualTo(0b111);
  }

  private static CodeRegistry pathogens(int count) {
    List<Code> more = new java.util.ArrayList<>();
    for (int i = CodeRegistry.standard().list("pathogen").size(); i < count; i++) {
      more.add(Code.of("pathogen", "P" + i, "P", "P", "P"));
    }
    return CodeRegistry.builder().addCodes("pathogen", more).build();
  }

  @Test
  void upTo31PathogensFitInASet() {
    CodeRegistry codes = pathogens(31);
    Dataset d =
        Dataset.builder(codes)
            .organisation(ORG)
            .add(ANTENNAS.get(0))
            .add(
                new NursingCare(
                    "h", D1, "charleroi", Optional.empty(), "RAPID_TEST", List.of("P30")))
            .add(
                new NursingCare(
                    "h2", D1, "charleroi", Optional.empty(), "RAPID_TEST", List.of("HIV", "P30")))
            .build();
    assertThat(d.validateWithoutPlugins(D1).problems()).isEmpty();
    assertThat(((NursingCare) d.health().get(0)).pathogens()).containsExactly("P30");
    assertThat(((NursingCare) d.health().get(1)).pathogens()).containsExactly("HIV", "P30");
    assertThatThrownBy(() -> Dataset.builder(pathogens(32)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pathogen")
        .hasMessageContaining("31");
  }

  @Test
  void columnsHoldDenseNumbersAndCodeIndexes() {
    Dataset d = dataset();
    CodeRegistry codes = d.codes();
    PersonTable persons = d.persons();
    assertThat(persons.numberOf("p-3")).hasValue(0);
    assertThat(persons.numberOf("p-1")).hasValue(1);
    assertThat(persons.numberOf("p-2")).hasValue(2);
    assertThat(persons.numberOf("p-4")).isEmpty();
    assertThat(persons.id(2)).isEqualTo("p-2");
    assertThat(persons.role(1)).isEqualTo(codes.list("role").indexOf("ENTOURAGE"));
    assertThat(persons.sex(0)).isEqualTo(codes.list("sex").indexOf("F"));
    assertThat(persons.sex(1)).isEqualTo(-1);
    assertThat(persons.birthYear(0)).isEqualTo(1988);
    assertThat(persons.birthYear(1)).isEqualTo(-1);
    assertThat(persons.nationality(2)).isEqualTo(Countries.index("GF"));
    assertThat(persons.nationality(1)).isEqualTo(-1);
    assertThat(persons.hasFirstContact(0)).isTrue();
    assertThat(persons.firstContactEpochDay(0)).isEqualTo((int) D1.toEpochDay());
    assertThat(persons.hasFirstContact(1)).isFalse();
    assertThatThrownBy(() -> persons.firstContactEpochDay(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hasFirstContact");

    assertThat(d.antennaIndex("lln")).hasValue(1);
    assertThat(d.antennaIndex("mons")).hasValue(2);
    assertThat(d.antennaIndex("nowhere")).isEmpty();
    assertThat(d.provinces()).containsExactly("BE-WBR", "BE-WHT");

    ContactTable contacts = d.contacts();
    assertThat(contacts.person(0)).isEqualTo(0);
    assertThat(contacts.person(1)).isEqualTo(-1);
    assertThat(contacts.antenna(0)).isEqualTo(1);
    assertThat(contacts.epochDay(1)).isEqualTo((int) D2.toEpochDay());
    assertThat(contacts.channel(1)).isEqualTo(codes.list("contact_channel").indexOf("BAR_VISIT"));
    assertThat(contacts.count(1)).isEqualTo(19);
    assertThat(contacts.id(1)).isEqualTo("c-2");

    assertThat(d.accompaniments().person(1)).isEqualTo(2);
    assertThat(d.accompaniments().domain(1))
        .isEqualTo(codes.list("accompaniment_domain").indexOf("JUSTICE"));
    assertThat(d.accompaniments().mode(1)).isEqualTo(-1);

    HealthTable health = d.health();
    assertThat(health.healthKind(2))
        .isEqualTo(codes.list("health_kind").indexOf("PARAMEDICAL_ACCOMPANIMENT"));
    assertThat(health.act(0)).isEqualTo(codes.list("nursing_act").indexOf("RAPID_TEST"));
    assertThat(health.act(2)).isEqualTo(-1);
    assertThat(health.pathogens(0))
        .isEqualTo(
            (1 << codes.list("pathogen").indexOf("HIV"))
                | (1 << codes.list("pathogen").indexOf("HCV")));
    assertThat(health.pathogens(1)).isZero();
    assertThat(health.target(2)).isEqualTo(codes.list("paramedical_target").indexOf("DOCTOR"));
    assertThat(health.coverage(3)).isEqualTo(codes.list("health_coverage").indexOf("NONE"));
    assertThat(health.reason(3)).isEqualTo(codes.list("consultation_reason").indexOf("INFECTION"));
    assertThat(health.coverage(4)).isEqualTo(-1);

    DistributionTable dist = d.distributions();
    assertThat(dist.actCount()).isEqualTo(2);
    assertThat(List.of(dist.act(0), dist.act(1), dist.act(2), dist.act(3)))
        .containsExactly(0, 0, 0, 1);
    assertThat(dist.item(1)).isEqualTo(codes.list("item").indexOf("LUBRICANT"));
    assertThat(dist.quantity(0)).isEqualTo(20);
    assertThat(dist.unitValueCents(2)).isEqualTo(1000);
    assertThat(dist.unitValueCents(0)).isEqualTo(-1);
    assertThat(dist.person(3)).isEqualTo(-1);

    ProfileTable profiles = d.profiles();
    assertThat(profiles.person(1)).isEqualTo(1);
    assertThat(profiles.epochDay(0)).isEqualTo((int) D1.toEpochDay());
    assertThat(profiles.value(0, ProfileTable.ATTRIBUTES.indexOf("housing")))
        .isEqualTo(codes.list("housing").indexOf("ADEQUATE"));
    assertThat(profiles.value(1, ProfileTable.ATTRIBUTES.indexOf("housing"))).isEqualTo(-1);
  }

  @Test
  void theDayBeforeTheEpochIsAFirstContactNotAnUnknownOne() {
    LocalDate dayMinusOne = LocalDate.ofEpochDay(-1);
    Dataset d =
        Dataset.builder()
            .organisation(ORG)
            .add(Person.of("p", "SEX_WORKER").withFirstContact(dayMinusOne))
            .add(Person.of("q", "SEX_WORKER"))
            .build();
    assertThat(d.persons().hasFirstContact(0)).isTrue();
    assertThat(d.persons().firstContactEpochDay(0)).isEqualTo(-1);
    assertThat(d.persons().hasFirstContact(1)).isFalse();
    assertThat(d.persons().sex(1)).isEqualTo(RecordTable.UNKNOWN).isEqualTo(-1);
  }

  @Test
  void aContactWithoutCountStandsForOne() {
    Dataset d =
        Rows.base()
            .addRow(RecordKind.CONTACT, Rows.row(RecordKind.CONTACT, "count", null), 3)
            .build();
    assertThat(d.contacts().count(0)).isEqualTo(1);
    assertThat(d.contacts().get(0).count()).isEqualTo(1);
  }

  @Test
  void datasetsAreEqualWhenTheyHoldTheSameRecordsInTheSameOrder() {
    new EqualsTester()
        .addEqualityGroup(dataset(), dataset())
        .addEqualityGroup(
            Dataset.builder().organisation(ORG).build(),
            Dataset.builder().organisation(ORG).build())
        .addEqualityGroup(
            Dataset.builder().organisation(ORG).add(ANTENNAS.get(1)).add(ANTENNAS.get(0)).build())
        .addEqualityGroup(
            Dataset.builder().organisation(ORG).add(ANTENNAS.get(0)).add(ANTENNAS.get(1)).build())
        .addEqualityGroup(Dataset.builder().organisation(ORG).add(PERSONS.get(0)).build())
        .addEqualityGroup(Dataset.builder().organisation(ORG).add(CONTACTS.get(1)).build())
        .addEqualityGroup(
            Dataset.builder().organisation(new Organisation("other", "Other")).build())
        .testEquals();
    assertThat(dataset().toString())
        .contains("e2w")
        .contains("3 antennas")
        .contains("4 distribution rows");
  }

  @Test
  void aBuilderBuildsOnce() {
    DatasetBuilder b = Dataset.builder().organisation(ORG);
    b.build();
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already built");
    assertThatThrownBy(() -> b.add(ANTENNAS.get(0))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.addRow(RecordKind.PERSON, new String[] {"p", "SEX_WORKER"}, 1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDatasetWithoutOrganisationSaysSo() {
    Dataset d = Dataset.builder().build();
    assertThatThrownBy(d::organisation)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no organisation");
    assertThat(d.validateWithoutPlugins(D1).isValid()).isFalse();
    assertThatThrownBy(() -> d.validateWithoutPlugins(D1).orThrow())
        .isInstanceOf(InvalidDatasetException.class);
  }

  @Test
  void aRowThatCannotBeReadAsARecordSaysSo() {
    Dataset d =
        Rows.base()
            .addRow(RecordKind.CONTACT, Rows.row(RecordKind.CONTACT, "date", "2020-02-30"), 3)
            .build();
    assertThatThrownBy(() -> d.contacts().get(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date")
        .hasMessageContaining("validate");
  }

  @Test
  void theBuilderRefusesNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(RecordKind.class, RecordKind.CONTACT)
            .setDefault(String[].class, new String[0])
            .setDefault(Problem.class, Problem.of(ProblemCodes.UNREADABLE).build())
            .setDefault(RecordLocator.class, RecordLocator.NONE)
            .setDefault(Organisation.class, ORG)
            .setDefault(Antenna.class, ANTENNAS.get(0))
            .setDefault(Person.class, PERSONS.get(0))
            .setDefault(HealthIntervention.class, HEALTH.get(0))
            .setDefault(DistributionAct.class, ACTS.get(0));
    t.testAllPublicInstanceMethods(Dataset.builder());
    t.testAllPublicStaticMethods(Dataset.class);
  }
}
