package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Period;
import be.terrain.core.RecordKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void theStandardDefinitionHasTheTwentyOneTablesOfTheSpecification() {
    ReportDefinition d = ReportDefinition.standard();
    assertThat(d.tables()).hasSize(21);
    assertThat(d.table("contacts.channel").orElseThrow().history()).isEqualTo(1);
    assertThat(d.table("health.consultation_coverage").orElseThrow().history()).isEqualTo(2);
    assertThat(d.tables().stream().filter(t -> !t.rowsAddUpToN()).map(TableSpec::id))
        .containsExactlyInAnyOrder(
            "health.rapid_test",
            "distributions.acts",
            "accompaniments.persons",
            "distributions.persons");
  }

  @Test
  void tableSpecsRefuseMismatchedParts() {
    assertThatThrownBy(
            () -> TableSpec.of("x", Population.CONTACT_ROWS, Dimensions.SEX, Measure.PERSONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "dimension sex classifies PERSON but population contacts is made of CONTACT");
    assertThatThrownBy(
            () -> TableSpec.of("x", Population.PSYCHOSOCIAL_PERSONS, Dimensions.SEX, Measure.ACTS))
        .hasMessageContaining("measure ACTS does not apply to PERSON");
    assertThatThrownBy(
            () ->
                TableSpec.of(
                    "x",
                    Population.ACCOMPANIMENT_ROWS,
                    Dimensions.ACCOMPANIMENT_DOMAIN,
                    Measure.UNITS))
        .hasMessageContaining("measure UNITS does not apply to ACCOMPANIMENT");
    assertThatThrownBy(
            () ->
                TableSpec.of(
                        "x", Population.CONTACT_ROWS, Dimensions.CONTACT_CHANNEL, Measure.CONTACTS)
                    .withHistory(-1))
        .hasMessageContaining("history must not be negative: -1");
    assertThatThrownBy(
            () ->
                ReportDefinition.of(
                    "d",
                    List.of(
                        TableSpec.of(
                            "t",
                            Population.CONTACT_ROWS,
                            Dimensions.CONTACT_CHANNEL,
                            Measure.CONTACTS),
                        TableSpec.of(
                            "t",
                            Population.CONTACT_ROWS,
                            Dimensions.CONTACT_CHANNEL,
                            Measure.ACTS))))
        .hasMessageContaining("has two tables t");
  }

  @Test
  void populationsAreChecked() {
    assertThatThrownBy(() -> Population.records("p", Subject.PERSON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Population.personsOf("p", Population.PSYCHOSOCIAL_PERSONS))
        .hasMessageContaining("source psychosocial is not a record population");
    assertThatThrownBy(
            () -> Population.CONTACT_ROWS.where("x", Dimensions.HEALTH_KIND, "NURSING_CARE"))
        .hasMessageContaining("classifies HEALTH, not CONTACT");
    assertThat(Population.HEALTH_ROWS.where("nursing_care", Dimensions.HEALTH_KIND, "NURSING_CARE"))
        .isEqualTo(Population.NURSING_CARE_ROWS);
  }

  @Test
  void scopesSortByLevelThenCodePoint() {
    List<Scope> sorted =
        Stream.of(
                Scope.antenna("b"),
                Scope.province("BE-WHT"),
                Scope.antenna("B"),
                Scope.organisation("o"),
                Scope.antenna("\uD83D\uDE00"),
                Scope.antenna("\uFF21"),
                Scope.province("BE-WBR"))
            .sorted()
            .toList();
    assertThat(sorted)
        .containsExactly(
            Scope.organisation("o"),
            Scope.province("BE-WBR"),
            Scope.province("BE-WHT"),
            Scope.antenna("B"),
            Scope.antenna("b"),
            Scope.antenna("\uFF21"),
            Scope.antenna("\uD83D\uDE00"));
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> ReportOptions.of(Period.ofYear(2020)).withSuppressBelow(0))
        .hasMessageContaining("suppressBelow must be at least 1: 0");
    assertThat(Rounding.parse("largest-remainder")).isEqualTo(Rounding.LARGEST_REMAINDER);
  }

  /**
   * A federation's report with its own ten-year age bands is only a definition: a code list in the
   * registry and a table spec, no new engine code.
   */
  @Test
  void anotherDefinitionWithOtherAgeBandsIsJustADefinition() {
    String list = "age_band_10";
    CodeRegistry registry =
        CodeRegistry.builder()
            .addList(
                CodeList.of(
                    list,
                    Stream.of("<20", "20-29", "30-39", "40-49", "50+", "UNKNOWN")
                        .map(c -> Code.of(list, c, c, c, c))
                        .toList()))
            .build();
    DatasetBuilder b = Dataset.builder(registry);
    b.addRow(RecordKind.ORGANISATION, new String[] {"fed", "Federation member"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a", "A", "BE-WHT", "SERVICE"}, 2);
    String[][] persons = {
      {"p1", "2000"}, {"p2", "1991"}, {"p3", "1990"}, {"p4", "1970"}, {"p5", ""}, {"p6", "2001"}
    };
    int line = 2;
    for (String[] p : persons) {
      b.addRow(RecordKind.PERSON, new String[] {p[0], "SEX_WORKER", "F", p[1], "BE", ""}, line);
      b.addRow(
          RecordKind.CONTACT,
          new String[] {"c" + line, "2020-05-01", "a", "STREET", p[0], ""},
          line++);
    }
    Dataset d = b.build();
    assertThat(d.validateWithoutPlugins(java.time.LocalDate.of(2026, 1, 1)).problems()).isEmpty();
    ReportDefinition federation =
        ReportDefinition.of(
            "federation/1",
            List.of(
                TableSpec.of(
                    "persons.age",
                    Population.PSYCHOSOCIAL_PERSONS,
                    Dimensions.ageBand(list),
                    Measure.PERSONS),
                TableSpec.of(
                    "contacts.channel",
                    Population.CONTACT_ROWS,
                    Dimensions.CONTACT_CHANNEL,
                    Measure.CONTACTS)));
    Report r = Statistics.compute(d, federation, ReportOptions.of(Period.ofYear(2020)));
    assertThat(r.tables())
        .extracting(ReportTable::id)
        .containsExactly(
            "contacts.channel",
            "contacts.channel",
            "contacts.channel",
            "persons.age",
            "persons.age",
            "persons.age");
    ReportTable ages = r.table("persons.age", Scope.organisation("fed")).orElseThrow();
    assertThat(ages.rows())
        .extracting(ReportRow::code)
        .containsExactly("<20", "20-29", "30-39", "40-49", "50+", "UNKNOWN");
    // ages in 2020: 20, 29, 30, 50, unknown, 19
    assertThat(ages.rows())
        .extracting(row -> row.count().getAsLong())
        .containsExactly(1L, 2L, 1L, 0L, 1L, 1L);
    assertThatThrownBy(
            () ->
                Statistics.compute(
                    d,
                    ReportDefinition.of(
                        "bad",
                        List.of(
                            TableSpec.of(
                                "x",
                                Population.PSYCHOSOCIAL_PERSONS,
                                Dimensions.ageBand("role"),
                                Measure.PERSONS))),
                    ReportOptions.of(Period.ofYear(2020))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code 'SEX_WORKER' is not a band");
  }
}
