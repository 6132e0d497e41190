/** Terrain's statistics: report definitions, the one-pass engine, and the report's SPI. */
module be.terrain.stats {
  requires transitive be.terrain.platform;
  requires static org.apiguardian.api;

  exports be.terrain.stats;
  exports be.terrain.stats.spi;
  exports be.terrain.stats.quality;

  provides be.terrain.platform.spi.ExtensionProvider with
      be.terrain.stats.internal.plugins.StatsExtension;
}
