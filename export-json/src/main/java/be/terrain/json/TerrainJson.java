package be.terrain.json;

import java.io.InputStream;

/**
 * Facts about the exchange format's JSON forms: the format tag and the JSON Schemas (draft 2020-12)
 * shipped as class path resources, for tools that check files without Terrain.
 *
 * <p>The document schema describes a valid {@code terrain/1} document; the line schema one line of
 * JSON Lines (the first line or a record line) and refers to the document schema's definitions by
 * its {@code $id}, so a validator needs both. The schemas check structure and types (members,
 * required members, id and date shapes, integer ranges, health kinds' members); code lists, which
 * plugins extend, and the rules between records are the reader's.
 */
public final class TerrainJson {
  private TerrainJson() {}

  /** The format tag every document and every first line of JSON Lines holds. */
  public static final String FORMAT = "terrain/1";

  /** The class path resource of the document schema. */
  public static final String SCHEMA_RESOURCE = "/be/terrain/json/terrain-1.schema.json";

  /** The class path resource of the JSON Lines line schema. */
  public static final String LINE_SCHEMA_RESOURCE = "/be/terrain/json/terrain-1-line.schema.json";

  /** The {@code $id} of the document schema. */
  public static final String SCHEMA_ID = "https://schemas.terrain.be/terrain-1.schema.json";

  /** The {@code $id} of the line schema. */
  public static final String LINE_SCHEMA_ID =
      "https://schemas.terrain.be/terrain-1-line.schema.json";

  /**
   * Opens the document schema; the caller closes the stream.
   *
   * @return the schema's UTF-8 bytes, a new stream on each call
   */
  public static InputStream openSchema() {
    return open(SCHEMA_RESOURCE);
  }

  /**
   * Opens the line schema; the caller closes the stream.
   *
   * @return the schema's UTF-8 bytes, a new stream on each call
   */
  public static InputStream openLineSchema() {
    return open(LINE_SCHEMA_RESOURCE);
  }

  private static InputStream open(String resource) {
    InputStream in = TerrainJson.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the class path");
    }
    return in;
  }
}
