package be.terrain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked in an empty folder, run with nothing but a Java
 * (JAVA_HOME; no java, no Maven, no sources on the PATH). Runs after {@code package} (failsafe,
 * which passes {@code terrain.root} and {@code terrain.version}).
 */
class ReleaseArchiveIT {
  private static Path root;
  private static String version;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheArchive() {
    String property = System.getProperty("terrain.root");
    assumeTrue(property != null, "run by failsafe, after package (it sets terrain.root)");
    root = Path.of(property);
    version = System.getProperty("terrain.version");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is there to run bin/terrain");
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/tar")) || Files.isExecutable(Path.of("/bin/tar")));
  }

  record Result(int exit, String out, String err) {}

  private Result run(Path dir, Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** A PATH with bash and dirname only, what bin/terrain needs besides Java. */
  private Path pathWithoutJava() throws IOException {
    Path bin = tmp.resolve("path");
    if (Files.isDirectory(bin)) {
      return bin;
    }
    Files.createDirectories(bin);
    for (String program : List.of("bash", "dirname")) {
      Path found =
          Files.isExecutable(Path.of("/usr/bin", program))
              ? Path.of("/usr/bin", program)
              : Path.of("/bin", program);
      Files.createSymbolicLink(bin.resolve(program), found);
    }
    return bin;
  }

  private Path unpacked() throws Exception {
    Path archive = root.resolve("cli/target/terrain-cli-" + version + "-bin.tar.gz");
    assertThat(archive).as("package builds the release archive").isRegularFile();
    Path into = Files.createDirectories(tmp.resolve("unpacked"));
    Result tar = run(into, Map.of("PATH", "/usr/bin:/bin"), "tar", "-xzf", archive.toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    try (var top = Files.list(into)) {
      assertThat(top.map(p -> p.getFileName().toString()).toList())
          .containsExactly("terrain-" + version);
    }
    return into.resolve("terrain-" + version);
  }

  @Test
  void theUnpackedArchiveRunsTheDemoWithOnlyAJava() throws Exception {
    Path home = unpacked();
    Path work = Files.createDirectories(tmp.resolve("work"));

    Result demo =
        run(
            work,
            Map.of(
                "PATH", pathWithoutJava().toString(),
                "JAVA_HOME", System.getProperty("java.home"),
                "HOME", work.toString()),
            home.resolve("bin/terrain").toString(),
            "demo",
            "--out",
            "terrain-demo",
            "--lang",
            "en");

    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out())
        .startsWith("Terrain demo: Terrain Demo asbl")
        .contains("Rule tickets-s-2020");
    assertThat(work.resolve("terrain-demo/report.json")).isNotEmptyFile();
    assertThat(home.resolve("bin/terrain")).isExecutable();
    assertThat(home.resolve("bin/terrain.cmd")).isRegularFile();
    assertThat(home.resolve("lib/terrain.jar")).isRegularFile();
    for (String file : List.of("LICENSE", "NOTICE", "README.md", "THIRD-PARTY.txt")) {
      assertThat(home.resolve(file)).isNotEmptyFile();
    }
    assertThat(work.resolve("terrain-demo/report.pdf")).isNotEmptyFile();
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License");
    assertThat(Files.readString(home.resolve("THIRD-PARTY.txt"))).contains("info.picocli:picocli");
    assertThat(Files.readString(home.resolve("completion/terrain")))
        .contains("complete -F _complete_terrain", "validate", "report", "check-table", "demo");
  }

  @Test
  void theLgplLibrariesAreBesideTheJarNotInIt() throws Exception {
    Path lib = unpacked().resolve("lib");

    try (JarFile jar = new JarFile(lib.resolve("terrain.jar").toFile())) {
      String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
      assertThat(classPath)
          .isEqualTo("openhtmltopdf-core.jar openhtmltopdf-pdfbox.jar VectorGraphics2D.jar");
      for (String name : classPath.split(" ")) {
        assertThat(lib.resolve(name)).isNotEmptyFile();
      }
      assertThat(
              jar.stream()
                  .map(JarEntry::getName)
                  .filter(
                      n -> n.startsWith("com/openhtmltopdf/") || n.startsWith("de/erichseifert/")))
          .as("LGPL classes shaded into terrain.jar")
          .isEmpty();
    }
  }

  @Test
  void withoutJavaTheLauncherSaysSo() throws Exception {
    Path home = unpacked();

    Result none =
        run(
            tmp,
            Map.of("PATH", pathWithoutJava().toString()),
            home.resolve("bin/terrain").toString(),
            "demo",
            "--out",
            "terrain-demo",
            "--lang",
            "en");
    Result wrong =
        run(
            tmp,
            Map.of(
                "PATH",
                pathWithoutJava().toString(),
                "JAVA_HOME",
                tmp.resolve("nowhere").toString()),
            home.resolve("bin/terrain").toString(),
            "demo",
            "--out",
            "terrain-demo",
            "--lang",
            "en");

    assertThat(none.exit()).isEqualTo(127);
    assertThat(none.err()).startsWith("terrain: no Java found: install Java 17 or later");
    assertThat(wrong.exit()).isEqualTo(127);
    assertThat(wrong.err()).startsWith("terrain: JAVA_HOME is set to '" + tmp.resolve("nowhere"));
  }

  @Test
  void theBomHasTheVersionOfTheBuild() throws IOException {
    String bom = Files.readString(root.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile(
                "(?m)^  <artifactId>terrain-bom</artifactId>\\s*^  <version>([^<]+)</version>")
            .matcher(bom);

    assertThat(m.find()).as("bom/pom.xml names its own version after its artifactId").isTrue();
    assertThat(m.group(1)).as("terrain-bom's version, set with the parent's").isEqualTo(version);
  }
}
