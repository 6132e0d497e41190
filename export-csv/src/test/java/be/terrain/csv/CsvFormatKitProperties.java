package be.terrain.csv;

import be.terrain.core.spi.DatasetFormat;
import be.terrain.platform.Terrain;
import be.terrain.testkit.DatasetFormatProperties;

/** The CSV format registered through the SPI passes the kit's jqwik round trip. */
class CsvFormatKitProperties implements DatasetFormatProperties {
  @Override
  public DatasetFormat format() {
    return Terrain.builder().add(new CsvPlugin()).build().datasetFormat("csv");
  }
}
