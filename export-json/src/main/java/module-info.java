/** The exchange format's JSON documents: a dataset format and a report writer, both plugins. */
module be.terrain.json {
  requires transitive be.terrain.platform;
  requires transitive be.terrain.stats;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires org.slf4j;
  requires static org.apiguardian.api; // the @API marks of the modules above, for javadoc

  exports be.terrain.json;

  provides be.terrain.core.spi.TerrainPlugin with
      be.terrain.json.JsonPlugin,
      be.terrain.json.JsonReportPlugin;
}
