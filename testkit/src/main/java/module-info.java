/** Conformance kits plugin authors extend, and QuickTheories generators of valid datasets. */
module be.terrain.testkit {
  requires transitive be.terrain.stats;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  // QuickTheories 0.26 is not modular and names no Automatic-Module-Name: its file name's.
  requires transitive quicktheories;

  exports be.terrain.testkit;

  uses be.terrain.core.spi.TerrainPlugin;
}
