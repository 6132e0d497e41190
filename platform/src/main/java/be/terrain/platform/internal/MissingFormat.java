package be.terrain.platform.internal;

import be.terrain.platform.PluginReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What to tell a user when no registered dataset format has a name or reads a path: the formats
 * registered, and what fixes it — the artifact that brings Terrain's own format ({@code
 * terrain-export-csv}, {@code terrain-export-json}), the call that finds plugins when it was not
 * made, or the refused plugin when the artifact was found but its plugin refused.
 */
public final class MissingFormat {
  /** An artifact and the id of the plugin in it that registers a format. */
  private record Origin(String artifact, String pluginId) {}

  private static final Origin CSV = new Origin("terrain-export-csv", "terrain-csv");
  private static final Origin JSON = new Origin("terrain-export-json", "terrain-json");
  private static final Map<String, Origin> ORIGINS =
      Map.of("csv", CSV, "csv-excel-fr", CSV, "json", JSON, "jsonl", JSON);

  private MissingFormat() {}

  /**
   * The message for a format name that nothing registered: {@code no dataset format 'csv':
   * registered are none; the csv format is in terrain-export-csv: ...}.
   */
  public static String forName(
      String name, Collection<String> registered, boolean searched, List<PluginReport> plugins) {
    return "no dataset format '"
        + name
        + "': registered are "
        + list(registered)
        + hint("the " + name + " format", ORIGINS.get(name), registered, searched, plugins);
  }

  /**
   * The message for a path that no registered format reads: the format Terrain would read it with
   * (a folder: {@code csv}; {@code .json}; {@code .jsonl}) and where it is.
   */
  public static String forPath(
      Path source, Collection<String> registered, boolean searched, List<PluginReport> plugins) {
    Optional<String> format = formatFor(source);
    return "no dataset format reads "
        + source
        + ": registered are "
        + list(registered)
        + hint(
            format.map(f -> "the " + f + " format").orElse(""),
            format.map(ORIGINS::get).orElse(null),
            registered,
            searched,
            plugins);
  }

  /**
   * What fixes a missing extension, e.g. {@code ; the csv format is in terrain-export-csv: add it
   * to the class path and call Terrain.builder().findPlugins(), or add its plugin by hand}.
   *
   * @param what what is missing, e.g. {@code the csv format}
   * @param origin where Terrain's own is, or null for another (a plugin's)
   * @param registered what is registered of that kind
   * @param searched whether {@code findPlugins} was called
   * @param plugins every plugin found or added, to name a refused one
   */
  private static String hint(
      String what,
      Origin origin,
      Collection<String> registered,
      boolean searched,
      List<PluginReport> plugins) {
    if (origin != null) {
      String at = "; " + what + " is in " + origin.artifact();
      if (plugins.stream().anyMatch(p -> !p.isLoaded() && p.id().equals(origin.pluginId()))) {
        return at + ", whose plugin " + origin.pluginId() + " was refused: see Terrain.plugins()";
      }
      return searched
          ? at + ", which Terrain.builder().findPlugins() did not find: add it to the class path"
          : at
              + ": add it to the class path and call Terrain.builder().findPlugins(), or add its"
              + " plugin by hand";
    }
    if (!registered.isEmpty()) {
      return "";
    }
    return searched
        ? "; Terrain.builder().findPlugins() found none: add terrain-export-csv (csv,"
            + " csv-excel-fr) or terrain-export-json (json, jsonl) to the class path, or the"
            + " plugin that brings the format"
        : "; formats come from plugins: add terrain-export-csv (csv, csv-excel-fr) or"
            + " terrain-export-json (json, jsonl) to the class path and call"
            + " Terrain.builder().findPlugins(), or add a plugin by hand";
  }

  private static Optional<String> formatFor(Path source) {
    if (Files.isDirectory(source)) {
      return Optional.of("csv");
    }
    Path name = source.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".json")) {
      return Optional.of("json");
    }
    return file.endsWith(".jsonl") ? Optional.of("jsonl") : Optional.empty();
  }

  private static String list(Collection<String> registered) {
    return registered.isEmpty() ? "none" : String.join(", ", registered);
  }
}
