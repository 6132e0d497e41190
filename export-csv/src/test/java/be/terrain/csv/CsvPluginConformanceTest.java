package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.PluginReport;
import be.terrain.platform.Terrain;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Reports;
import be.terrain.stats.Statistics;
import be.terrain.testing.ReferenceData;
import be.terrain.testkit.DatasetFormatContract;
import be.terrain.testkit.PluginContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CSV module registers its formats through the SPI, found by discovery, and they pass the kit.
 */
@DisplayName("The CSV plugin")
class CsvPluginConformanceTest {
  private static final Terrain TERRAIN = Terrain.builder().findPlugins().build();

  @Test
  @DisplayName("is found by discovery and registers csv, csv-excel-fr and the csv report")
  void discovered() {
    PluginReport r =
        TERRAIN.plugins().stream()
            .filter(p -> p.id().equals(CsvPlugin.ID))
            .findFirst()
            .orElseThrow();
    assertThat(r.isLoaded()).isTrue();
    assertThat(r.version()).isEqualTo(Terrain.version());
    assertThat(r.contributions())
        .extracting(PluginReport.Contribution::toString)
        .containsExactly("dataset-format csv", "dataset-format csv-excel-fr");
    assertThat(reportCsvPlugin().contributions())
        .extracting(PluginReport.Contribution::toString)
        .containsExactly("report-format csv");
    assertThat(TERRAIN.findFormatFor(ReferenceData.seed2020()))
        .contains(TERRAIN.datasetFormat("csv"));
  }

  @Test
  @DisplayName(
      "reads the reference folder as CsvDatasetReader does, and writes report.csv as ReportCsvWriter does")
  void sameAsTheApi() throws IOException {
    Dataset d = TERRAIN.read(ReferenceData.seed2020(), "csv", ReferenceData.READ_ON).orThrow();
    assertThat(d)
        .isEqualTo(
            CsvDatasetReader.builder()
                .today(ReferenceData.READ_ON)
                .build()
                .read(ReferenceData.seed2020())
                .orThrow());
    Report report = Statistics.compute(d, ReportOptions.of(Period.ofYear(2020)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.of(TERRAIN).reportFormat("csv").write(report, out);
    assertThat(out.toByteArray()).isEqualTo(ReportCsvWriter.toBytes(report));
  }

  private static PluginReport reportCsvPlugin() {
    PluginReport r =
        TERRAIN.plugins().stream()
            .filter(p -> p.id().equals(CsvReportPlugin.ID))
            .findFirst()
            .orElseThrow();
    assertThat(r.isLoaded()).isTrue();
    return r;
  }

  @Nested
  @DisplayName("its report writer, as a plugin")
  class ReportPlugin extends PluginContract {
    @Override
    protected TerrainPlugin plugin() {
      return new CsvReportPlugin();
    }
  }

  @Nested
  @DisplayName("as a plugin")
  class Plugin extends PluginContract {
    @Override
    protected TerrainPlugin plugin() {
      return new CsvPlugin();
    }
  }

  @Nested
  @DisplayName("format csv")
  class Rfc4180 extends DatasetFormatContract {
    @Override
    protected DatasetFormat format() {
      return TERRAIN.datasetFormat("csv");
    }
  }

  @Nested
  @DisplayName("format csv-excel-fr")
  class ExcelFr extends DatasetFormatContract {
    @Override
    protected DatasetFormat format() {
      return TERRAIN.datasetFormat("csv-excel-fr");
    }
  }
}
