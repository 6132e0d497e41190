package be.terrain.stats.spi;

import be.terrain.core.TerrainException;
import be.terrain.core.spi.PluginContext;
import be.terrain.stats.Dimension;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import org.apiguardian.api.API;

/**
 * The report's extension points, for the plugin being registered: obtained with {@link
 * #of(PluginContext)}. Like the core context, it stages: a clash (a name taken) or a registration
 * that cannot be computed (a table whose code list no plugin registered) refuses the whole plugin
 * once it has registered, and is never thrown at it.
 *
 * <pre>{@code
 * public void register(PluginContext context) {
 *   context.addCodeList(AGE_BAND_10);                        // the list the report's dimension reads
 *   StatsPluginContext.of(context)
 *       .addDimension(Dimensions.ageBand("age_band_10"))
 *       .addReportDefinition("fdss-2020", FDSS_2020);
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface StatsPluginContext {
  /**
   * {@return the report's extension points of a plugin context}
   *
   * @param context the context the plugin is given
   * @throws TerrainException when the context has none: the plugin is loaded without the statistics
   *     module on the class path
   */
  static StatsPluginContext of(PluginContext context) {
    return context
        .extension(StatsPluginContext.class)
        .orElseThrow(
            () ->
                new TerrainException(
                    "plugin "
                        + context.pluginId()
                        + ": this plugin context has no report extension points;"
                        + " plugins that add reports need terrain-stats on the class path of"
                        + " be.terrain.platform.Terrain"));
  }

  /**
   * Adds a dimension, looked up by its subject and id ({@code Reports.findDimension}). Refused when
   * the subject has a dimension of that id, or its code list is not registered.
   *
   * @param dimension the dimension, with its subject, id and code list
   * @return this context, for chaining
   */
  StatsPluginContext addDimension(Dimension dimension);

  /**
   * Adds a table spec, looked up by its id ({@code Reports.findTableSpec}), for applications that
   * compose their own definitions (a funder's extra table beside the standard report's). Refused
   * when a table has that id.
   *
   * @param table the table spec, with its own id
   * @return this context, for chaining
   */
  StatsPluginContext addTableSpec(TableSpec table);

  /**
   * Adds a report definition under a name, e.g. {@code fdss-2020} ({@code
   * Reports.definition(name)}, {@code terrain report --definition NAME}). Refused when the name is
   * taken, is not 1 to 64 characters of {@code a-z 0-9 . _ -}, or a table of the definition needs a
   * code list or code that is not registered.
   *
   * @param name the definition's name
   * @param definition the definition
   * @return this context, for chaining
   */
  StatsPluginContext addReportDefinition(String name, ReportDefinition definition);

  /**
   * Adds a report format (a writer), by its name. Refused when a report format has that name.
   *
   * @param format the format, with its own name
   * @return this context, for chaining
   */
  StatsPluginContext addReportFormat(ReportFormat format);
}
