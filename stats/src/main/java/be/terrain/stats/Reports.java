package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.platform.Terrain;
import be.terrain.stats.internal.plugins.MissingReport;
import be.terrain.stats.internal.plugins.StatsExtension;
import be.terrain.stats.spi.ReportFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The reports a {@link Terrain} offers: the report definitions ({@code standard} and plugins'), the
 * report formats, dimensions and table specs its plugins registered through {@link
 * be.terrain.stats.spi.StatsPluginContext}. A view over the platform, made by {@link #of};
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Terrain terrain = Terrain.builder().findPlugins().build();
 * Reports reports = Reports.of(terrain);
 * Report report = reports.compute(dataset, "fdss-2020", ReportOptions.of(Period.ofYear(2020)));
 * reports.reportFormat("json").write(report, out);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Reports {
  private final Map<String, ReportDefinition> definitions;
  private final Map<String, ReportFormat> formats;
  private final Map<String, Dimension> dimensions;
  private final Map<String, TableSpec> tables;
  private final Terrain terrain;

  private Reports(Terrain terrain) {
    this.terrain = terrain;
    this.definitions = terrain.extensions(StatsExtension.DEFINITION, ReportDefinition.class);
    this.formats = terrain.extensions(StatsExtension.REPORT_FORMAT, ReportFormat.class);
    this.dimensions = terrain.extensions(StatsExtension.DIMENSION, Dimension.class);
    this.tables = terrain.extensions(StatsExtension.TABLE, TableSpec.class);
  }

  /**
   * {@return the reports of a Terrain}
   *
   * @param terrain a Terrain, with its plugins loaded
   */
  public static Reports of(Terrain terrain) {
    return new Reports(requireNonNull(terrain, "terrain"));
  }

  /** {@return the report definitions, by name ({@code standard} first), in registration order} */
  public Map<String, ReportDefinition> definitions() {
    return definitions;
  }

  /**
   * {@return the report definition of that name, if registered}
   *
   * @param name the definition's name, e.g. {@code standard}
   */
  public Optional<ReportDefinition> findDefinition(String name) {
    return Optional.ofNullable(definitions.get(requireNonNull(name, "name")));
  }

  /**
   * {@return the report definition of that name, e.g. {@code standard} or a plugin's {@code
   * fdss-2020}}
   *
   * @param name the definition's name
   * @throws IllegalArgumentException when none has that name; the message says what fixes it (the
   *     call {@code Terrain.builder().findPlugins()} when it was not made)
   */
  public ReportDefinition definition(String name) {
    return findDefinition(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    MissingReport.definition(
                        name, definitions.keySet(), terrain.searchedForPlugins())));
  }

  /**
   * Computes a report of a named definition ({@link Statistics#compute}).
   *
   * @param dataset a valid dataset
   * @param definition the definition's name, e.g. {@code standard}
   * @param options period, rounding, suppression and labels
   * @return the report
   * @throws DatasetNotValidException when the dataset has known problems
   * @throws IllegalArgumentException when no definition has that name, or it does not fit the
   *     dataset's code lists (build datasets with {@link Terrain#codes()})
   */
  public Report compute(Dataset dataset, String definition, ReportOptions options) {
    return Statistics.compute(dataset, definition(definition), options);
  }

  /** {@return the report formats, by name, in registration order} */
  public Map<String, ReportFormat> reportFormats() {
    return formats;
  }

  /**
   * {@return the report format of that name, if registered}
   *
   * @param name the format's name, e.g. {@code csv}
   */
  public Optional<ReportFormat> findReportFormat(String name) {
    return Optional.ofNullable(formats.get(requireNonNull(name, "name")));
  }

  /**
   * {@return the report format of that name}
   *
   * @param name the format's name, e.g. {@code csv}
   * @throws IllegalArgumentException when none has that name; the message names the artifact that
   *     brings Terrain's own ({@code terrain-export-csv}, {@code terrain-export-json}), and the
   *     call {@code Terrain.builder().findPlugins()} when it was not made
   */
  public ReportFormat reportFormat(String name) {
    return findReportFormat(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    MissingReport.format(
                        name, formats.keySet(), terrain.searchedForPlugins(), terrain.plugins())));
  }

  /** {@return the registered dimensions, in registration order} */
  public List<Dimension> dimensions() {
    return List.copyOf(dimensions.values());
  }

  /**
   * {@return the dimension of a subject with that id, e.g. {@code (PERSON, age_band_10)}}
   *
   * @param subject what the dimension classifies, e.g. {@link Subject#PERSON}
   * @param id the dimension's id, e.g. {@code age_band_10}
   */
  public Optional<Dimension> findDimension(Subject subject, String id) {
    return Optional.ofNullable(dimensions.get(StatsExtension.dimensionKey(subject, id)));
  }

  /** {@return the registered table specs (the standard report's and plugins'), by id} */
  public Map<String, TableSpec> tableSpecs() {
    return tables;
  }

  /**
   * {@return the table spec with that id, e.g. {@code profile.sex}}
   *
   * @param id the table's id, e.g. {@code profile.sex}
   */
  public Optional<TableSpec> findTableSpec(String id) {
    return Optional.ofNullable(tables.get(requireNonNull(id, "id")));
  }
}
