package be.terrain.cli;

import static be.terrain.cli.Cli.TODAY;
import static be.terrain.cli.Cli.reference;
import static be.terrain.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.Cli.Run;
import be.terrain.cli.gzplugin.GzipJsonPlugin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset format that a plugin registers is read and written by every command: the command line
 * reads only through the platform's registered formats.
 */
class PluginFormatTest {
  @TempDir Path tmp;
  private Path plugins;
  private Path dataset;

  @BeforeEach
  void aPluginJarAndADatasetInItsFormat() throws IOException, URISyntaxException {
    Path classes = tmp.resolve("classes");
    String pkg = GzipJsonPlugin.class.getPackageName().replace('.', '/');
    Path compiled =
        Path.of(GzipJsonPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(pkg);
    Files.createDirectories(classes.resolve(pkg));
    try (var files = Files.list(compiled)) {
      for (Path f : files.toList()) {
        Files.copy(f, classes.resolve(pkg).resolve(f.getFileName()));
      }
    }
    Path services = classes.resolve("META-INF/services/be.terrain.core.spi.TerrainPlugin");
    Files.createDirectories(services.getParent());
    Files.writeString(services, GzipJsonPlugin.class.getName() + "\n", StandardCharsets.UTF_8);
    plugins = tmp.resolve("plugins");
    PluginJars.jar(classes, plugins.resolve("json-gz.jar"));

    dataset = tmp.resolve("reference" + GzipJsonPlugin.EXTENSION);
    Run convert =
        run(
            "convert",
            reference(),
            dataset.toString(),
            "--today",
            TODAY,
            "--plugin-path",
            plugins.toString());
    assertThat(convert.exit()).as(convert.err()).isZero();
    assertThat(convert.err()).contains("json-gz");
  }

  @Test
  void validateReadsThePluginsFormat() {
    Run r =
        run("validate", dataset.toString(), "--today", TODAY, "--plugin-path", plugins.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(": valid, 5 antennas, 398 persons, 589 profiles, 3328 contacts");
  }

  @Test
  void reportReadsThePluginsFormat() {
    Run fromPlugin =
        run(
            "report",
            dataset.toString(),
            "--year",
            "2020",
            "--today",
            TODAY,
            "--plugin-path",
            plugins.toString());
    Run fromCsv = run("report", reference(), "--year", "2020", "--today", TODAY);

    assertThat(fromPlugin.exit()).as(fromPlugin.err()).isZero();
    assertThat(fromPlugin.out()).contains("Extra Ring").isEqualTo(fromCsv.out());
  }

  @Test
  void withoutThePluginTheFileIsNoDataset() {
    Run r = run("validate", dataset.toString(), "--today", TODAY);

    r.failsInOneLine(TerrainCli.USAGE);
    assertThat(r.err()).contains("is not a dataset");
  }
}
