package be.terrain.stats.plugins;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.stats.Dimensions;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import be.terrain.stats.spi.StatsPluginContext;
import java.util.List;

/** Plugins for the loader's tests; public, so that the service loader can make them. */
public final class TestPlugins {
  private TestPlugins() {}

  /** Ten-year age bands. */
  public static final CodeList AGE_BAND_10 =
      CodeList.of(
          "age_band_10",
          List.of(
              Code.of("age_band_10", "<20", "Moins de 20 ans", "Jonger dan 20", "Under 20"),
              Code.of("age_band_10", "20-29", "20-29", "20-29", "20-29"),
              Code.of("age_band_10", "30-39", "30-39", "30-39", "30-39"),
              Code.of("age_band_10", "40-49", "40-49", "40-49", "40-49"),
              Code.of("age_band_10", "50+", "50 ans et plus", "50 en ouder", "50 and over"),
              Code.of("age_band_10", "UNKNOWN", "Inconnu", "Onbekend", "Unknown")));

  /** A plugin configured in code: id, version, SPI version, priority and what it registers. */
  public static class Simple implements TerrainPlugin {
    private final String id;
    private final String version;
    private final String spi;
    private final int priority;
    private final java.util.function.Consumer<PluginContext> registration;

    public Simple() {
      this("simple", "1.0.0", SPI_VERSION, 0, c -> {});
    }

    public Simple(
        String id,
        String version,
        String spi,
        int priority,
        java.util.function.Consumer<PluginContext> registration) {
      this.id = id;
      this.version = version;
      this.spi = spi;
      this.priority = priority;
      this.registration = registration;
    }

    public static Simple of(String id, java.util.function.Consumer<PluginContext> registration) {
      return new Simple(id, "1.0.0", SPI_VERSION, 0, registration);
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public String spiVersion() {
      return spi;
    }

    @Override
    public int priority() {
      return priority;
    }

    @Override
    public void register(PluginContext context) {
      registration.accept(context);
    }
  }

  /** A federation's report: its age bands and a report of two tables. */
  public static final class Federation extends Simple {
    public Federation() {
      super(
          "federation",
          "2.1.0",
          SPI_VERSION,
          0,
          c -> {
            c.addCodeList(AGE_BAND_10);
            StatsPluginContext.of(c)
                .addDimension(Dimensions.ageBand("age_band_10"))
                .addReportDefinition(
                    "federation",
                    ReportDefinition.of(
                        "federation",
                        List.of(
                            TableSpec.of(
                                "fed.age",
                                Population.PSYCHOSOCIAL_PERSONS,
                                Dimensions.ageBand("age_band_10"),
                                Measure.PERSONS),
                            TableSpec.of(
                                "fed.sex",
                                Population.PSYCHOSOCIAL_PERSONS,
                                Dimensions.SEX,
                                Measure.PERSONS))));
          });
    }
  }

  /** A plugin whose constructor throws. */
  public static final class ThrowsWhenMade extends Simple {
    public ThrowsWhenMade() {
      throw new IllegalStateException("no configuration file");
    }
  }

  /** Not a plugin at all. */
  public static final class NotAPlugin {
    public NotAPlugin() {}
  }
}
