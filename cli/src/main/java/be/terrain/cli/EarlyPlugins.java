package be.terrain.cli;

import be.terrain.platform.Terrain;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The class path's plugins, loaded on a daemon thread from the start of a command that will need
 * them, while picocli builds the command's model and parses its arguments on the main thread (issue
 * #13: each was a fifth of a small command's main thread, and the second core was idle then).
 *
 * <p>Only when the result is certain to be the one the command would load itself: a command that
 * loads plugins, no plugin path ({@code --plugin-path} or {@code TERRAIN_PLUGIN_PATH}), no help or
 * version, no argument file. Loading has no side effect but its result, which {@link
 * TerrainCli#terrain} takes (and its refusals warns about) as when it loads them itself.
 */
final class EarlyPlugins {
  /** The commands that load plugins ({@code check-table} does not). */
  private static final Set<String> LOADING =
      Set.of(
          "validate",
          "report",
          "rules",
          "convert",
          "quality",
          "contribute",
          "federate",
          "plugins",
          "demo");

  private static final Set<String> NOT_RUN = Set.of("-h", "--help", "-V", "--version");

  private EarlyPlugins() {}

  /**
   * {@return the class path's plugins, loading from now on a daemon thread, or null when the
   * command will not load them or will load others}
   *
   * @param environment the environment variables ({@code TERRAIN_PLUGIN_PATH})
   * @param args the command line's arguments
   */
  static CompletableFuture<Terrain> start(UnaryOperator<String> environment, String... args) {
    String named = Subcommands.named(args);
    if (named == null || !LOADING.contains(named)) {
      return null; // no command (or an option, an argument file before it): nothing certain
    }
    String env = environment.apply(PluginPath.ENV);
    if (env != null && !env.isBlank()) {
      return null;
    }
    for (String a : List.of(args)) {
      if (a.equals("--plugin-path") || a.startsWith("--plugin-path=") || NOT_RUN.contains(a)) {
        return null;
      }
      if (a.startsWith("@")) {
        return null; // an argument file may hold anything
      }
    }
    return Background.start("terrain-plugins", PluginPath::loadClassPath);
  }
}
