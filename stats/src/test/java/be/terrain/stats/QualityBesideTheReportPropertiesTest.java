package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.stats.quality.Quality;
import be.terrain.stats.quality.internal.QualityTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whatever the engine shares between a report and its quality report computed in one pass, each is
 * what it is computed alone: the report {@link Statistics#compute}'s, the quality report that of a
 * pass with a report that shares nothing with it, and the quality's record tables (anonymous
 * contacts, consultations without their own coverage) beside the standard report's tables of the
 * same records those tables counted alone: every row, n, history and change, with and without
 * small-count suppression, on the reference dataset and random ones.
 */
class QualityBesideTheReportPropertiesTest {

  @Test
  void theReferenceDatasetsRecordTablesBesideTheReportAreTheTablesCountedAlone() {
    ReportCases.onTheReference(QualityBesideTheReportPropertiesTest::assertBesideIsAlone);
  }

  @Test
  void aRandomDatasetsRecordTablesBesideTheReportAreTheTablesCountedAlone() {
    ReportCases.onRandomDatasets(QualityBesideTheReportPropertiesTest::assertBesideIsAlone);
  }

  @Test
  void theReferenceDatasetsQualityAndReportTogetherAreEachAlone() {
    ReportCases.onTheReference(QualityBesideTheReportPropertiesTest::assertTogetherIsAlone);
  }

  @Test
  void aRandomDatasetsQualityAndReportTogetherAreEachAlone() {
    ReportCases.onRandomDatasets(QualityBesideTheReportPropertiesTest::assertTogetherIsAlone);
  }

  private static void assertTogetherIsAlone(Dataset d, ReportOptions options) {
    Quality.Both both = Quality.computeWith(d, ReportDefinition.standard(), options);
    // a report of one table that shares no records or persons with the quality's tables
    ReportDefinition units =
        ReportDefinition.of(
            "units",
            List.of(ReportDefinition.standard().table("distributions.units").orElseThrow()));
    Quality.Both alone = Quality.computeWith(d, units, options);
    assertThat(both.report()).as(options.toString()).isEqualTo(Statistics.compute(d, options));
    assertThat(both.quality()).as(options.toString()).isEqualTo(alone.quality());
  }

  private static void assertBesideIsAlone(Dataset d, ReportOptions options) {
    List<TableSpec> records = QualityTables.records();
    Report alone = Statistics.compute(d, ReportDefinition.of("alone", records), options);
    List<TableSpec> both = new ArrayList<>(ReportDefinition.standard().tables());
    both.addAll(records);
    Report beside = Statistics.compute(d, ReportDefinition.of("beside", both), options);
    Set<String> ids = records.stream().map(TableSpec::id).collect(Collectors.toSet());
    assertThat(alone.tables()).isNotEmpty();
    assertThat(beside.tables().stream().filter(t -> ids.contains(t.id())).toList())
        .as(options.toString())
        .isEqualTo(alone.tables());
  }
}
