package be.terrain.platform;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.ValidationResult;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.ReadOptions;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.platform.internal.FormatFinder;
import be.terrain.platform.internal.MissingFormat;
import be.terrain.platform.internal.PluginLoader;
import be.terrain.platform.internal.PluginSources;
import be.terrain.platform.internal.Registry;
import be.terrain.platform.internal.RuleKindRunner;
import be.terrain.platform.internal.Versions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Terrain with its plugins: the one entry point that merges what Terrain's modules and plugins
 * register — code lists, dataset rules, distribution rule kinds, dataset formats, and the
 * extensions of other modules (the statistics module's dimensions, tables, report definitions and
 * report formats, read through {@code be.terrain.stats.Reports}) — reads datasets through the
 * registered formats, validates with every rule, checks a ledger against every distribution rule
 * and rule kind ({@link #check}), and says which plugins were loaded and which refused. Immutable
 * and thread-safe once built.
 *
 * <pre>{@code
 * Terrain terrain = Terrain.builder()
 *     .findPlugins()                 // opt-in: ServiceLoader on the class path (CSV, JSON, yours)
 *     .add(new MyPlugin())           // or by hand
 *     .build();                      // never throws because of a plugin: see plugins()
 * ReadResult read = terrain.read(Path.of("data"), LocalDate.now());   // every rule, plugins' too
 * Report report = Reports.of(terrain).compute(read.orThrow(), "fdss-2020", options);
 * RulesCheck ledger = terrain.check(read.orThrow(), rules, LocalDate.now()); // rules and kinds
 * }</pre>
 *
 * <p>A module above the platform offers its extension points through an {@link
 * be.terrain.platform.spi.ExtensionProvider} found on the class path, with its built-in plugins
 * (the statistics module's standard report, {@code terrain-stats}), which are always loaded. The
 * CSV and JSON formats are plugins of their modules ({@code terrain-csv}, {@code terrain-json}),
 * found by {@link Builder#findPlugins()} or added by hand. The platform needs neither the
 * statistics nor a file format: a validation-only application depends on it and a format.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Terrain {
  /**
   * The SPI version this Terrain implements ({@link TerrainPlugin#SPI_VERSION}): a plugin built for
   * another major version is refused.
   */
  public static final String SPI_VERSION = TerrainPlugin.SPI_VERSION;

  private final CodeRegistry codes;
  private final List<DatasetRule> rules;
  private final List<DistributionRuleKind> kinds;
  private final Map<String, DatasetFormat> datasetFormats;
  private final Map<String, Map<String, Object>> extensions;
  private final List<PluginReport> plugins;
  private final boolean searched;

  private Terrain(Registry r, List<PluginReport> plugins, boolean searched) {
    this.codes = r.codes();
    this.rules = List.copyOf(r.rules().values());
    this.kinds = List.copyOf(r.kinds().values());
    this.datasetFormats = unmodifiable(r.datasetFormats());
    Map<String, Map<String, Object>> ext = new LinkedHashMap<>();
    r.points().forEach((point, values) -> ext.put(point, unmodifiable(values)));
    this.extensions = Collections.unmodifiableMap(ext);
    this.plugins = List.copyOf(plugins);
    this.searched = searched;
  }

  private static <V> Map<String, V> unmodifiable(Map<String, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /** {@return a builder: Terrain's built-ins, and what is then found or added} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a Terrain with its built-ins only: no discovery, no plugin} */
  public static Terrain standard() {
    return StandardHolder.STANDARD;
  }

  private static final class StandardHolder {
    static final Terrain STANDARD = builder().build();
  }

  /** {@return Terrain's own version, e.g. {@code 0.1.0}} */
  public static String version() {
    return Versions.terrain();
  }

  /** {@return the merged code lists: the standard ones with the plugins' lists and codes} */
  public CodeRegistry codes() {
    return codes;
  }

  /** {@return the plugins' dataset rules, in registration order} */
  public List<DatasetRule> datasetRules() {
    return rules;
  }

  /**
   * Validates a dataset with every rule: Terrain's ({@link Dataset#validateWithoutPlugins}), then
   * the plugins' ({@link Dataset#checkRules}), in registration order. Build the dataset with {@link
   * #codes()} so that the plugins' codes are known.
   *
   * @param dataset the dataset to check
   * @param today the day of the check: a date after it is in the future
   * @return every problem found, Terrain's first
   */
  public ValidationResult validate(Dataset dataset, LocalDate today) {
    ValidationResult own =
        requireNonNull(dataset, "dataset").validateWithoutPlugins(requireNonNull(today, "today"));
    return own.followedBy(dataset.checkRulesCounted(today, rules));
  }

  /**
   * Reads a dataset in a named format with the merged code lists, and adds the plugins' rules'
   * problems to the format's. Never throws on bad input.
   *
   * @param source the file or folder to read
   * @param format the name of a registered dataset format, e.g. {@code csv}
   * @param today the day the input was read: a date after it is in the future
   * @return the dataset and every problem found in it
   * @throws IllegalArgumentException when no dataset format has that name
   */
  public ReadResult read(Path source, String format, LocalDate today) {
    return read(source, format, today, Map.of());
  }

  /**
   * Reads a dataset in a named format with settings for the format (e.g. {@code dialect} for the
   * CSV format).
   *
   * @param source the file or folder to read
   * @param format the name of a registered dataset format, e.g. {@code csv}
   * @param today the day the input was read: a date after it is in the future
   * @param settings the format's settings, by name; a format ignores those it does not know
   * @return the dataset and every problem found in it
   * @throws IllegalArgumentException when no dataset format has that name
   */
  public ReadResult read(
      Path source, String format, LocalDate today, Map<String, String> settings) {
    return read(source, datasetFormat(format), today, settings);
  }

  /**
   * Reads a dataset in the format its path calls for ({@link #findFormatFor}).
   *
   * @param source the file or folder to read
   * @param today the day the input was read: a date after it is in the future
   * @return the dataset and every problem found in it
   * @throws IllegalArgumentException when no registered format reads such a path
   */
  public ReadResult read(Path source, LocalDate today) {
    return read(source, today, Map.of());
  }

  /**
   * Reads a dataset in the format its path calls for ({@link #findFormatFor}), with settings for
   * the format.
   *
   * @param source the file or folder to read
   * @param today the day the input was read: a date after it is in the future
   * @param settings the format's settings, by name; a format ignores those it does not know
   * @return the dataset and every problem found in it
   * @throws IllegalArgumentException when no registered format reads such a path
   */
  public ReadResult read(Path source, LocalDate today, Map<String, String> settings) {
    DatasetFormat f =
        findFormatFor(source)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        MissingFormat.forPath(source, datasetFormats.keySet(), searched, plugins)));
    return read(source, f, today, settings);
  }

  private ReadResult read(
      Path source, DatasetFormat format, LocalDate today, Map<String, String> settings) {
    requireNonNull(source, "source");
    requireNonNull(today, "today");
    return withRules(format.read(source, new ReadOptions(codes, today, settings)), today);
  }

  /**
   * A reader's result with the plugins' dataset rules' problems added after the reader's, for
   * applications that read with a reader of their own (built with {@link #codes()}).
   *
   * @param read what the reader gave
   * @param today the day the input was read
   * @return the same dataset, its problems followed by those of the plugins' rules
   */
  public ReadResult withRules(ReadResult read, LocalDate today) {
    requireNonNull(read, "read");
    requireNonNull(today, "today");
    if (rules.isEmpty()) {
      return read;
    }
    return new ReadResult(
        read.dataset(),
        read.validation().followedBy(read.dataset().checkRulesCounted(today, rules)));
  }

  /** {@return the dataset formats, by name, in registration order} */
  public Map<String, DatasetFormat> datasetFormats() {
    return datasetFormats;
  }

  /**
   * {@return the dataset format of that name, if registered}
   *
   * @param name the format's name, e.g. {@code csv}
   */
  public Optional<DatasetFormat> findDatasetFormat(String name) {
    return Optional.ofNullable(datasetFormats.get(requireNonNull(name, "name")));
  }

  /**
   * {@return the dataset format of that name}
   *
   * @param name the format's name, e.g. {@code csv}
   * @throws IllegalArgumentException when none has that name; the message names the artifact that
   *     brings Terrain's own formats ({@code terrain-export-csv}, {@code terrain-export-json}), and
   *     the call {@link Builder#findPlugins()} when it was not made
   */
  public DatasetFormat datasetFormat(String name) {
    return findDatasetFormat(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    MissingFormat.forName(name, datasetFormats.keySet(), searched, plugins)));
  }

  /**
   * The format a path calls for: for a folder, the first folder format registered (the CSV one);
   * for a file, the first whose file extension ends its name (in any case); for another file, the
   * format that {@linkplain DatasetFormat#recognises recognises} its first bytes most surely.
   *
   * @param source the file or folder to read
   * @return the format, or empty when no registered format reads it
   */
  public Optional<DatasetFormat> findFormatFor(Path source) {
    return FormatFinder.find(datasetFormats.values(), requireNonNull(source, "source"));
  }

  /**
   * What plugins registered at another module's extension point, by key, in registration order:
   * e.g. the statistics module's {@code report-definition}s, read through {@code
   * be.terrain.stats.Reports}. Empty when the module is absent or nothing was registered there.
   *
   * @param point the extension point
   * @param type the type of its extensions
   * @param <T> the type of its extensions
   * @return the extensions by key, unmodifiable
   * @throws ClassCastException when an extension at that point is not of that type
   */
  public <T> Map<String, T> extensions(String point, Class<T> type) {
    Map<String, Object> at = extensions.getOrDefault(requireNonNull(point, "point"), Map.of());
    Map<String, T> out = new LinkedHashMap<>();
    at.forEach((k, v) -> out.put(k, type.cast(v)));
    return Collections.unmodifiableMap(out);
  }

  /** {@return the plugins' distribution rule kinds, in registration order} */
  public List<DistributionRuleKind> ruleKinds() {
    return kinds;
  }

  /**
   * The ledger check: a dataset's distribution ledger against every rule of a rule set ({@link
   * RulesCheck#of(Dataset, RuleSet, LocalDate)}) and every registered distribution rule kind, as of
   * one date, in one result. The kinds' results ({@link RulesCheck#ruleKinds()}) are present
   * exactly when kinds are registered, so that a Terrain without them gives the rules' check
   * unchanged. A kind that throws is reported ({@code TER-0510}) and the others still run.
   *
   * @param dataset the dataset (it should validate)
   * @param rules the rules
   * @param asOf the date of the check (capped at each rule's {@code valid_to})
   * @return the check of every rule and every rule kind
   */
  public RulesCheck check(Dataset dataset, RuleSet rules, LocalDate asOf) {
    RulesCheck check = RulesCheck.of(dataset, rules, asOf);
    return kinds.isEmpty() ? check : check.withRuleKinds(RuleKindRunner.run(kinds, dataset, asOf));
  }

  /**
   * {@return every plugin found or added, loaded or refused, with what it registered or why it was
   * refused}: loaded ones (and ones refused while registering) in loading order (priority, then id:
   * Terrain's built-ins, of priority 1000, first), then those refused before registering (not
   * loadable, malformed, incompatible, duplicate) in the order found.
   */
  public List<PluginReport> plugins() {
    return plugins;
  }

  /**
   * {@return whether plugins were searched for ({@link Builder#findPlugins()})}: error messages
   * then name the missing artifact rather than the call.
   */
  public boolean searchedForPlugins() {
    return searched;
  }

  /** {@return the plugins that were refused, with why} */
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
    private final PluginSources sources = new PluginSources();
    private boolean searched;

    private Builder() {}

    /**
     * Finds plugins with {@link java.util.ServiceLoader} on the thread's context class loader (or
     * Terrain's, when it has none): every jar listing a class in {@code
     * META-INF/services/be.terrain.core.spi.TerrainPlugin}.
     *
     * @return this builder
     */
    public Builder findPlugins() {
      ClassLoader l = Thread.currentThread().getContextClassLoader();
      return findPlugins(l != null ? l : Terrain.class.getClassLoader());
    }

    /**
     * Finds plugins with a class loader, e.g. one over the jars of a plugin folder.
     *
     * @param loader where to look (its parents included)
     * @return this builder
     */
    public Builder findPlugins(ClassLoader loader) {
      sources.discover(requireNonNull(loader, "loader"));
      searched = true;
      return this;
    }

    /**
     * Adds a plugin by hand.
     *
     * @param plugin the plugin, loaded with the others by {@link #build()}
     * @return this builder
     */
    public Builder add(TerrainPlugin plugin) {
      sources.add(requireNonNull(plugin, "plugin"));
      return this;
    }

    /**
     * Loads the plugins. Never throws because of a plugin: those that cannot be loaded are in
     * {@link Terrain#plugins()} with the reason.
     *
     * @return the Terrain of the built-ins and the plugins that loaded
     */
    public Terrain build() {
      PluginLoader.Result r = sources.load(Terrain.class.getClassLoader());
      return new Terrain(r.registry(), r.reports(), searched);
    }
  }
}
