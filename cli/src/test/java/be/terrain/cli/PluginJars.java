package be.terrain.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Plugin jars for the command line's tests, built in a test's folder. */
final class PluginJars {
  private PluginJars() {}

  /**
   * The example plugin's compiled classes (the build passes where; the reactor builds them first).
   */
  static Path examplePluginClasses() {
    String where = System.getProperty("terrain.examplePlugin");
    assumeThat(where).as("terrain.examplePlugin, set by the build").isNotNull();
    Path classes = Path.of(where);
    assumeThat(classes.resolve("META-INF/services/be.terrain.core.spi.TerrainPlugin"))
        .as("the example plugin is compiled")
        .exists();
    return classes;
  }

  /** Builds the example plugin's jar into a folder, as {@code examples-plugin} packages it. */
  static Path examplePlugin(Path folder) {
    return jar(examplePluginClasses(), folder.resolve("terrain-example-plugin.jar"));
  }

  /** A jar of a folder's files. */
  static Path jar(Path classes, Path jar) {
    try {
      Files.createDirectories(jar.getParent());
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> files = Files.walk(classes)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  /**
   * Compiles a one-class plugin with the given SPI version and id into a jar, listed in its
   * services file (the Java compiler of the running JDK; the test is skipped without one).
   */
  static Path compiledPlugin(Path work, String id, String spiVersion) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assumeThat(javac).as("a JDK's compiler").isNotNull();
    String name = "Plugin" + Math.abs(id.hashCode());
    String source =
        "package example;\n"
            + "public final class "
            + name
            + " implements be.terrain.core.spi.TerrainPlugin {\n"
            + "  public String id() { return \""
            + id
            + "\"; }\n"
            + "  public String version() { return \"9.9.9\"; }\n"
            + "  public String spiVersion() { return \""
            + spiVersion
            + "\"; }\n"
            + "  public void register(be.terrain.core.spi.PluginContext c) {}\n"
            + "}\n";
    try {
      Path src = work.resolve(id + "-src/example/" + name + ".java");
      Path classes = work.resolve(id + "-classes");
      Files.createDirectories(src.getParent());
      Files.createDirectories(classes.resolve("META-INF/services"));
      Files.writeString(src, source, StandardCharsets.UTF_8);
      int status =
          javac.run(
              null,
              OutputStream.nullOutputStream(),
              OutputStream.nullOutputStream(),
              "-d",
              classes.toString(),
              "-cp",
              System.getProperty("java.class.path"),
              src.toString());
      if (status != 0) {
        throw new IllegalStateException("compiling " + src + " failed");
      }
      Files.write(
          classes.resolve("META-INF/services/be.terrain.core.spi.TerrainPlugin"),
          List.of("example." + name),
          StandardCharsets.UTF_8);
      return jar(classes, work.resolve("plugins/" + id + ".jar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
