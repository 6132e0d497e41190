/**
 * The report's extension points for plugins: dimensions, table specs and whole report definitions
 * computed by the same one-pass engine as the standard report, and report formats. A plugin reaches
 * them with {@link be.terrain.stats.spi.StatsPluginContext#of} from the {@link
 * be.terrain.core.spi.PluginContext} it is handed; plugins are loaded by {@link
 * be.terrain.platform.Terrain}. Versioned with core's SPI ({@link
 * be.terrain.core.spi.TerrainPlugin#SPI_VERSION}).
 */
package be.terrain.stats.spi;
