package be.terrain.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Terrain's own version, from a resource the build fills in. */
public final class Versions {
  private static final String TERRAIN = load();

  private Versions() {}

  /** Terrain's version, e.g. {@code 0.1.0}; {@code dev} when the resource was not filtered. */
  public static String terrain() {
    return TERRAIN;
  }

  private static String load() {
    try (InputStream in =
        Versions.class.getResourceAsStream("/be/terrain/platform/terrain.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.isBlank() || v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
