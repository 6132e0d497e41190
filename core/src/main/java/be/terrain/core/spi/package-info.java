/**
 * The plugin SPI of Terrain's core: what a plugin implements ({@link
 * be.terrain.core.spi.TerrainPlugin}) and the extension points it registers through the {@link
 * be.terrain.core.spi.PluginContext} it is handed: code lists and codes, dataset rules,
 * distribution rule kinds and dataset formats. The report's extension points (dimensions, tables,
 * report definitions, report formats) are in {@code be.terrain.stats.spi}, reached through {@link
 * be.terrain.core.spi.PluginContext#extension}; plugins are loaded by {@code
 * be.terrain.platform.Terrain}.
 *
 * <p>The SPI is versioned by {@link be.terrain.core.spi.TerrainPlugin#SPI_VERSION}: a minor version
 * only adds (a method with a default, a new extension point); anything else is a new major version,
 * and plugins built for another major version are refused at load. See {@code
 * docs/writing-a-plugin.md}.
 */
package be.terrain.core.spi;
