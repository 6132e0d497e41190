/**
 * The platform's SPI for modules, not plugins: how a module above the platform (the statistics)
 * offers its extension points to plugins ({@link be.terrain.platform.spi.ExtensionProvider}) and
 * stages what they register ({@link be.terrain.platform.spi.ExtensionStaging}).
 */
package be.terrain.platform.spi;
