package org.example.fdss;

import be.terrain.core.CodeRegistry;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.Terrain;
import be.terrain.stats.Dimension;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Reports;
import be.terrain.testkit.CodeListContract;
import be.terrain.testkit.DatasetRuleContract;
import be.terrain.testkit.DimensionContract;
import be.terrain.testkit.PluginContract;
import be.terrain.testkit.ReportDefinitionContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The plugin passes Terrain's conformance kit: each contract is a few lines. */
@DisplayName("The FDSS plugin")
class FdssConformanceTest {
  static final Terrain TERRAIN = Terrain.builder().add(new FdssPlugin()).build();

  @Nested
  @DisplayName("as a plugin")
  class Plugin extends PluginContract {
    @Override
    protected TerrainPlugin plugin() {
      return new FdssPlugin();
    }
  }

  @Nested
  @DisplayName("its code lists")
  class Codes extends CodeListContract {
    @Override
    protected TerrainPlugin plugin() {
      return new FdssPlugin();
    }
  }

  @Nested
  @DisplayName("its ten-year age bands")
  class AgeBand10 extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return Fdss2020.AGE_BAND_10;
    }

    @Override
    protected CodeRegistry codes() {
      return TERRAIN.codes();
    }
  }

  @Nested
  @DisplayName("its report fdss-2020")
  class Report extends ReportDefinitionContract {
    @Override
    protected ReportDefinition definition() {
      return Reports.of(TERRAIN).definition(FdssPlugin.REPORT);
    }

    @Override
    protected CodeRegistry codes() {
      return TERRAIN.codes();
    }
  }

  @Nested
  @DisplayName("its Médibus rule")
  class Medibus extends DatasetRuleContract {
    @Override
    protected DatasetRule rule() {
      return new MedibusAtHainaut();
    }
  }
}
