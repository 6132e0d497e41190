package be.terrain.json;

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
import be.terrain.testing.MiniCsv;
import be.terrain.testkit.DatasetFormatContract;
import be.terrain.testkit.PluginContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The JSON module registers its formats through the SPI, found by discovery, and they pass the kit.
 */
@DisplayName("The JSON plugin")
class JsonPluginConformanceTest {
  private static final Terrain TERRAIN = Terrain.builder().findPlugins().build();

  @Test
  @DisplayName("is found by discovery and registers json, jsonl and the json report")
  void discovered(@TempDir Path dir) {
    PluginReport r =
        TERRAIN.plugins().stream()
            .filter(p -> p.id().equals(JsonPlugin.ID))
            .findFirst()
            .orElseThrow();
    assertThat(r.isLoaded()).isTrue();
    assertThat(r.contributions())
        .extracting(PluginReport.Contribution::toString)
        .containsExactly("dataset-format json", "dataset-format jsonl");
    assertThat(reportJsonPlugin().contributions())
        .extracting(PluginReport.Contribution::toString)
        .containsExactly("report-format json");
    assertThat(TERRAIN.findFormatFor(dir.resolve("data.JSON")))
        .contains(TERRAIN.datasetFormat("json"));
    assertThat(TERRAIN.findFormatFor(dir.resolve("data.jsonl")))
        .contains(TERRAIN.datasetFormat("jsonl"));
  }

  @Test
  @DisplayName(
      "writes a document and JSON Lines as the writers do, whatever the file's name, and report.json as ReportJsonWriter does")
  void sameAsTheApi(@TempDir Path dir) throws IOException {
    Dataset d = MiniCsv.reference();
    Path lines = dir.resolve("lines.json");
    TERRAIN.datasetFormat("jsonl").write(d, lines);
    assertThat(lines).hasBinaryContent(JsonDatasetWriter.lines().toBytes(d));
    assertThat(TERRAIN.read(lines, "jsonl", be.terrain.testing.ReferenceData.READ_ON).orThrow())
        .isEqualTo(d);
    Report report = Statistics.compute(d, ReportOptions.of(Period.ofYear(2020)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.of(TERRAIN).reportFormat("json").write(report, out);
    assertThat(out.toByteArray()).isEqualTo(ReportJsonWriter.toBytes(report));
  }

  private static PluginReport reportJsonPlugin() {
    PluginReport r =
        TERRAIN.plugins().stream()
            .filter(p -> p.id().equals(JsonReportPlugin.ID))
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
      return new JsonReportPlugin();
    }
  }

  @Nested
  @DisplayName("as a plugin")
  class Plugin extends PluginContract {
    @Override
    protected TerrainPlugin plugin() {
      return new JsonPlugin();
    }
  }

  @Nested
  @DisplayName("format json")
  class Document extends DatasetFormatContract {
    @Override
    protected DatasetFormat format() {
      return TERRAIN.datasetFormat("json");
    }

    @Override
    protected Gen<Dataset> validDatasets() {
      return JsonGenerators.datasets();
    }

    @Override
    protected int datasets() {
      return 300;
    }
  }

  @Nested
  @DisplayName("format jsonl")
  class Lines extends DatasetFormatContract {
    @Override
    protected DatasetFormat format() {
      return TERRAIN.datasetFormat("jsonl");
    }

    @Override
    protected Gen<Dataset> validDatasets() {
      return JsonGenerators.datasets();
    }

    @Override
    protected int datasets() {
      return 300;
    }
  }
}
