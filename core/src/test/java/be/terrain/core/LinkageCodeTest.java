package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A person's optional linkage code: stored in its own pool, handed back by the person table and the
 * record, validated like an id, and never quoted by a problem.
 */
class LinkageCodeTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 1, 1);
  private static final String CODE = "LNK-zz9.q_7";

  private static Dataset dataset(Person... persons) {
    DatasetBuilder b =
        Dataset.builder()
            .organisation(new Organisation("org", "Org"))
            .add(new Antenna("a", "A", "BE-WHT", "SERVICE"));
    for (Person p : persons) {
      b.add(p);
    }
    return b.build();
  }

  @Test
  void thePersonTableHandsTheCodeBackAsTextAndAsBytes() {
    Dataset d =
        dataset(
            Person.of("p1", "SEX_WORKER").withLinkageCode(CODE),
            Person.of("p2", "SEX_WORKER"),
            Person.of("p3", "ENTOURAGE").withLinkageCode(CODE),
            Person.of("p4", "ENTOURAGE").withLinkageCode("other"));
    PersonTable persons = d.persons();

    assertThat(d.validateWithoutPlugins(TODAY).problems()).isEmpty();
    assertThat(persons.anyLinkageCode()).isTrue();
    assertThat(persons.linkageCode(0)).contains(CODE);
    assertThat(persons.linkageCode(1)).isEmpty();
    assertThat(persons.linkageCode(2)).contains(CODE);
    assertThat(persons.linkageCode(3)).contains("other");
    assertThat(List.of(0, 1, 2, 3).stream().map(persons::hasLinkageCode))
        .containsExactly(true, false, true, true);
    assertThat(persons.linkageCodeBytes(0)).isEqualTo(CODE.getBytes(StandardCharsets.UTF_8));
    assertThat(persons.linkageCodeBytes(1)).isNull();
    assertThat(persons.get(0).linkageCode()).contains(CODE);
    assertThat(persons.get(1).linkageCode()).isEmpty();
    assertThat(persons.get(0)).isEqualTo(Person.of("p1", "SEX_WORKER").withLinkageCode(CODE));
  }

  @Test
  void aDatasetWithoutCodesHasNone() {
    Dataset d = dataset(Person.of("p1", "SEX_WORKER"), Person.of("p2", "SEX_WORKER"));

    assertThat(d.persons().anyLinkageCode()).isFalse();
    assertThat(d.persons().hasLinkageCode(0)).isFalse();
    assertThat(RecordCells.of(d, RecordKind.PERSON, 0)).hasSize(7).endsWith((String) null);
  }

  @Test
  void theWithMethodsKeepTheCodeAndAnEmptyCodeIsNone() {
    Person p =
        Person.of("p1", "SEX_WORKER")
            .withLinkageCode(CODE)
            .withSex("F")
            .withBirthYear(1990)
            .withNationality("BE")
            .withFirstContact(TODAY);

    assertThat(p.linkageCode()).contains(CODE);
    assertThat(p.withLinkageCode("").linkageCode()).isEmpty();
    assertThat(p.withLinkageCode(null).linkageCode()).isEmpty();
    assertThat(
            new Person(
                    "p1",
                    "SEX_WORKER",
                    Optional.empty(),
                    java.util.OptionalInt.empty(),
                    Optional.empty(),
                    Optional.empty())
                .linkageCode())
        .isEmpty();
  }

  @Test
  void anInvalidCodeIsTer0114WithoutItsValueAndReadsAsNone() {
    String bad = "LNK zz9/" + CODE;
    Dataset d = dataset(Person.of("p1", "SEX_WORKER").withLinkageCode(bad));

    List<Problem> problems = d.validateWithoutPlugins(TODAY).problems();

    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.code()).isEqualTo(ProblemCodes.INVALID_LINKAGE_CODE);
    assertThat(p.code().code()).isEqualTo("TER-0114");
    assertThat(p.recordId()).contains("p1");
    assertThat(p.field()).contains(Person.LINKAGE_CODE);
    assertThat(p.value()).isEmpty();
    assertThat(p.toString() + p.message() + p.messageFr()).doesNotContain(CODE);
    assertThat(d.persons().hasLinkageCode(0)).isFalse();
    assertThat(d.persons().linkageCode(0)).isEmpty();
    assertThat(d.persons().linkageCodeBytes(0)).isNull();
    // the record keeps the text as written, like any cell that could not be read
    assertThat(d.persons().get(0).linkageCode()).contains(bad);
  }

  @Test
  void noProblemOnTheLinkageCodeFieldCarriesAValue() {
    Problem p =
        Problem.of(ProblemCodes.INVALID_ENCODING)
            .record(RecordKind.PERSON, "p1")
            .field(Person.LINKAGE_CODE)
            .value(CODE)
            .build();

    assertThat(p.value()).isEmpty();
    assertThat(p.toString()).doesNotContain(CODE);
  }
}
