package be.terrain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command line with plugins: the example plugin, built as its own jar, is found on the plugin
 * path and used; broken or incompatible plugins are reported, not crashed on.
 */
class PluginsCommandTest {
  @TempDir Path tmp;

  @Test
  void withoutAPluginPathTheBuiltInsAreListed() {
    Run r = Cli.run("plugins");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(
            "Plugin path: none (give --plugin-path DIR or set TERRAIN_PLUGIN_PATH)\n\nLoaded (6):\n")
        .contains(
            "  terrain-stats  ",
            "  terrain-csv  ",
            "  terrain-csv-report  ",
            "  terrain-json  ",
            "  terrain-json-report  ",
            "  terrain-html-report  ")
        .contains("      report-definition: standard (21 tables)\n")
        .contains("Refused (0): none\n")
        .contains("Report definitions: standard\n")
        .contains("Dataset formats: csv, csv-excel-fr, json, jsonl\n")
        .contains("Report formats: csv, html, pdf, json\n");
  }

  @Test
  void theExamplePluginIsFoundOnThePluginPath() {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    Run r = Cli.run("--plugin-path", plugins.toString(), "plugins");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Plugin path (--plugin-path): " + plugins + " — 1 jar\n")
        .contains("Loaded (7):")
        .containsPattern("\n  fdss +1\\.0\\.0 +SPI 1\\.0 +terrain-example-plugin\\.jar\n")
        .contains(
            "      code-list: age_band_10\n",
            "      dataset-rule: fdss.medibus-at-hainaut\n",
            "      table: 8\n",
            "      report-definition: fdss-2020 (8 tables)\n")
        .contains("Report definitions: standard, fdss-2020\n")
        .contains("Dataset rules: fdss.medibus-at-hainaut\n")
        .contains("Distribution rule kinds: fdss.monthly-value-cap\n");
  }

  @Test
  void theEnvironmentVariableGivesThePathWhenTheOptionDoesNot() {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    Run r = Cli.runWithEnvironment(Map.of("TERRAIN_PLUGIN_PATH", plugins.toString()), "plugins");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Plugin path (TERRAIN_PLUGIN_PATH): " + plugins)
        .contains("Report definitions: standard, fdss-2020");
    Run option =
        Cli.runWithEnvironment(
            Map.of("TERRAIN_PLUGIN_PATH", tmp.resolve("elsewhere").toString()),
            "plugins",
            "--plugin-path",
            plugins.toString());
    assertThat(option.exit())
        .as("the option wins, after the command too: " + option.err())
        .isZero();
  }

  @Test
  void aPluginsTableIsShownWithTheTitleItsSpecGives() {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    Run r =
        Cli.run(
            "--plugin-path",
            plugins.toString(),
            "report",
            Cli.reference(),
            "--year",
            "2020",
            "--definition",
            "fdss-2020",
            "--lang",
            "nl",
            "--today",
            Cli.TODAY);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Leeftijd per tien jaar (fdss.persons.age_band_10) — N = ")
        .contains("\nfdss.persons.sex — N = ");
  }

  @Test
  void theReportOfAPluginsDefinitionIsWritten() {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    Path out = tmp.resolve("r.json");
    Run r =
        Cli.run(
            "--plugin-path",
            plugins.toString(),
            "report",
            Cli.reference(),
            "--year",
            "2020",
            "--definition",
            "fdss-2020",
            "--out",
            out.toString(),
            "--today",
            Cli.TODAY);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("terrain report: wrote " + out + "\n");
    JsonNode report = Cli.json(out);
    List<String> ids =
        StreamSupport.stream(report.get("tables").spliterator(), false)
            .map(t -> t.get("id").asString())
            .distinct()
            .toList();
    assertThat(ids)
        .containsExactly(
            "fdss.accompaniments.domain",
            "fdss.contacts.channel",
            "fdss.distributions.persons",
            "fdss.health.kind",
            "fdss.persons.age_band_10",
            "fdss.persons.nationality",
            "fdss.persons.new_contact",
            "fdss.persons.sex");
    assertThat(report.get("tables")).hasSize(8 * 8);
    JsonNode bands =
        StreamSupport.stream(report.get("tables").spliterator(), false)
            .filter(t -> t.get("id").asString().equals("fdss.persons.age_band_10"))
            .findFirst()
            .orElseThrow();
    assertThat(
            StreamSupport.stream(bands.get("rows").spliterator(), false)
                .map(row -> row.get("code").asString()))
        .containsExactly("<20", "20-29", "30-39", "40-49", "50-59", "60+", "UNKNOWN");
  }

