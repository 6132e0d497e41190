package be.terrain.cli;

import be.terrain.platform.PluginReport;
import be.terrain.platform.Terrain;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Where the command line finds plugins: the folders (or jars) of {@code --plugin-path}, else of
 * {@code TERRAIN_PLUGIN_PATH}, separated like the class path ({@code :} on Unix). Every jar in a
 * folder is put on one class loader, so that a plugin may bring the jars it needs; the service
 * loader then finds the plugins on it and on the command line's own class path (Terrain's CSV and
 * JSON formats).
 */
final class PluginPath {
  /** The environment variable read when {@code --plugin-path} is not given. */
  static final String ENV = "TERRAIN_PLUGIN_PATH";

  private final List<Path> entries;
  private final boolean fromEnvironment;

  private PluginPath(List<Path> entries, boolean fromEnvironment) {
    this.entries = List.copyOf(entries);
    this.fromEnvironment = fromEnvironment;
  }

  /**
   * The plugin path of the option's values, else of the environment variable's value (may be null).
   */
  static PluginPath of(List<String> option, String environment) {
    if (!option.isEmpty()) {
      return new PluginPath(split(option), false);
    }
    if (environment != null && !environment.isBlank()) {
      return new PluginPath(split(List.of(environment)), true);
    }
    return new PluginPath(List.of(), false);
  }

  private static List<Path> split(List<String> values) {
    List<Path> out = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          out.add(Path.of(part));
        }
      }
    }
    return out;
  }

  /** The folders and jars given, as given. */
  List<Path> entries() {
    return entries;
  }

  /** Where the path came from, for messages. */
  String origin() {
    return fromEnvironment ? ENV : "--plugin-path";
  }

  /**
   * The jars: each jar given, and the jars of each folder given, in name order.
   *
   * @throws ParameterException when an entry is neither a folder nor a jar
   */
  List<Path> jars(CommandLine cl) {
    List<Path> jars = new ArrayList<>();
    for (Path e : entries) {
      if (Files.isDirectory(e)) {
        try (Stream<Path> files = Files.list(e)) {
          files.filter(PluginPath::isJar).filter(Files::isRegularFile).sorted().forEach(jars::add);
        } catch (IOException ex) {
          throw new ParameterException(
              cl, origin() + ": cannot list " + e + ": " + ex.getMessage());
        }
      } else if (Files.isRegularFile(e) && isJar(e)) {
        jars.add(e);
      } else {
        throw new ParameterException(
            cl, origin() + ": " + e + " is neither a folder of plugin jars nor a jar");
      }
    }
    return jars;
  }

  private static boolean isJar(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  /**
   * Loads Terrain with the plugins found on the command line's class path and the plugin path.
   * Never fails because of a plugin: refused ones are in {@link Terrain#plugins()}.
   */
  Terrain load(CommandLine cl) {
    List<Path> jars = jars(cl);
    ClassLoader parent = PluginPath.class.getClassLoader();
    if (jars.isEmpty()) {
      return loadClassPath();
    }
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new ParameterException(
            cl, origin() + ": " + jars.get(i) + " is not a usable path: " + e.getMessage());
      }
    }
    // Lives as long as the command: plugins' classes are used until it exits.
    URLClassLoader loader = new URLClassLoader("terrain-plugins", urls, parent);
    return Terrain.builder().findPlugins(loader).build();
  }

  /** Terrain with the plugins of the command line's class path alone (an empty plugin path). */
  static Terrain loadClassPath() {
    return Terrain.builder().findPlugins(PluginPath.class.getClassLoader()).build();
  }

  /** One line on standard error per refused plugin. */
  static void warnRefused(Terrain terrain, PrintWriter err) {
    for (PluginReport r : terrain.refused()) {
      String why =
          r.problems().isEmpty()
              ? ""
              : ": "
                  + r.problems().get(0).code().code()
                  + " "
                  + TerrainCli.oneLine(r.problems().get(0).message());
      err.println("terrain: plugin " + r.id() + " refused" + why + " (see 'terrain plugins')");
    }
    err.flush();
  }
}
