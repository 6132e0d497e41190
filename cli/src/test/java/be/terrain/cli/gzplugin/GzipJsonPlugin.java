package be.terrain.cli.gzplugin;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.ReadOptions;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.json.JsonDatasetReader;
import be.terrain.json.JsonDatasetWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A test plugin with a dataset format of its own, {@code json-gz} ({@code .tgz.json} is not used:
 * its files end in {@code .jgz}): a gzipped JSON document. Not listed in the tests' services, so
 * that only a run that is given its jar with {@code --plugin-path} finds it.
 */
public final class GzipJsonPlugin implements TerrainPlugin {
  /** The plugin's file extension. */
  public static final String EXTENSION = ".jgz";

  @Override
  public String id() {
    return "test-json-gz";
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public String spiVersion() {
    return SPI_VERSION;
  }

  @Override
  public void register(PluginContext context) {
    context.addDatasetFormat(new GzipJson());
  }

  /** A gzipped JSON document of the exchange format. */
  static final class GzipJson implements DatasetFormat {
    @Override
    public String name() {
      return "json-gz";
    }

    @Override
    public String description() {
      return "a gzipped JSON document (a test plugin's format)";
    }

    @Override
    public Optional<String> fileExtension() {
      return Optional.of(EXTENSION);
    }

    @Override
    public ReadResult read(Path source, ReadOptions options) {
      requireNonNull(options, "options");
      JsonDatasetReader reader =
          JsonDatasetReader.builder().registry(options.codes()).today(options.today()).build();
      try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
        return reader.read(in, source.getFileName().toString(), false);
      } catch (IOException e) {
        return reader.read(source); // reports the file as unreadable
      }
    }

    @Override
    public void write(Dataset dataset, Path target) throws IOException {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
        JsonDatasetWriter.document().write(dataset, out);
      }
    }
  }
}
