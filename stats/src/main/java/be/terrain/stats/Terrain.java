package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.core.ValidationResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.ReadOptions;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.stats.internal.plugins.Candidate;
import be.terrain.stats.internal.plugins.PluginLoader;
import be.terrain.stats.internal.plugins.Registry;
import be.terrain.stats.internal.plugins.StatsBuiltIns;
import be.terrain.stats.internal.plugins.Versions;
import be.terrain.stats.spi.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Terrain with its plugins: the one entry point that merges what Terrain's modules and plugins
 * register — code lists, dataset rules, distribution rule kinds, dataset and report formats,
 * dimensions, tables and report definitions — and says which plugins were loaded and which refused.
 * Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Terrain terrain = Terrain.builder()
 *     .findPlugins()                 // opt-in: ServiceLoader on the class path (CSV, JSON, yours)
 *     .add(new MyPlugin())           // or by hand
 *     .build();                      // never throws because of a plugin: see plugins()
 * ReadResult read = terrain.read(Path.of("data"), LocalDate.now());   // merged code lists, plugin rules
 * Report report = Statistics.compute(read.orThrow(), terrain.definition("fdss-2020"), options);
 * }</pre>
 *
 * <p>The report's built-ins (the standard dimensions and tables, the {@code standard} definition)
 * are registered through the SPI by a built-in plugin, {@code terrain-stats}, that is always
 * loaded. The CSV and JSON formats are plugins of their modules ({@code terrain-csv}, {@code
 * terrain-json}), found by {@link Builder#findPlugins()} or added by hand.
 *
 * <p>Lives in {@code terrain-stats}, the lowest module that sees both core's extension points and
 * the report's: core stays free of report and format knowledge, and dependencies keep pointing one
 * way.
 */
public final class Terrain {
  private static final Logger LOG = LoggerFactory.getLogger(Terrain.class);

  /**
   * The SPI version this Terrain implements ({@link TerrainPlugin#SPI_VERSION}): a plugin built for
   * another major version is refused.
   */
  public static final String SPI_VERSION = TerrainPlugin.SPI_VERSION;

  private final CodeRegistry codes;
  private final List<DatasetRule> rules;
  private final List<DistributionRuleKind> kinds;
  private final Map<String, DatasetFormat> datasetFormats;
  private final Map<String, ReportFormat> reportFormats;
  private final Map<String, Dimension> dimensions;
  private final Map<String, TableSpec> tables;
  private final Map<String, ReportDefinition> definitions;
  private final List<PluginReport> plugins;

  private Terrain(Registry r, List<PluginReport> plugins) {
    this.codes = r.codes();
    this.rules = List.copyOf(r.rules().values());
    this.kinds = List.copyOf(r.kinds().values());
    this.datasetFormats = unmodifiable(r.datasetFormats());
    this.reportFormats = unmodifiable(r.reportFormats());
    this.dimensions = unmodifiable(r.dimensions());
    this.tables = unmodifiable(r.tables());
    this.definitions = unmodifiable(r.definitions());
    this.plugins = List.copyOf(plugins);
  }

  private static <V> Map<String, V> unmodifiable(Map<String, V> m) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /** A builder: Terrain's built-ins, and what is then found or added. */
  public static Builder builder() {
    return new Builder();
  }

  /** Terrain's built-ins only: no discovery, no plugin. */
  public static Terrain standard() {
    return StandardHolder.STANDARD;
  }

  private static final class StandardHolder {
    static final Terrain STANDARD = builder().build();
  }

  /** Terrain's own version, e.g. {@code 0.1.0}. */
  public static String version() {
    return Versions.terrain();
  }

  // --- code lists and validation

  /** The merged code lists: the standard ones with the plugins' lists and codes. */
  public CodeRegistry codes() {
    return codes;
  }

  /** The plugins' dataset rules, in registration order. */
  public List<DatasetRule> datasetRules() {
    return rules;
  }

  /**
   * Validates a dataset: Terrain's rules, then the plugins' ({@link Dataset#validate(LocalDate,
   * List)}). Build the dataset with {@link #codes()} so that the plugins' codes are known.
   */
  public ValidationResult validate(Dataset dataset, LocalDate today) {
    return requireNonNull(dataset, "dataset").validate(requireNonNull(today, "today"), rules);
  }

  /**
   * Reads a dataset in a named format with the merged code lists, and adds the plugins' rules'
   * problems to the format's. Never throws on bad input.
   *
   * @throws IllegalArgumentException when no dataset format has that name
   */
  public ReadResult read(Path source, String format, LocalDate today) {
    return read(source, datasetFormat(format), today);
  }

  /**
   * Reads a dataset in the format its path calls for ({@link #findFormatFor}).
   *
   * @throws IllegalArgumentException when no registered format reads such a path
   */
  public ReadResult read(Path source, LocalDate today) {
    DatasetFormat f =
        findFormatFor(source)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no dataset format reads "
                            + source
                            + ": registered formats are "
                            + describeFormats()));
    return read(source, f, today);
  }

  private ReadResult read(Path source, DatasetFormat format, LocalDate today) {
    requireNonNull(source, "source");
    requireNonNull(today, "today");
    return withRules(format.read(source, new ReadOptions(codes, today)), today);
  }

  /**
   * A reader's result with the plugins' dataset rules' problems added after the reader's, for
   * applications that read with a reader of their own (built with {@link #codes()}).
   *
   * @param read what the reader gave
   * @param today the day the input was read
   */
  public ReadResult withRules(ReadResult read, LocalDate today) {
    requireNonNull(read, "read");
    requireNonNull(today, "today");
    if (rules.isEmpty()) {
      return read;
    }
    List<Problem> all = new ArrayList<>(read.validation().problems());
    all.addAll(read.dataset().check(rules, today));
    return new ReadResult(read.dataset(), new ValidationResult(all));
  }

  // --- formats

  /** The dataset formats, by name, in registration order. */
  public Map<String, DatasetFormat> datasetFormats() {
    return datasetFormats;
  }

  /** The dataset format of that name, if registered. */
  public Optional<DatasetFormat> findDatasetFormat(String name) {
    return Optional.ofNullable(datasetFormats.get(requireNonNull(name, "name")));
  }

  /**
   * The dataset format of that name.
   *
   * @throws IllegalArgumentException when none has that name
   */
  public DatasetFormat datasetFormat(String name) {
    return findDatasetFormat(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no dataset format '" + name + "': registered are " + describeFormats()));
  }

  private String describeFormats() {
    return datasetFormats.isEmpty()
        ? "none (call Terrain.builder().findPlugins(), or add the CSV or JSON plugin)"
        : String.join(", ", datasetFormats.keySet());
  }

  /**
   * The format a path calls for: for a folder, the first folder format registered (the CSV one);
   * for a file, the first whose file extension ends its name (in any case).
   */
  public Optional<DatasetFormat> findFormatFor(Path source) {
    requireNonNull(source, "source");
    boolean folder = Files.isDirectory(source);
    Path name = source.getFileName();
    String file = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (DatasetFormat f : datasetFormats.values()) {
      Optional<String> ext = f.fileExtension();
      if (folder
          ? ext.isEmpty()
          : ext.isPresent() && file.endsWith(ext.get().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The report formats, by name, in registration order. */
  public Map<String, ReportFormat> reportFormats() {
    return reportFormats;
  }

  /** The report format of that name, if registered. */
  public Optional<ReportFormat> findReportFormat(String name) {
    return Optional.ofNullable(reportFormats.get(requireNonNull(name, "name")));
  }

  /**
   * The report format of that name.
   *
   * @throws IllegalArgumentException when none has that name
   */
  public ReportFormat reportFormat(String name) {
    return findReportFormat(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no report format '"
                        + name
                        + "': registered are "
                        + (reportFormats.isEmpty()
                            ? "none"
                            : String.join(", ", reportFormats.keySet()))));
  }

  // --- reports

  /** The report definitions, by name ({@code standard} first), in registration order. */
  public Map<String, ReportDefinition> definitions() {
    return definitions;
  }

  /** The report definition of that name, if registered. */
  public Optional<ReportDefinition> findDefinition(String name) {
    return Optional.ofNullable(definitions.get(requireNonNull(name, "name")));
  }

  /**
   * The report definition of that name, e.g. {@code standard} or a plugin's {@code fdss-2020}.
   *
   * @throws IllegalArgumentException when none has that name
   */
  public ReportDefinition definition(String name) {
    return findDefinition(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no report definition '"
                        + name
                        + "': registered are "
                        + String.join(", ", definitions.keySet())));
  }

  /**
   * Computes a report of a named definition ({@link Statistics#compute}).
   *
   * @throws IllegalArgumentException when no definition has that name, or it does not fit the
   *     dataset's code lists (build datasets with {@link #codes()})
   */
  public Report report(Dataset dataset, String definition, ReportOptions options) {
    return Statistics.compute(dataset, definition(definition), options);
  }

  /** The registered dimensions, in registration order. */
  public List<Dimension> dimensions() {
    return List.copyOf(dimensions.values());
  }

  /** The dimension of a subject with that id, e.g. {@code (PERSON, age_band_10)}. */
  public Optional<Dimension> findDimension(Subject subject, String id) {
    return Optional.ofNullable(dimensions.get(Registry.dimensionKey(subject, id)));
  }

  /** The registered table specs (the standard report's and plugins'), by id. */
  public Map<String, TableSpec> tableSpecs() {
    return tables;
  }

  /** The table spec with that id, e.g. {@code profile.sex}. */
  public Optional<TableSpec> findTableSpec(String id) {
    return Optional.ofNullable(tables.get(requireNonNull(id, "id")));
  }

  // --- distribution rule kinds

  /** The plugins' distribution rule kinds, in registration order. */
  public List<DistributionRuleKind> ruleKinds() {
    return kinds;
  }

  /**
   * Checks a dataset's ledger against every distribution rule kind. A kind that throws is reported
   * ({@code TER-0510}) and the others still run.
   */
  public RuleKindCheck checkRuleKinds(Dataset dataset, LocalDate asOf) {
    requireNonNull(dataset, "dataset");
    requireNonNull(asOf, "asOf");
    List<RuleKindViolation> violations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (DistributionRuleKind k : kinds) {
      try {
        violations.addAll(List.copyOf(k.check(dataset, asOf)));
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("distribution rule kind {} failed", k.id(), e);
        problems.add(
            Problem.of(ProblemCodes.RULE_KIND_FAILED).args(k.id(), String.valueOf(e)).build());
      }
    }
    return new RuleKindCheck(asOf, violations, problems);
  }

  // --- plugins

  /**
   * Every plugin found or added, loaded or refused, with what it registered or why it was refused:
   * loaded ones (and ones refused while registering) in loading order (priority, then id: Terrain's
   * built-ins, of priority 1000, first), then those refused before registering (not loadable,
   * malformed, incompatible, duplicate) in the order found.
   */
  public List<PluginReport> plugins() {
    return plugins;
  }

  /** The plugins that were refused. */
  public List<PluginReport> refused() {
    return plugins.stream().filter(p -> !p.isLoaded()).toList();
  }

  @Override
  public String toString() {
    return "Terrain["
        + plugins.stream().filter(PluginReport::isLoaded).map(PluginReport::id).toList()
        + (refused().isEmpty()
            ? ""
            : ", refused " + refused().stream().map(PluginReport::id).toList())
        + "]";
  }

  /**
   * Collects plugins. Discovery is opt-in ({@link #findPlugins()}); plugins added by hand and found
   * are loaded together by {@link #build()}, ordered by priority then id. A plugin class both added
   * by hand and found by discovery (or found by two class loaders) counts once; two plugins added
   * by hand with one id are a duplicate. Not thread-safe.
   */
  public static final class Builder {
    private final List<Object> sources = new ArrayList<>();

    private Builder() {}

    /**
     * Finds plugins with {@link java.util.ServiceLoader} on the thread's context class loader (or
     * Terrain's, when it has none): every jar listing a class in {@code
     * META-INF/services/be.terrain.core.spi.TerrainPlugin}.
     */
    public Builder findPlugins() {
      ClassLoader l = Thread.currentThread().getContextClassLoader();
      sources.add(l != null ? l : Terrain.class.getClassLoader());
      return this;
    }

    /**
     * Finds plugins with a class loader, e.g. one over the jars of a plugin folder.
     *
     * @param loader where to look (its parents included)
     */
    public Builder findPlugins(ClassLoader loader) {
      sources.add(requireNonNull(loader, "loader"));
      return this;
    }

    /** Adds a plugin by hand. */
    public Builder add(TerrainPlugin plugin) {
      sources.add(requireNonNull(plugin, "plugin"));
      return this;
    }

    /**
     * Loads the plugins. Never throws because of a plugin: those that cannot be loaded are in
     * {@link Terrain#plugins()} with the reason.
     */
    public Terrain build() {
      List<Candidate> candidates = new ArrayList<>();
      Set<Class<?>> seen = new HashSet<>();
      candidates.add(Candidate.of(new StatsBuiltIns()));
      seen.add(StatsBuiltIns.class);
      Set<Class<?>> discovered = new HashSet<>();
      Set<TerrainPlugin> added =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Object s : sources) {
        if (s instanceof TerrainPlugin p) {
          if (!discovered.contains(p.getClass()) && added.add(p)) {
            seen.add(p.getClass());
            candidates.add(Candidate.of(p));
          }
          continue;
        }
        for (Candidate c : PluginLoader.discover((ClassLoader) s)) {
          if (c.plugin() == null || seen.add(c.plugin().getClass())) {
            if (c.plugin() != null) {
              discovered.add(c.plugin().getClass());
            }
            candidates.add(c);
          } else {
            LOG.debug("plugin class {} found again: counted once", c.type());
          }
        }
      }
      PluginLoader.Result r = PluginLoader.load(candidates);
      return new Terrain(r.registry(), r.reports());
    }
  }
}
