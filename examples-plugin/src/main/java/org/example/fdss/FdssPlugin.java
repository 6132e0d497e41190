package org.example.fdss;

import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.stats.spi.StatsPluginContext;

/**
 * The federation's plugin ({@code fdss}): registers the {@code age_band_10} code list, the {@code
 * fdss-2020} report with its dimension and tables, the Médibus rule and a monthly value cap of 50 €
 * per person. Listed in {@code META-INF/services/be.terrain.core.spi.TerrainPlugin}, so that {@code
 * Terrain.builder().findPlugins()} and {@code terrain --plugin-path DIR} find it.
 */
public final class FdssPlugin implements TerrainPlugin {
  /** The plugin's id. */
  public static final String ID = "fdss";

  /** The name the report is registered under. */
  public static final String REPORT = "fdss-2020";

  /** The service loader makes one. */
  public FdssPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION; // compiled in: the SPI version this jar was built against
  }

  @Override
  public void register(PluginContext context) {
    context.addCodeList(FdssCodes.AGE_BAND_10);
    context.addDatasetRule(new MedibusAtHainaut());
    context.addDistributionRuleKind(new MonthlyValueCap(5_000));
    StatsPluginContext stats = StatsPluginContext.of(context);
    stats.addDimension(Fdss2020.AGE_BAND_10);
    Fdss2020.DEFINITION.tables().forEach(stats::addTableSpec);
    stats.addReportDefinition(REPORT, Fdss2020.DEFINITION);
  }
}
