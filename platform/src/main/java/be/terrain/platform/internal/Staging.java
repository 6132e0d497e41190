package be.terrain.platform.internal;

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
import be.terrain.platform.PluginReport.Contribution;
import be.terrain.platform.spi.ExtensionProvider;
import be.terrain.platform.spi.ExtensionStaging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The context one plugin registers into: applies each registration to its own copy of the registry
 * at once (so that later calls see earlier ones, and {@link #codes()} is current), and records what
 * clashes or cannot be used instead of throwing. The loader keeps the copy only when nothing was
 * recorded. Closed once the plugin's {@code register} returns.
 */
final class Staging implements PluginContext, ExtensionStaging {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  static final Pattern FORMAT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private final String pluginId;
  private final Registry state;
  private final List<String> clashes = new ArrayList<>();
  private final List<String> unusable = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<Runnable> finalChecks = new ArrayList<>();
  private boolean closed;

  private final Map<Class<?>, ExtensionProvider> providers;
  private final Map<Class<?>, Object> contexts = new HashMap<>();

  Staging(String pluginId, Registry state, Map<Class<?>, ExtensionProvider> providers) {
    this.pluginId = pluginId;
    this.state = state;
    this.providers = providers;
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
   * code lists the extensions of other modules need.
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
    ExtensionProvider provider = providers.get(type);
    if (provider == null) {
      return Optional.empty();
    }
    return Optional.of(type.cast(contexts.computeIfAbsent(type, t -> provider.open(this))));
  }

  // --- other modules' extension points

  @Override
  public Map<String, Object> registered(String point) {
    return Collections.unmodifiableMap(state.point(requireNonNull(point, "point")));
  }

  @Override
  public boolean add(String point, String key, Object value, String name, String clash) {
    open();
    String owned = point + " " + key;
    LinkedHashMap<String, Object> at =
        state.points.computeIfAbsent(point, p -> new LinkedHashMap<>());
    if (at.containsKey(key)) {
      clashes.add(clash + owner(owned));
      return false;
    }
    at.put(key, requireNonNull(value, "value"));
    own(owned, new Contribution(point, name));
    return true;
  }

  @Override
  public void unusable(String why) {
    unusable.add(requireNonNull(why, "why"));
  }

  @Override
  public void afterRegistering(Runnable check) {
    open();
    finalChecks.add(requireNonNull(check, "check"));
  }
}