  @Test
  void aPluginsDefinitionWithoutThePluginIsAUsageError() {
    Run r =
        Cli.run("report", Cli.reference(), "--year", "2020", "--definition", "fdss-2020")
            .failsInOneLine(TerrainCli.USAGE);
    assertThat(r.err())
        .isEqualTo(
            "terrain report: --definition fdss-2020: no such report definition; registered are"
                + " standard (plugins add others: --plugin-path DIR) — see 'terrain report --help'\n");
  }

  @Test
  void thePluginsRuleValidatesDatasets() throws IOException {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    Path data = copyWithMedibusAtLln(tmp.resolve("data"));
    Run without = Cli.run("validate", data.toString(), "--today", Cli.TODAY);
    assertThat(without.exit()).as("Terrain's own rules: " + without.out()).isZero();
    Run with =
        Cli.run(
            "--plugin-path", plugins.toString(), "validate", data.toString(), "--today", Cli.TODAY);
    assertThat(with.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(with.out())
        .isEqualTo(
            "contacts.csv:2:3: FDSS-0001 c-000001 antenna_id — a Médibus contact must be at"
                + " an antenna of Hainaut (BE-WHT), not of BE-WBR ('lln')\n");
    assertThat(with.err()).isEqualTo("terrain validate: " + data + " is invalid: 1 problem\n");
  }

  @Test
  void incompatibleAndBrokenPluginsAreReportedAndTheOthersStillWork() throws IOException {
    Path plugins = tmp.resolve("plugins");
    PluginJars.examplePlugin(plugins);
    PluginJars.compiledPlugin(tmp, "future", "2.0");
    Path broken = tmp.resolve("broken-classes/META-INF/services/be.terrain.core.spi.TerrainPlugin");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "com.example.Missing\n", StandardCharsets.UTF_8);
    PluginJars.jar(tmp.resolve("broken-classes"), plugins.resolve("broken.jar"));

    Run list = Cli.run("--plugin-path", plugins.toString(), "plugins");
    assertThat(list.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(list.out())
        .contains("Loaded (7):", "Refused (2):")
        .containsPattern(
            "\n  future +9\\.9\\.9 +SPI 2\\.0 +future\\.jar\n      TER-0502 plugin future is built for SPI 2\\.0;"
                + " this Terrain implements SPI 1\\.0 and needs the same major version\n")
        .containsPattern(
            "\n  com\\.example\\.Missing +\\? +SPI \\? +com\\.example\\.Missing\n      TER-0501 plugin"
                + " com\\.example\\.Missing could not be loaded: java\\.util\\.ServiceConfigurationError: .*not found\n");
    assertThat(list.err().lines())
        .as("in the order found: jars by name")
        .containsExactly(
            "terrain: plugin com.example.Missing refused: TER-0501 plugin com.example.Missing could not be loaded:"
                + " java.util.ServiceConfigurationError: be.terrain.core.spi.TerrainPlugin: Provider com.example.Missing"
                + " not found (see 'terrain plugins')",
            "terrain: plugin future refused: TER-0502 plugin future is built for SPI 2.0; this Terrain implements SPI 1.0"
                + " and needs the same major version (see 'terrain plugins')");

    Path out = tmp.resolve("r.json");
    Run report =
        Cli.run(
            "--plugin-path",
            plugins.toString(),
            "report",
            Cli.reference(),
            "--year",
            "2020",
            "--definition",
            "fdss-2020",
            "--out",
            out.toString(),
            "--today",
            Cli.TODAY);
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.err().lines()).hasSize(3).last().isEqualTo("terrain report: wrote " + out);
  }

  @Test
  void aPluginPathThatIsNeitherAFolderNorAJarIsAUsageError() {
    Run r =
        Cli.run("--plugin-path", tmp.resolve("nowhere").toString(), "plugins")
            .failsInOneLine(TerrainCli.USAGE);
    assertThat(r.err())
        .startsWith(
            "terrain plugins: --plugin-path: "
                + tmp.resolve("nowhere")
                + " is neither a folder of plugin jars nor a jar");
  }

  /**
   * The reference dataset with its first contact made a Médibus contact at lln (Walloon Brabant).
   */
  private static Path copyWithMedibusAtLln(Path copy) throws IOException {
    Files.createDirectories(copy);
    try (var files = Files.list(ReferenceData.seed2020())) {
      for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName().toString()));
      }
    }
    Path contacts = copy.resolve("contacts.csv");
    List<String> lines = Files.readAllLines(contacts, StandardCharsets.UTF_8);
    assertThat(lines.get(1)).startsWith("c-000001,2019-01-01,charleroi,STREET,");
    lines.set(1, lines.get(1).replace("charleroi,STREET", "lln,MEDIBUS"));
    Files.write(contacts, lines, StandardCharsets.UTF_8);
    return copy;
  }
}
