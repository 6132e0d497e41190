package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.internal.Engine;
import be.terrain.stats.quality.internal.QualityTables;
import be.terrain.testing.MiniCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Person tables counted by bit slices (what the quality report's person tables are) are the tables
 * the engine makes by classifying every person of every scope: the quality's tables and a table
 * with two previous periods, with and without small-count suppression.
 */
class PersonSlicesPropertiesTest {
  private static final List<TableSpec> PERSON_TABLES = personTables();

  /** The quality's person tables and one with two previous periods, all with an UNKNOWN code. */
  private static final List<TableSpec> UNKNOWN_TABLES = unknownTables();

  @Test
  void theReferenceDatasetsSlicesAreItsClassifiedTables() {
    ReportCases.onTheReference(PersonSlicesPropertiesTest::assertSlicesAreClassified);
  }

  @Test
  void aRandomDatasetsSlicesAreItsClassifiedTables() {
    ReportCases.onRandomDatasets(PersonSlicesPropertiesTest::assertSlicesAreClassified);
  }

  @Test
  void theReferenceDatasetsUnknownSlicesHaveItsClassifiedTablesUnknownRowsAndSums() {
    for (int year : new int[] {2019, 2020, 2021}) {
      assertUnknownsAreClassified(MiniCsv.reference(), ReportOptions.of(Period.ofYear(year)));
    }
  }

  @Test
  void aRandomDatasetsUnknownSlicesHaveItsClassifiedTablesUnknownRowsAndSums() {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomDatasets.rows(), StatisticsPropertiesTest.periods())
        .checkAssert(
            (rows, period) -> assertUnknownsAreClassified(rows.build(), ReportOptions.of(period)));
  }

  @Test
  void onlyTablesWithAnUnknownCodeAreSlicedForTheirUnknowns() {
    TableSpec role =
        TableSpec.of("x.role", Population.PSYCHOSOCIAL_PERSONS, Dimensions.ROLE, Measure.PERSONS);
    ReportDefinition records = ReportDefinition.of("records", QualityTables.records());
    ReportOptions options = ReportOptions.of(Period.ofYear(2020));
    assertThatThrownBy(
            () -> Engine.compute(MiniCsv.reference(), records, options, List.of(role), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.role");
  }

  @Test
  void onlySingleValuedPersonTablesAreSliced() {
    ReportDefinition records = ReportDefinition.of("records", QualityTables.records());
    ReportOptions options = ReportOptions.of(Period.ofYear(2020));
    TableSpec recordTable = ReportDefinition.standard().table("contacts.channel").orElseThrow();
    assertThatThrownBy(
            () -> Engine.compute(MiniCsv.reference(), records, options, List.of(recordTable)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contacts.channel");
  }

  private static void assertSlicesAreClassified(Dataset d, ReportOptions options) {
    Report classified =
        Statistics.compute(d, ReportDefinition.of("classified", PERSON_TABLES), options);
    Report sliced =
        Engine.compute(
            d, ReportDefinition.of("sliced", QualityTables.records()), options, PERSON_TABLES);
    Set<String> ids = PERSON_TABLES.stream().map(TableSpec::id).collect(Collectors.toSet());
    assertThat(sliced.tables().stream().filter(t -> ids.contains(t.id())).toList())
        .isEqualTo(classified.tables());
  }

  /**
   * Tables sliced for their unknowns have, in every scope and period, the UNKNOWN row, the n and
   * the sum of the rows of the classified whole tables; their first row holds every known person.
   */
  private static void assertUnknownsAreClassified(Dataset d, ReportOptions options) {
    Report classified =
        Statistics.compute(d, ReportDefinition.of("classified", UNKNOWN_TABLES), options);
    Report sliced =
        Engine.compute(
            d,
            ReportDefinition.of("sliced", QualityTables.records()),
            options,
            UNKNOWN_TABLES,
            true);
    int checked = 0;
    for (ReportTable whole : classified.tables()) {
      ReportTable t = sliced.table(whole.id(), whole.scope()).orElseThrow();
      String as = whole.id() + " " + whole.scope();
      assertThat(t.n()).as(as).isEqualTo(whole.n());
      assertThat(t.history()).as(as).isEqualTo(whole.history());
      assertThat(t.rows()).as(as).hasSize(2);
      ReportRow unknown = whole.row("UNKNOWN").orElseThrow();
      assertThat(t.rows().get(1))
          .as(as)
          .extracting(
              ReportRow::code, ReportRow::count, ReportRow::history, ReportRow::changePercent)
          .containsExactly(
              unknown.code(), unknown.count(), unknown.history(), unknown.changePercent());
      assertThat(t.rows().get(0).code()).as(as).isEqualTo(whole.rows().get(0).code());
      for (int h = 0; h <= whole.history(); h++) {
        assertThat(sum(t, h)).as(as + " slot " + h).isEqualTo(sum(whole, h));
      }
      checked++;
    }
    assertThat(checked).isEqualTo(classified.tables().size()).isPositive();
  }

  /** The sum of a table's rows, now (0) or in its h-th previous period. */
  private static long sum(ReportTable t, int h) {
    long sum = 0;
    for (ReportRow r : t.rows()) {
      sum += (h == 0 ? r.count() : r.history().get(h - 1)).getAsLong();
    }
    return sum;
  }

  private static List<TableSpec> unknownTables() {
    List<TableSpec> tables = new ArrayList<>(QualityTables.persons());
    tables.add(
        TableSpec.of("x.housing", Population.HEALTH_PERSONS, Dimensions.HOUSING, Measure.PERSONS)
            .withHistory(2));
    return tables;
  }

  private static List<TableSpec> personTables() {
    List<TableSpec> tables = new ArrayList<>(QualityTables.persons());
    tables.add(
        TableSpec.of(
                "x.new_contact",
                Population.PSYCHOSOCIAL_PERSONS,
                Dimensions.NEW_CONTACT,
                Measure.PERSONS)
            .withHistory(2));
    return tables;
  }
}
