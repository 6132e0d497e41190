package be.terrain.stats.internal.plugins;

import be.terrain.platform.PluginReport;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What to tell a user when no report definition or report format has a name: what is registered,
 * and what fixes it — the artifact that brings Terrain's own report formats ({@code
 * terrain-export-csv}, {@code terrain-export-json}) or standard report ({@code terrain-stats}), the
 * call that finds plugins when it was not made, or the refused plugin.
 */
public final class MissingReport {
  private record Origin(String artifact, String pluginId) {}

  private static final Map<String, Origin> FORMATS =
      Map.of(
          "csv", new Origin("terrain-export-csv", "terrain-csv-report"),
          "json", new Origin("terrain-export-json", "terrain-json-report"));

  private MissingReport() {}

  /**
   * The message for a report format name that nothing registered, e.g. {@code no report format
   * 'json': registered are none; the json report format is in terrain-export-json: ...}.
   */
  public static String format(
      String name, Collection<String> registered, boolean searched, List<PluginReport> plugins) {
    String head = "no report format '" + name + "': registered are " + list(registered);
    Origin origin = FORMATS.get(name);
    if (origin != null) {
      String at = head + "; the " + name + " report format is in " + origin.artifact();
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
      return head;
    }
    return head
        + (searched
            ? "; Terrain.builder().findPlugins() found none: add terrain-export-csv (csv) or"
                + " terrain-export-json (json) to the class path, or the plugin that brings the"
                + " format"
            : "; report formats come from plugins: add terrain-export-csv (csv) or"
                + " terrain-export-json (json) to the class path and call"
                + " Terrain.builder().findPlugins(), or add a plugin by hand");
  }

  /**
   * The message for a report definition name that nothing registered, e.g. {@code no report
   * definition 'fdss-2020': registered are standard; ...}.
   */
  public static String definition(String name, Collection<String> registered, boolean searched) {
    String head = "no report definition '" + name + "': registered are " + list(registered);
    if (registered.isEmpty()) {
      return head
          + "; the standard report is in terrain-stats, whose extension provider the class loader"
          + " of be.terrain.platform.Terrain did not find: put terrain-stats where terrain-platform"
          + " is (the same class path or module layer)";
    }
    return head
        + (searched
            ? "; no plugin that Terrain.builder().findPlugins() found registers it: add the jar of"
                + " the plugin that does to the class path"
            : "; report definitions other than standard come from plugins: add the plugin's jar to"
                + " the class path and call Terrain.builder().findPlugins(), or add the plugin by"
                + " hand");
  }

  private static String list(Collection<String> registered) {
    return registered.isEmpty() ? "none" : String.join(", ", registered);
  }
}
