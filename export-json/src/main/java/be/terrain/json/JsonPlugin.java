package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.ReadOptions;
import be.terrain.json.internal.JsonSniffer;
import be.terrain.platform.spi.BuiltInPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JSON module as a plugin ({@code terrain-json}), the SPI's first user with the CSV module:
 * registers the dataset formats {@code json} (a JSON document, {@code .json}) and {@code jsonl}
 * (JSON Lines, {@code .jsonl}); the report format is {@link JsonReportPlugin}'s. Found by {@code
 * Terrain.builder().findPlugins()} (it is listed in {@code META-INF/services}), or added by hand:
 * {@code Terrain.builder().add(new JsonPlugin())}.
 */
public final class JsonPlugin extends BuiltInPlugin {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsonPlugin.class);

  /** The plugin's id. */
  public static final String ID = "terrain-json";

  /** A plugin; the service loader makes one too. */
  public JsonPlugin() {
    super(ID);
  }

  @Override
  public void register(PluginContext context) {
    context.addDatasetFormat(new Json(false));
    context.addDatasetFormat(new Json(true));
  }

  /** A JSON document or JSON Lines, whatever the file's extension. */
  private static final class Json implements DatasetFormat {
    private final boolean lines;

    Json(boolean lines) {
      this.lines = lines;
    }

    @Override
    public String name() {
      return lines ? "jsonl" : "json";
    }

    @Override
    public String description() {
      return lines
          ? "JSON Lines of the exchange format (terrain/1): one record per line"
          : "a JSON document of the exchange format (terrain/1)";
    }

    @Override
    public Optional<String> fileExtension() {
      return Optional.of(lines ? ".jsonl" : ".json");
    }

    @Override
    public int recognises(byte[] head) {
      return JsonSniffer.recognises(head, lines);
    }

    @Override
    public ReadResult read(Path source, ReadOptions options) {
      requireNonNull(source, "source");
      requireNonNull(options, "options");
      JsonDatasetReader reader =
          JsonDatasetReader.builder()
              .registry(options.codes())
              .today(options.today())
              .problemLimit(options.problemLimit())
              .build();
      InputStream in;
      try {
        in = Files.newInputStream(source);
      } catch (IOException | RuntimeException e) {
        return reader.read(source); // reports the file as unreadable (TER-0215)
      }
      try {
        Path name = source.getFileName();
        return reader.read(in, name == null ? source.toString() : name.toString(), lines);
      } finally {
        try {
          in.close();
        } catch (IOException e) {
          LOG.debug("closing {} failed after reading it", source, e);
        }
      }
    }

    @Override
    public void write(Dataset dataset, Path target) {
      (lines ? JsonDatasetWriter.lines() : JsonDatasetWriter.document()).write(dataset, target);
    }
  }
}
