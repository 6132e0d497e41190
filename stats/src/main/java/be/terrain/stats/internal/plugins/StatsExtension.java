package be.terrain.stats.internal.plugins;

import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.spi.ExtensionProvider;
import be.terrain.platform.spi.ExtensionStaging;
import be.terrain.stats.spi.StatsPluginContext;
import java.util.List;

/**
 * The report's extension points, offered to plugins by the platform ({@code META-INF/services}),
 * with the report's built-ins ({@link StatsBuiltIns}).
 */
public final class StatsExtension implements ExtensionProvider {
  /** The extension point of dimensions, keyed by {@link #dimensionKey}. */
  public static final String DIMENSION = "dimension";

  /** The extension point of table specs, keyed by id. */
  public static final String TABLE = "table";

  /** The extension point of report definitions, keyed by name. */
  public static final String DEFINITION = "report-definition";

  /** The extension point of report formats, keyed by name. */
  public static final String REPORT_FORMAT = "report-format";

  /** A provider; the service loader makes one. */
  public StatsExtension() {}

  @Override
  public Class<?> contextType() {
    return StatsPluginContext.class;
  }

  @Override
  public Object open(ExtensionStaging staging) {
    return new StatsStaging(staging);
  }

  @Override
  public List<TerrainPlugin> builtIns() {
    return List.of(new StatsBuiltIns());
  }

  /** The key of a dimension: its subject and id. */
  public static String dimensionKey(be.terrain.stats.Subject subject, String id) {
    return subject.name() + ":" + id;
  }
}
