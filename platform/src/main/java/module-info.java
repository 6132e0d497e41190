/**
 * Terrain's entry point: plugin discovery and loading, reading through the registered formats,
 * validation with every rule; its SPI lets a module above offer extension points.
 */
module be.terrain.platform {
  requires transitive be.terrain.core;
  requires org.slf4j;
  requires static org.apiguardian.api;

  exports be.terrain.platform;
  exports be.terrain.platform.spi;

  uses be.terrain.core.spi.TerrainPlugin;
  uses be.terrain.platform.spi.ExtensionProvider;
}
