package be.terrain.stats.internal.plugins;

import be.terrain.core.spi.PluginContext;
import be.terrain.platform.spi.BuiltInPlugin;
import be.terrain.stats.Dimension;
import be.terrain.stats.Dimensions;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import be.terrain.stats.spi.StatsPluginContext;
import java.util.List;

/**
 * The report's built-ins, registered through the SPI like any plugin: the standard dimensions, the
 * standard report's tables and the standard report definition (named {@code standard}). Always
 * loaded by {@code Terrain}, not found by discovery.
 */
public final class StatsBuiltIns extends BuiltInPlugin {
  /** The plugin. */
  public StatsBuiltIns() {
    super(ID);
  }

  /** The plugin's id. */
  public static final String ID = "terrain-stats";

  /** The name the standard report definition is registered under. */
  public static final String STANDARD = "standard";

  private static final List<Dimension> DIMENSIONS =
      List.of(
          Dimensions.ROLE,
          Dimensions.SEX,
          Dimensions.AGE_BAND,
          Dimensions.NATIONALITY_GROUP,
          Dimensions.FINANCIAL_RESOURCE,
          Dimensions.HOUSING,
          Dimensions.EMPLOYMENT,
          Dimensions.HEALTH_COVERAGE,
          Dimensions.SETTING,
          Dimensions.NEW_CONTACT,
          Dimensions.CONTACT_CHANNEL,
          Dimensions.ACCOMPANIMENT_DOMAIN,
          Dimensions.HEALTH_KIND,
          Dimensions.NURSING_ACT,
          Dimensions.PATHOGEN,
          Dimensions.PARAMEDICAL_TARGET,
          Dimensions.CONSULTATION_COVERAGE,
          Dimensions.ITEM,
          Dimensions.ITEM_GROUP,
          Dimensions.ACT_ITEM_GROUPS);

  @Override
  public void register(PluginContext context) {
    StatsPluginContext stats = StatsPluginContext.of(context);
    DIMENSIONS.forEach(stats::addDimension);
    for (TableSpec t : ReportDefinition.standard().tables()) {
      stats.addTableSpec(t);
    }
    stats.addReportDefinition(STANDARD, ReportDefinition.standard());
  }
}
