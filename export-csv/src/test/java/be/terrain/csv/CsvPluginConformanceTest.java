package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
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
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * The CSV round trip of a dialect, its one suite: the kit's, plus what CSV adds on each dataset
   * read back: the recovering tokenizer reads it as FastCSV does, and reading then writing gives
   * the same bytes, file by file, as writing a kind to a stream does.
   */
  abstract static class CsvFormatContract extends DatasetFormatContract {
    abstract CsvDialect dialect();

    @Override
    protected DatasetFormat format() {
      return TERRAIN.datasetFormat(dialect() == CsvDialect.RFC4180 ? "csv" : "csv-excel-fr");
    }

    @Override
    protected int datasets() {
      return 150;
    }

    @Override
    protected void roundTripAlsoHolds(Dataset written, Path folder, ReadResult read)
        throws IOException {
      ReadResult r = CsvFolders.read(folder);
      assertThat(r.validation().problems()).isEmpty();
      assertThat(r.dataset()).isEqualTo(written);
      CsvDatasetWriter w = CsvDatasetWriter.of(dialect());
      for (RecordKind kind : RecordKind.values()) {
        assertThat(bytes(w, r.dataset(), kind)).isEqualTo(bytes(w, written, kind));
        assertThat(bytes(w, written, kind))
            .isEqualTo(Files.readAllBytes(folder.resolve(CsvDatasetWriter.fileName(kind))));
      }
    }

    private static byte[] bytes(CsvDatasetWriter w, Dataset d, RecordKind kind) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      w.write(d, kind, out);
      return out.toByteArray();
    }
  }

  @Nested
  @DisplayName("format csv")
  class Rfc4180 extends CsvFormatContract {
    @Override
    CsvDialect dialect() {
      return CsvDialect.RFC4180;
    }
  }

  @Nested
  @DisplayName("format csv-excel-fr")
  class ExcelFr extends CsvFormatContract {
    @Override
    CsvDialect dialect() {
      return CsvDialect.EXCEL_FR;
    }
  }
}
