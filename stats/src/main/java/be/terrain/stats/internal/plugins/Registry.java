package be.terrain.stats.internal.plugins;

import be.terrain.core.CodeRegistry;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.stats.Dimension;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import be.terrain.stats.spi.ReportFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is registered: the code lists and every extension by its key, in registration order, with
 * the plugin that registered each. Mutable while loading; a plugin's staging works on a {@link
 * #copy()}.
 */
public final class Registry {
  CodeRegistry codes;
  final LinkedHashMap<String, DatasetRule> rules;
  final LinkedHashMap<String, String> problemCodes;
  final LinkedHashMap<String, DistributionRuleKind> kinds;
  final LinkedHashMap<String, DatasetFormat> datasetFormats;
  final LinkedHashMap<String, ReportFormat> reportFormats;
  final LinkedHashMap<String, Dimension> dimensions;
  final LinkedHashMap<String, TableSpec> tables;
  final LinkedHashMap<String, ReportDefinition> definitions;

  /** Who registered what: "point key" to plugin id. */
  final LinkedHashMap<String, String> owners;

  Registry() {
    this.codes = CodeRegistry.standard();
    this.rules = new LinkedHashMap<>();
    this.problemCodes = new LinkedHashMap<>();
    this.kinds = new LinkedHashMap<>();
    this.datasetFormats = new LinkedHashMap<>();
    this.reportFormats = new LinkedHashMap<>();
    this.dimensions = new LinkedHashMap<>();
    this.tables = new LinkedHashMap<>();
    this.definitions = new LinkedHashMap<>();
    this.owners = new LinkedHashMap<>();
  }

  private Registry(Registry o) {
    this.codes = o.codes;
    this.rules = new LinkedHashMap<>(o.rules);
    this.problemCodes = new LinkedHashMap<>(o.problemCodes);
    this.kinds = new LinkedHashMap<>(o.kinds);
    this.datasetFormats = new LinkedHashMap<>(o.datasetFormats);
    this.reportFormats = new LinkedHashMap<>(o.reportFormats);
    this.dimensions = new LinkedHashMap<>(o.dimensions);
    this.tables = new LinkedHashMap<>(o.tables);
    this.definitions = new LinkedHashMap<>(o.definitions);
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

  /** Report formats by name. */
  public Map<String, ReportFormat> reportFormats() {
    return reportFormats;
  }

  /** Dimensions by {@link #dimensionKey}. */
  public Map<String, Dimension> dimensions() {
    return dimensions;
  }

  /** Table specs by id. */
  public Map<String, TableSpec> tables() {
    return tables;
  }

  /** Report definitions by name. */
  public Map<String, ReportDefinition> definitions() {
    return definitions;
  }

  /** The key of a dimension: its subject and id. */
  public static String dimensionKey(be.terrain.stats.Subject subject, String id) {
    return subject.name() + ":" + id;
  }
}
