package be.terrain.platform.internal;

import be.terrain.core.spi.TerrainPlugin;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A plugin to load, or what the service loader said instead of one.
 *
 * @param plugin the plugin, or null when it could not be loaded
 * @param type the plugin's class name, or the one the service loader named
 * @param source the jar or folder of the class, when known
 * @param failure why the service loader gave no plugin, or null
 */
public record Candidate(
    TerrainPlugin plugin, String type, Optional<String> source, String failure) {
  /** A plugin instance. */
  public static Candidate of(TerrainPlugin plugin) {
    return new Candidate(plugin, plugin.getClass().getName(), sourceOf(plugin.getClass()), null);
  }

  /** A provider the service loader could not load. */
  public static Candidate failed(String type, String failure) {
    return new Candidate(null, type, Optional.empty(), failure);
  }

  /** The file name of the jar or folder a class was loaded from. */
  static Optional<String> sourceOf(Class<?> type) {
    try {
      var cs = type.getProtectionDomain().getCodeSource();
      if (cs == null || cs.getLocation() == null) {
        return Optional.empty();
      }
      Path p = Path.of(cs.getLocation().toURI());
      Path name = p.getFileName();
      return Optional.of(name == null ? p.toString() : name.toString());
    } catch (RuntimeException | java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
