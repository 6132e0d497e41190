package be.terrain.platform.internal;

import be.terrain.core.CodeRegistry;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.DistributionRuleKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is registered: the code lists, core's extensions and the other modules' extensions by point
 * and key, in registration order, with the plugin that registered each. Mutable while loading; a
 * plugin's staging works on a {@link #copy()}.
 */
public final class Registry {
  CodeRegistry codes;
  final LinkedHashMap<String, DatasetRule> rules;
  final LinkedHashMap<String, String> problemCodes;
  final LinkedHashMap<String, DistributionRuleKind> kinds;
  final LinkedHashMap<String, DatasetFormat> datasetFormats;

  /** Other modules' extensions: point, then key, to the extension. */
  final LinkedHashMap<String, LinkedHashMap<String, Object>> points;

  /** Who registered what: "point key" to plugin id. */
  final LinkedHashMap<String, String> owners;

  Registry() {
    this.codes = CodeRegistry.standard();
    this.rules = new LinkedHashMap<>();
    this.problemCodes = new LinkedHashMap<>();
    this.kinds = new LinkedHashMap<>();
    this.datasetFormats = new LinkedHashMap<>();
    this.points = new LinkedHashMap<>();
    this.owners = new LinkedHashMap<>();
  }

  private Registry(Registry o) {
    this.codes = o.codes;
    this.rules = new LinkedHashMap<>(o.rules);
    this.problemCodes = new LinkedHashMap<>(o.problemCodes);
    this.kinds = new LinkedHashMap<>(o.kinds);
    this.datasetFormats = new LinkedHashMap<>(o.datasetFormats);
    this.points = new LinkedHashMap<>();
    o.points.forEach((k, v) -> points.put(k, new LinkedHashMap<>(v)));
    this.owners = new LinkedHashMap<>(o.owners);
  }

  Registry copy() {
    return new Registry(this);
  }

  /** The merged code lists. */
  public CodeRegistry codes() {
    return codes;
  }

  /** Dataset rules by id. */
  public Map<String, DatasetRule> rules() {
    return rules;
  }

  /** Distribution rule kinds by id. */
  public Map<String, DistributionRuleKind> kinds() {
    return kinds;
  }

  /** Dataset formats by name. */
  public Map<String, DatasetFormat> datasetFormats() {
    return datasetFormats;
  }

  /** Another module's extensions at a point, by key (empty when none). */
  public Map<String, Object> point(String point) {
    return points.getOrDefault(point, new LinkedHashMap<>());
  }

  /** Every point with extensions. */
  public Map<String, ? extends Map<String, Object>> points() {
    return points;
  }
}
