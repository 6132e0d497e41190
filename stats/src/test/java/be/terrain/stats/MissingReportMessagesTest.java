package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.platform.Terrain;
import be.terrain.stats.internal.plugins.MissingReport;
import be.terrain.stats.plugins.TestPlugins.Simple;
import be.terrain.stats.spi.ReportFormat;
import be.terrain.stats.spi.StatsPluginContext;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A missing report format's or definition's message names what fixes it: the artifact that brings
 * Terrain's own report format, the call {@code findPlugins()} only when it was not made, or the
 * refused plugin.
 */
class MissingReportMessagesTest {
  private static final ReportFormat HTML =
      new ReportFormat() {
        @Override
        public String name() {
          return "html";
        }

        @Override
        public String description() {
          return "a test format";
        }

        @Override
        public String fileExtension() {
          return ".html";
        }

        @Override
        public void write(Report report, OutputStream out) {
          throw new UnsupportedOperationException();
        }
      };

  @Test
  void withoutFindPluginsTheMessageNamesTheArtifactAndTheCall() {
    Reports reports = Reports.of(Terrain.standard());

    assertThatThrownBy(() -> reports.reportFormat("json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no report format 'json': registered are none; the json report format is in"
                + " terrain-export-json: add it to the class path and call"
                + " Terrain.builder().findPlugins(), or add its plugin by hand");
    assertThatThrownBy(() -> reports.reportFormat("xlsx"))
        .hasMessage(
            "no report format 'xlsx': registered are none; report formats come from plugins:"
                + " add terrain-export-csv (csv) or terrain-export-json (json) to the class path"
                + " and call Terrain.builder().findPlugins(), or add a plugin by hand");
  }

  @Test
  void afterFindPluginsTheMessageNamesTheMissingArtifactOnly() {
    Reports reports = Reports.of(Terrain.builder().findPlugins().build());

    assertThatThrownBy(() -> reports.definition("fdss-2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no report definition 'fdss-2020': registered are standard; no plugin that"
                + " Terrain.builder().findPlugins() found registers it: add the jar of the"
                + " plugin that does to the class path");
    assertThatThrownBy(() -> reports.reportFormat("csv"))
        .hasMessage(
            "no report format 'csv': registered are none; the csv report format is in"
                + " terrain-export-csv, which Terrain.builder().findPlugins() did not find: add"
                + " it to the class path");
    assertThatThrownBy(() -> reports.reportFormat("xlsx"))
        .hasMessage(
            "no report format 'xlsx': registered are none; Terrain.builder().findPlugins()"
                + " found none: add terrain-export-csv (csv) or terrain-export-json (json) to the"
                + " class path, or the plugin that brings the format");
  }

  @Test
  void aRefusedPluginOfTheArtifactIsNamed() {
    Terrain t =
        Terrain.builder()
            .add(
                Simple.of(
                    "terrain-json-report",
                    c -> {
                      throw new IllegalStateException("broken");
                    }))
            .add(Simple.of("html", c -> StatsPluginContext.of(c).addReportFormat(HTML)))
            .build();

    assertThatThrownBy(() -> Reports.of(t).reportFormat("json"))
        .hasMessage(
            "no report format 'json': registered are html; the json report format is in"
                + " terrain-export-json, whose plugin terrain-json-report was refused: see"
                + " Terrain.plugins()");
    assertThatThrownBy(() -> Reports.of(t).reportFormat("xlsx"))
        .hasMessage("no report format 'xlsx': registered are html");
  }

  @Test
  void withoutTheStatisticsProviderTheMessageNamesTerrainStats() {
    // not reachable through Reports on a class path that has terrain-stats: the helper itself
    assertThat(MissingReport.definition("standard", List.of(), true))
        .isEqualTo(
            "no report definition 'standard': registered are none; the standard report is in"
                + " terrain-stats, whose extension provider the class loader of"
                + " be.terrain.platform.Terrain did not find: put terrain-stats where"
                + " terrain-platform is (the same class path or module layer)");
  }
}
