package be.terrain.stats.internal.plugins;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.ProblemCode;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.stats.Dimension;
import be.terrain.stats.PluginReport.Contribution;
import be.terrain.stats.Population;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import be.terrain.stats.spi.ReportFormat;
import be.terrain.stats.spi.StatsPluginContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The context one plugin registers into: applies each registration to its own copy of the registry
 * at once (so that later calls see earlier ones, and {@link #codes()} is current), and records what
 * clashes or cannot be used instead of throwing. The loader keeps the copy only when nothing was
 * recorded. Closed once the plugin's {@code register} returns.
 */
final class Staging implements PluginContext, StatsPluginContext {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final Pattern FORMAT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private final String pluginId;
  private final Registry state;
  private final List<String> clashes = new ArrayList<>();
  private final List<String> unusable = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<Runnable> finalChecks = new ArrayList<>();
  private boolean closed;

  Staging(String pluginId, Registry state) {
    this.pluginId = pluginId;
    this.state = state;
  }

  Registry state() {
    return state;
  }

  List<String> clashes() {
    return clashes;
  }

  List<String> unusable() {
    return unusable;
  }

  List<Contribution> contributions() {
    return contributions;
  }

  /**
   * Closes the context and checks what could only be checked once everything was registered: the
   * code lists the plugin's dimensions, tables and definitions need.
   */
  void finish() {
    closed = true;
    finalChecks.forEach(Runnable::run);
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException(
          "plugin "
              + pluginId
              + ": the plugin context is closed once register(context) has returned");
    }
  }

  private String owner(String key) {
    String o = state.owners.get(key);
    return o == null ? "" : o.equals(pluginId) ? " (by this plugin)" : " (by plugin " + o + ")";
  }

  private void own(String key, Contribution what) {
    state.owners.put(key, pluginId);
    contributions.add(what);
  }

  // --- core extension points

  @Override
  public String pluginId() {
    return pluginId;
  }

  @Override
  public String spiVersion() {
    return TerrainPlugin.SPI_VERSION;
  }

  @Override
  public CodeRegistry codes() {
    return state.codes;
  }

  @Override
  public PluginContext addCodeList(CodeList list) {
    open();
    requireNonNull(list, "list");
    if (state.codes.find(list.id()).isPresent()) {
      clashes.add("code list '" + list.id() + "' is already registered" + listOwner(list.id()));
      return this;
    }
    state.codes = state.codes.toBuilder().addList(list).build();
    own("code-list " + list.id(), new Contribution("code-list", list.id()));
    return this;
  }

  private String listOwner(String listId) {
    return CodeRegistry.standard().find(listId).isPresent()
        ? " (a standard list)"
        : owner("code-list " + listId);
  }

  @Override
  public PluginContext addCodes(String listId, List<Code> codes) {
    open();
    requireNonNull(listId, "listId");
    List<Code> list = List.copyOf(codes);
    Optional<CodeList> current = state.codes.find(listId);
    if (current.isEmpty()) {
      unusable.add("codes for list '" + listId + "', which is not registered");
      return this;
    }
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Code c : list) {
      if (!c.list().equals(listId)) {
        unusable.add(
            "code '" + c.code() + "' of list '" + c.list() + "' added to list '" + listId + "'");
        ok = false;
      } else if (current.get().contains(c.code())) {
        String who =
            CodeRegistry.standard().find(listId).map(l -> l.contains(c.code())).orElse(false)
                ? " (a standard code)"
                : owner("code " + listId + " " + c.code());
        clashes.add("code '" + c.code() + "' is already in list '" + listId + "'" + who);
        ok = false;
      } else if (!seen.add(c.code())) {
        clashes.add("code '" + c.code() + "' is added twice to list '" + listId + "'");
        ok = false;
      }
    }
    if (ok && !list.isEmpty()) {
      state.codes = state.codes.toBuilder().addCodes(listId, list).build();
      for (Code c : list) {
        state.owners.put("code " + listId + " " + c.code(), pluginId);
      }
      contributions.add(
          new Contribution(
              "codes", listId + ": " + String.join(", ", list.stream().map(Code::code).toList())));
    }
    return this;
  }

  @Override
  public PluginContext addDatasetRule(DatasetRule rule) {
    open();
    requireNonNull(rule, "rule");
    String id = rule.id();
    if (id == null || !ID.matcher(id).matches()) {
      unusable.add("dataset rule id '" + id + "' is not 1 to 64 characters of a-z 0-9 . _ -");
      return this;
    }
    if (state.rules.containsKey(id)) {
      clashes.add("dataset rule '" + id + "' is already registered" + owner("dataset-rule " + id));
      return this;
    }
    List<ProblemCode> codes = rule.problemCodes();
    if (codes == null) {
      unusable.add("dataset rule '" + id + "' gives no list of problem codes");
      return this;
    }
    boolean ok = true;
    for (ProblemCode c : codes) {
      String owner = state.problemCodes.get(c.code());
      if (c.code().startsWith("TER-")) {
        clashes.add(
            "dataset rule '" + id + "': problem code " + c.code() + " has Terrain's prefix TER-");
        ok = false;
      } else if (owner != null && !owner.equals(pluginId)) {
        clashes.add(
            "dataset rule '" + id + "': problem code " + c.code() + " is plugin " + owner + "'s");
        ok = false;
      }
    }
    if (ok) {
      state.rules.put(id, rule);
      codes.forEach(c -> state.problemCodes.put(c.code(), pluginId));
      own("dataset-rule " + id, new Contribution("dataset-rule", id));
    }
    return this;
  }

  @Override
  public PluginContext addDistributionRuleKind(DistributionRuleKind kind) {
    open();
    requireNonNull(kind, "kind");
    String id = kind.id();
    if (id == null || !ID.matcher(id).matches()) {
      unusable.add(
          "distribution rule kind id '" + id + "' is not 1 to 64 characters of a-z 0-9 . _ -");
    } else if (state.kinds.containsKey(id)) {
      clashes.add(
          "distribution rule kind '" + id + "' is already registered" + owner("rule-kind " + id));
    } else {
      state.kinds.put(id, kind);
      own("rule-kind " + id, new Contribution("rule-kind", id));
    }
    return this;
  }

  @Override
  public PluginContext addDatasetFormat(DatasetFormat format) {
    open();
    requireNonNull(format, "format");
    String name = format.name();
    Optional<String> ext = format.fileExtension();
    if (name == null || !FORMAT_NAME.matcher(name).matches()) {
      unusable.add(
          "dataset format name '"
              + name
              + "' is not 1 to 32 characters of a-z 0-9 - starting with a letter");
    } else if (ext == null || ext.map(e -> !e.matches("\\.[A-Za-z0-9]+")).orElse(false)) {
      unusable.add(
          "dataset format '"
              + name
              + "': file extension "
              + ext
              + " is not a dot and letters or digits");
    } else if (state.datasetFormats.containsKey(name)) {
      clashes.add(
          "dataset format '" + name + "' is already registered" + owner("dataset-format " + name));
    } else {
      state.datasetFormats.put(name, format);
      own("dataset-format " + name, new Contribution("dataset-format", name));
    }
    return this;
  }

  @Override
  public <T> Optional<T> extension(Class<T> type) {
    requireNonNull(type, "type");
    return type == StatsPluginContext.class ? Optional.of(type.cast(this)) : Optional.empty();
  }

  // --- the report's extension points

  @Override
  public StatsPluginContext addDimension(Dimension dimension) {
    open();
    requireNonNull(dimension, "dimension");
    String id = dimension.id();
    if (id == null || id.isBlank() || dimension.subject() == null || dimension.codeList() == null) {
      unusable.add("a dimension without id, subject or code list: " + dimension);
      return this;
    }
    String key = Registry.dimensionKey(dimension.subject(), id);
    if (state.dimensions.containsKey(key)) {
      clashes.add(
          "dimension '"
              + id
              + "' of "
              + dimension.subject()
              + " is already registered"
              + owner("dimension " + key));
      return this;
    }
    state.dimensions.put(key, dimension);
    own("dimension " + key, new Contribution("dimension", id + " (" + dimension.subject() + ")"));
    finalChecks.add(() -> checkDimension("dimension '" + id + "'", dimension));
    return this;
  }

  @Override
  public StatsPluginContext addTableSpec(TableSpec table) {
    open();
    requireNonNull(table, "table");
    if (state.tables.containsKey(table.id())) {
      clashes.add(
          "table '" + table.id() + "' is already registered" + owner("table " + table.id()));
      return this;
    }
    state.tables.put(table.id(), table);
    own("table " + table.id(), new Contribution("table", table.id()));
    finalChecks.add(() -> checkTable("table '" + table.id() + "'", table));
    return this;
  }

  @Override
  public StatsPluginContext addReportDefinition(String name, ReportDefinition definition) {
    open();
    requireNonNull(name, "name");
    requireNonNull(definition, "definition");
    if (!ID.matcher(name).matches()) {
      unusable.add(
          "report definition name '" + name + "' is not 1 to 64 characters of a-z 0-9 . _ -");
      return this;
    }
    if (state.definitions.containsKey(name)) {
      clashes.add(
          "report definition '"
              + name
              + "' is already registered"
              + owner("report-definition " + name));
      return this;
    }
    state.definitions.put(name, definition);
    own(
        "report-definition " + name,
        new Contribution(
            "report-definition", name + " (" + definition.tables().size() + " tables)"));
    finalChecks.add(
        () -> {
          for (TableSpec t : definition.tables()) {
            checkTable("report definition '" + name + "', table '" + t.id() + "'", t);
          }
        });
    return this;
  }

  @Override
  public StatsPluginContext addReportFormat(ReportFormat format) {
    open();
    requireNonNull(format, "format");
    String name = format.name();
    String ext = format.fileExtension();
    if (name == null || !FORMAT_NAME.matcher(name).matches()) {
      unusable.add(
          "report format name '"
              + name
              + "' is not 1 to 32 characters of a-z 0-9 - starting with a letter");
    } else if (ext == null || !ext.matches("\\.[A-Za-z0-9]+")) {
      unusable.add(
          "report format '"
              + name
              + "': file extension '"
              + ext
              + "' is not a dot and letters or digits");
    } else if (state.reportFormats.containsKey(name)) {
      clashes.add(
          "report format '" + name + "' is already registered" + owner("report-format " + name));
    } else {
      state.reportFormats.put(name, format);
      own("report-format " + name, new Contribution("report-format", name));
    }
    return this;
  }

  // --- what a report needs from the code lists

  private void checkTable(String what, TableSpec t) {
    checkDimension(what, t.dimension());
    checkPopulation(what, t.population());
  }

  private void checkPopulation(String what, Population p) {
    for (Population.Condition c : p.conditions()) {
      if (checkDimension(what, c.dimension())
          && !state.codes.list(c.dimension().codeList()).contains(c.code())) {
        unusable.add(
            what
                + ": population '"
                + p.id()
                + "' needs code '"
                + c.code()
                + "' of list '"
                + c.dimension().codeList()
                + "', which the list does not have");
      }
    }
    p.sources().forEach(s -> checkPopulation(what, s));
  }

  private boolean checkDimension(String what, Dimension d) {
    Optional<CodeList> list = state.codes.find(d.codeList());
    if (list.isEmpty()) {
      unusable.add(
          what
              + ": dimension '"
              + d.id()
              + "' reads code list '"
              + d.codeList()
              + "', which is not registered");
      return false;
    }
    if (d.multiValued() && list.get().size() > 64) {
      unusable.add(
          what
              + ": multi-valued dimension '"
              + d.id()
              + "' has "
              + list.get().size()
              + " codes, more than 64");
      return false;
    }
    return true;
  }
}
