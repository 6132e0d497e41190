package be.terrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.testing.ReferenceData;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/terrain} as a newcomer runs it, as a process from another folder. Runs after {@code
 * package} (failsafe, during {@code verify}, which passes {@code terrain.root}), so the jar is
 * there and fresh and the launcher starts it without building; were it stale, the launcher would
 * build it first (allowed a long time).
 */
class TerrainLauncherIT {
  private static Path root;
  private static Path launcher;
  private static Path jar;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheLauncher() {
    String property = System.getProperty("terrain.root");
    assumeTrue(property != null, "run by failsafe, after package (it sets terrain.root)");
    root = Path.of(property);
    launcher = root.resolve("bin/terrain");
    jar = root.resolve("cli/target/terrain.jar");
    assumeTrue(onPath("java"), "java is not on the PATH");
    assumeTrue(onPath("bash"), "bash is not on the PATH");
    assertThat(launcher).isExecutable();
  }

  record Result(int exit, String out, String err) {}

  private Result terrain(String... args) throws IOException, InterruptedException {
    return terrain(Map.of(), args);
  }

  private Result terrain(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("TERRAIN_PLUGIN_PATH");
    pb.environment().putAll(environment);
    Process p = pb.start();
    assertThat(p.waitFor(20, TimeUnit.MINUTES))
        .as("terrain %s finished", String.join(" ", args))
        .isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theDemoRunsFromAnyFolder() throws Exception {
    FileTime built = Files.exists(jar) ? Files.getLastModifiedTime(jar) : null;

    // the demo writes into the temporary folder by default: here, into this folder, in English
    Result r = terrain("demo", "--out", "terrain-demo", "--lang", "en");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Terrain demo: Terrain Demo asbl")
        .contains(
            "=== Terrain Demo asbl (organisation terrain-demo) — 2020 ===", "Rule tickets-s-2020")
        .contains("Wrote into " + tmp.toRealPath().resolve("terrain-demo"));
    assertThat(tmp.resolve("terrain-demo/report.json")).isNotEmptyFile();
    assertThat(tmp.resolve("terrain-demo/report.csv")).isNotEmptyFile();
    assertThat(tmp.resolve("terrain-demo/sample/organisation.csv")).isNotEmptyFile();
    if (built != null) {
      assertThat(r.err()).as("a fresh jar is started without building, quietly").isEmpty();
      assertThat(Files.getLastModifiedTime(jar)).isEqualTo(built);
    }
  }

  @Test
  void exitCodesAndErrorsComeThrough() throws Exception {
    Result impossible = terrain("check-table", "--n", "11", "--percents", "20,64,18");
    Result missing = terrain("report", "no-such-folder", "--year", "2020");
    Result version = terrain("--version");

    assertThat(impossible.exit()).isEqualTo(TerrainCli.INVALID);
    assertThat(impossible.out()).contains("Impossible: row 1 (20 %)");
    assertThat(missing.exit()).isEqualTo(TerrainCli.USAGE);
    assertThat(missing.err())
        .isEqualTo(
            "terrain report: no such file or folder: no-such-folder — see 'terrain report --help'\n");
    assertThat(version.out()).matches("terrain \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  /**
   * Issue #17, defect 8: under {@code LANG=C} a path like {@code données/} was exit 2 with an
   * InvalidPathException text, and non-ASCII file names were garbled in problems.
   */
  @Test
  void aNonAsciiPathWorksUnderTheCLocale() throws Exception {
    assumeTrue(
        "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
        "this test's own JVM can name the folder");
    Path data = Files.createDirectories(tmp.resolve("donn\u00e9es"));
    try (var files = Files.list(ReferenceData.seed2020())) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    Files.writeString(data.resolve("r\u00e9sum\u00e9.csv"), "id\n");
    Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "", "LC_CTYPE", "");

    Result r = terrain(c, "validate", "donn\u00e9es", "--today", ReferenceData.READ_ON.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(TerrainCli.INVALID);
    assertThat(r.out()).contains("r\u00e9sum\u00e9.csv");
    assertThat(r.err()).contains("donn\u00e9es is invalid").doesNotContain("InvalidPath");
  }

  /** Issue #17, defect 7: {@code validate … > /dev/full} exited 1 without a word. */
  @Test
  void aFullStandardOutputIsExitTwoWithAMessage() throws Exception {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full exists");
    List<String> command =
        List.of(
            launcher.toString(),
            "validate",
            ReferenceData.seed2020().toString(),
            "--today",
            ReferenceData.READ_ON.toString());
    Path err = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(new File("/dev/full"))
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(TerrainCli.USAGE);
    assertThat(Files.readString(err)).contains("cannot write the output");
  }

  @Test
  void theExamplePluginBuiltAsItsOwnJarIsFoundAndUsed() throws Exception {
    Path built;
    try (var files = Files.list(root.resolve("examples-plugin/target"))) {
      built =
          files
              .filter(
                  f ->
                      f.getFileName()
                          .toString()
                          .matches("terrain-example-plugin-[0-9].*(?<!-sources|-tests)\\.jar"))
              .findFirst()
              .orElse(null);
    } catch (java.nio.file.NoSuchFileException e) {
      built = null;
    }
    assumeTrue(
        built != null,
        "the example plugin's jar is packaged (verify builds it before this module)");
    Path plugins = Files.createDirectories(tmp.resolve("plugins"));
    Files.copy(built, plugins.resolve(built.getFileName()));

    Result list = terrain(Map.of("TERRAIN_PLUGIN_PATH", plugins.toString()), "plugins");
    Result report =
        terrain(
            "--plugin-path",
            plugins.toString(),
            "report",
            ReferenceData.seed2020().toString(),
            "--year",
            "2020",
            "--definition",
            "fdss-2020",
            "--out",
            "r.json",
            "--today",
            ReferenceData.READ_ON.toString());

    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out())
        .startsWith("Plugin path (TERRAIN_PLUGIN_PATH): " + plugins + " — 1 jar")
        .containsPattern(
            "\n  fdss +1\\.0\\.0 +SPI 1\\.0 +"
                + java.util.regex.Pattern.quote(built.getFileName().toString())
                + "\n")
        .contains("Report definitions: standard, fdss-2020");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(Files.readString(tmp.resolve("r.json"), StandardCharsets.UTF_8))
        .contains("\"id\": \"fdss.persons.age_band_10\"", "\"code\": \"60+\"");
  }

  /**
   * Issue #13: the launcher runs a small dataset's command on the quick compiler only, a dataset of
   * 64 MiB or more on both compilers, and TERRAIN_JAVA_OPTS has the last word.
   */
  @Test
  void aSmallDatasetRunsOnTheQuickCompilerOnly() throws Exception {
    Path big = tmp.resolve("big.json");
    try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(64L << 20); // sparse: 64 MiB long, nothing written
    }
    String seed = ReferenceData.seed2020().toString();
    String today = ReferenceData.READ_ON.toString();
    Map<String, String> flags = Map.of("TERRAIN_JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Map<String, String> both =
        Map.of("TERRAIN_JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4");

    Result small = terrain(flags, "--debug", "validate", seed, "--today", today);
    Result large = terrain(flags, "validate", big.toString(), "--today", today);
    Result chosen = terrain(both, "validate", seed, "--today", today);

    assertThat(small.exit()).as(small.err()).isZero();
    assertThat(tieredStopAtLevel(small.out())).isEqualTo(1);
    assertThat(tieredStopAtLevel(large.out())).isEqualTo(4);
    assertThat(tieredStopAtLevel(chosen.out())).isEqualTo(4);
  }

  /** The value of TieredStopAtLevel in the JVM's -XX:+PrintFlagsFinal table. */
  private static int tieredStopAtLevel(String out) {
    var m = java.util.regex.Pattern.compile("\\sTieredStopAtLevel\\s+= (\\d)").matcher(out);
    assertThat(m.find()).as("PrintFlagsFinal's table in %s", out.lines().findFirst()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
