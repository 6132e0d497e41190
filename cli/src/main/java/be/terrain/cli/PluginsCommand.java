package be.terrain.cli;

import be.terrain.core.Problem;
import be.terrain.platform.PluginReport;
import be.terrain.platform.PluginReport.Contribution;
import be.terrain.platform.Terrain;
import be.terrain.stats.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code terrain plugins}: what was found on the class path and the plugin path, loaded or refused.
 */
@Command(
    name = "plugins",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "List the plugins found, with their ids and versions, and those refused and why.",
    description = {
      "Loads Terrain's plugins as every command does: those on the command line's class path (the"
          + " CSV and JSON formats) and the jars of --plugin-path, else of TERRAIN_PLUGIN_PATH. Shows"
          + " each loaded plugin with its version, the SPI version it was built for, its jar and what"
          + " it registered; then each refused plugin with its problem (TER-05xx); then the report"
          + " definitions and formats available. Exit 0 when every plugin loaded, 1 when one was refused.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain plugins",
      "  terrain --plugin-path plugins/ plugins",
      "  TERRAIN_PLUGIN_PATH=plugins/ terrain plugins"
    })
final class PluginsCommand implements Callable<Integer> {
  @ParentCommand TerrainCli top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PluginPath path = top.pluginPath();
    List<Path> jars = path.jars(cl);
    Terrain terrain = top.terrain(cl);
    PrintWriter out = cl.getOut();
    if (path.entries().isEmpty()) {
      out.println("Plugin path: none (give --plugin-path DIR or set " + PluginPath.ENV + ")");
    } else {
      out.println(
          "Plugin path ("
              + path.origin()
              + "): "
              + join(path.entries())
              + " — "
              + (jars.size() == 1 ? "1 jar" : jars.size() + " jars"));
    }
    out.println();
    List<PluginReport> loaded = terrain.plugins().stream().filter(PluginReport::isLoaded).toList();
    out.println("Loaded (" + loaded.size() + "):");
    for (PluginReport r : loaded) {
      new TextTable("  ", "llll")
          .row(r.id(), r.version(), "SPI " + r.spiVersion(), r.source().orElse(r.type()))
          .write(out);
      for (String line : summary(r.contributions())) {
        out.println("      " + line);
      }
      for (Problem p : r.problems()) {
        out.println("      warning: " + p.code().code() + " " + p.message());
      }
    }
    List<PluginReport> refused = terrain.refused();
    out.println();
    out.println("Refused (" + refused.size() + "):" + (refused.isEmpty() ? " none" : ""));
    for (PluginReport r : refused) {
      new TextTable("  ", "llll")
          .row(r.id(), r.version(), "SPI " + r.spiVersion(), r.source().orElse(r.type()))
          .write(out);
      for (Problem p : r.problems()) {
        out.println("      " + p.code().code() + " " + TerrainCli.oneLine(p.message()));
      }
    }
    out.println();
    out.println(
        "Report definitions: " + String.join(", ", Reports.of(terrain).definitions().keySet()));
    out.println("Dataset formats: " + list(terrain.datasetFormats().keySet()));
    out.println("Report formats: " + list(Reports.of(terrain).reportFormats().keySet()));
    if (!terrain.datasetRules().isEmpty()) {
      out.println(
          "Dataset rules: "
              + String.join(", ", terrain.datasetRules().stream().map(r -> r.id()).toList()));
    }
    if (!terrain.ruleKinds().isEmpty()) {
      out.println(
          "Distribution rule kinds: "
              + String.join(", ", terrain.ruleKinds().stream().map(k -> k.id()).toList()));
    }
    out.flush();
    return refused.isEmpty() ? TerrainCli.OK : TerrainCli.INVALID;
  }

  private static String list(java.util.Collection<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static String join(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  /**
   * What a plugin registered, one line per extension point: its names when there are a few, a count
   * otherwise ({@code dimension: 20}).
   */
  static List<String> summary(List<Contribution> contributions) {
    Map<String, List<String>> byPoint = new LinkedHashMap<>();
    for (Contribution c : contributions) {
      byPoint.computeIfAbsent(c.point(), k -> new ArrayList<>()).add(c.name());
    }
    List<String> out = new ArrayList<>();
    byPoint.forEach(
        (point, names) ->
            out.add(
                point + ": " + (names.size() <= 3 ? String.join(", ", names) : names.size() + "")));
    return out;
  }
}
