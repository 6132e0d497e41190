/** The exchange format's CSV files: a dataset format and a report writer, both plugins. */
module be.terrain.csv {
  requires transitive be.terrain.platform;
  requires transitive be.terrain.stats;
  requires de.siegmar.fastcsv;
  requires org.slf4j;
  requires static org.apiguardian.api; // the @API marks of the modules above, for javadoc

  exports be.terrain.csv;

  provides be.terrain.core.spi.TerrainPlugin with
      be.terrain.csv.CsvPlugin,
      be.terrain.csv.CsvReportPlugin;
}
