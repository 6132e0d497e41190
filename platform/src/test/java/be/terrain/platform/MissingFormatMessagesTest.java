package be.terrain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.ReadOptions;
import be.terrain.core.spi.TerrainPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing dataset format's message names what fixes it: the artifact that brings Terrain's own
 * format, the call {@code findPlugins()} only when it was not made, or the refused plugin.
 */
class MissingFormatMessagesTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

  private static TerrainPlugin plugin(String id, Consumer<PluginContext> registration) {
    return new TerrainPlugin() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String version() {
        return "1.0.0";
      }

      @Override
      public String spiVersion() {
        return SPI_VERSION;
      }

      @Override
      public void register(PluginContext context) {
        registration.accept(context);
      }
    };
  }

  private static final DatasetFormat XLSX =
      new DatasetFormat() {
        @Override
        public String name() {
          return "xlsx";
        }

        @Override
        public String description() {
          return "a test format";
        }

        @Override
        public Optional<String> fileExtension() {
          return Optional.of(".xlsx");
        }

        @Override
        public ReadResult read(Path source, ReadOptions options) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void write(Dataset dataset, Path target) {
          throw new UnsupportedOperationException();
        }
      };

  @Test
  void withoutFindPluginsTheMessageNamesTheArtifactAndTheCall() {
    assertThatThrownBy(() -> Terrain.standard().datasetFormat("csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no dataset format 'csv': registered are none; the csv format is in"
                + " terrain-export-csv: add it to the class path and call"
                + " Terrain.builder().findPlugins(), or add its plugin by hand");
  }

  @Test
  void afterFindPluginsTheMessageNamesTheMissingArtifactOnly() {
    Terrain searched = Terrain.builder().findPlugins().build();

    assertThatThrownBy(() -> searched.datasetFormat("jsonl"))
        .hasMessage(
            "no dataset format 'jsonl': registered are none; the jsonl format is in"
                + " terrain-export-json, which Terrain.builder().findPlugins() did not find: add"
                + " it to the class path");
    assertThatThrownBy(() -> searched.datasetFormat("parquet"))
        .hasMessage(
            "no dataset format 'parquet': registered are none; Terrain.builder().findPlugins()"
                + " found none: add terrain-export-csv (csv, csv-excel-fr) or terrain-export-json"
                + " (json, jsonl) to the class path, or the plugin that brings the format");
  }

  @Test
  void aPluginsFormatUnknownWithoutFindPluginsSaysWhereFormatsComeFrom() {
    assertThatThrownBy(() -> Terrain.standard().datasetFormat("parquet"))
        .hasMessage(
            "no dataset format 'parquet': registered are none; formats come from plugins: add"
                + " terrain-export-csv (csv, csv-excel-fr) or terrain-export-json (json, jsonl) to"
                + " the class path and call Terrain.builder().findPlugins(), or add a plugin by"
                + " hand");
  }

  @Test
  void otherFormatsRegisteredAreListedBeforeTheHint() {
    Terrain t =
        Terrain.builder().findPlugins().add(plugin("xlsx", c -> c.addDatasetFormat(XLSX))).build();

    assertThatThrownBy(() -> t.datasetFormat("csv-excel-fr"))
        .hasMessage(
            "no dataset format 'csv-excel-fr': registered are xlsx; the csv-excel-fr format is in"
                + " terrain-export-csv, which Terrain.builder().findPlugins() did not find: add"
                + " it to the class path");
    assertThatThrownBy(() -> t.datasetFormat("parquet"))
        .hasMessage("no dataset format 'parquet': registered are xlsx");
  }

  @Test
  void aRefusedPluginOfTheArtifactIsNamed() {
    Terrain t =
        Terrain.builder()
            .add(
                plugin(
                    "terrain-csv",
                    c -> {
                      throw new IllegalStateException("broken");
                    }))
            .build();

    assertThatThrownBy(() -> t.datasetFormat("csv"))
        .hasMessage(
            "no dataset format 'csv': registered are none; the csv format is in"
                + " terrain-export-csv, whose plugin terrain-csv was refused: see"
                + " Terrain.plugins()");
  }

  @Test
  void aPathNoFormatReadsNamesTheFormatItCallsFor(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectory(tmp.resolve("data"));
    Path json = Files.writeString(tmp.resolve("data.json"), "{}");

    assertThatThrownBy(() -> Terrain.standard().read(data, TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no dataset format reads "
                + data
                + ": registered are none; the csv format is in terrain-export-csv: add it to the"
                + " class path and call Terrain.builder().findPlugins(), or add its plugin by"
                + " hand");
    assertThatThrownBy(() -> Terrain.builder().findPlugins().build().read(json, TODAY))
        .hasMessage(
            "no dataset format reads "
                + json
                + ": registered are none; the json format is in terrain-export-json, which"
                + " Terrain.builder().findPlugins() did not find: add it to the class path");
  }

  @Test
  void theTerrainSaysWhetherItSearched() {
    assertThat(Terrain.standard().searchedForPlugins()).isFalse();
    assertThat(Terrain.builder().findPlugins().build().searchedForPlugins()).isTrue();
  }
}
