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

  @Test
  void theReferenceDatasetsSlicesAreItsClassifiedTables() {
    for (int year : new int[] {2019, 2020, 2021}) {
      assertSlicesAreClassified(MiniCsv.reference(), ReportOptions.of(Period.ofYear(year)));
    }
    assertSlicesAreClassified(
        MiniCsv.reference(), ReportOptions.of(Period.ofYear(2020)).withSuppressBelow(5));
  }

  @Test
  void aRandomDatasetsSlicesAreItsClassifiedTables() {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomDatasets.rows(), StatisticsPropertiesTest.periods())
        .checkAssert(
            (rows, period) -> {
              Dataset d = rows.build();
              assertSlicesAreClassified(d, ReportOptions.of(period));
              assertSlicesAreClassified(d, ReportOptions.of(period).withSuppressBelow(3));
            });
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
