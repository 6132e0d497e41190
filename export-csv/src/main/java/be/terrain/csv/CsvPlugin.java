package be.terrain.csv;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.ReadOptions;
import be.terrain.platform.spi.BuiltInPlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CSV module as a plugin ({@code terrain-csv}), the SPI's first user: registers the dataset
 * formats {@code csv} (a CSV folder, written in {@code rfc4180}) and {@code csv-excel-fr} (written
 * in {@code excel-fr}; both read either dialect, detected per file unless {@link #DIALECT} is set);
 * the report format is {@link CsvReportPlugin}'s. Found by {@code Terrain.builder().findPlugins()}
 * (it is listed in {@code META-INF/services}), or added by hand: {@code Terrain.builder().add(new
 * CsvPlugin())}.
 */
public final class CsvPlugin extends BuiltInPlugin {
  /** The plugin's id. */
  public static final String ID = "terrain-csv";

  /**
   * The read setting that forces a dialect ({@code rfc4180} or {@code excel-fr}) instead of
   * detecting it per file: {@code ReadOptions.withSetting(CsvPlugin.DIALECT, "excel-fr")}.
   */
  public static final String DIALECT = "dialect";

  /** A plugin; the service loader makes one too. */
  public CsvPlugin() {
    super(ID);
  }

  @Override
  public void register(PluginContext context) {
    context.addDatasetFormat(new Folder("csv", CsvDatasetWriter.rfc4180()));
    context.addDatasetFormat(new Folder("csv-excel-fr", CsvDatasetWriter.of(CsvDialect.EXCEL_FR)));
  }

  /** A CSV folder, read with the dialect detected per file, written in one dialect. */
  private static final class Folder implements DatasetFormat {
    private final String name;
    private final CsvDatasetWriter writer;

    Folder(String name, CsvDatasetWriter writer) {
      this.name = name;
      this.writer = writer;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "a CSV folder of the exchange format (terrain/1), written in "
          + writer.dialect().tag()
          + ", read in either dialect";
    }

    @Override
    public Optional<String> fileExtension() {
      return Optional.empty();
    }

    @Override
    public ReadResult read(Path source, ReadOptions options) {
      requireNonNull(options, "options");
      return CsvDatasetReader.builder()
          .registry(options.codes())
          .today(options.today())
          .dialect(options.setting(DIALECT).map(CsvDialect::parse))
          .problemLimit(options.problemLimit())
          .build()
          .read(source);
    }

    @Override
    public void write(Dataset dataset, Path target) throws IOException {
      writer.write(dataset, target);
    }
  }
}
