package be.terrain.json;

import be.terrain.core.spi.DatasetFormat;
import be.terrain.platform.Terrain;
import be.terrain.testkit.DatasetFormatProperties;

/** The JSON Lines format registered through the SPI passes the kit's jqwik round trip. */
class JsonFormatKitProperties implements DatasetFormatProperties {
  @Override
  public DatasetFormat format() {
    return Terrain.builder().add(new JsonPlugin()).build().datasetFormat("jsonl");
  }
}
