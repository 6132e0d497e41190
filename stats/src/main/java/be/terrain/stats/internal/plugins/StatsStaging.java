package be.terrain.stats.internal.plugins;

import static be.terrain.stats.internal.plugins.StatsExtension.DEFINITION;
import static be.terrain.stats.internal.plugins.StatsExtension.DIMENSION;
import static be.terrain.stats.internal.plugins.StatsExtension.REPORT_FORMAT;
import static be.terrain.stats.internal.plugins.StatsExtension.TABLE;
import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeList;
import be.terrain.platform.spi.ExtensionStaging;
import be.terrain.stats.Dimension;
import be.terrain.stats.Population;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.TableSpec;
import be.terrain.stats.spi.ReportFormat;
import be.terrain.stats.spi.StatsPluginContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The report's extension points for one plugin, staged into the platform's {@link
 * ExtensionStaging}: a clash or a registration that the report cannot use is recorded there, never
 * thrown at the plugin.
 */
final class StatsStaging implements StatsPluginContext {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern FORMAT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private final ExtensionStaging staging;

  StatsStaging(ExtensionStaging staging) {
    this.staging = staging;
  }

  @Override
  public StatsPluginContext addDimension(Dimension dimension) {
    requireNonNull(dimension, "dimension");
    String id = dimension.id();
    if (id == null || id.isBlank() || dimension.subject() == null || dimension.codeList() == null) {
      staging.unusable("a dimension without id, subject or code list: " + dimension);
      return this;
    }
    String key = StatsExtension.dimensionKey(dimension.subject(), id);
    String clash = "dimension '" + id + "' of " + dimension.subject() + " is already registered";
    if (staging.add(DIMENSION, key, dimension, id + " (" + dimension.subject() + ")", clash)) {
      staging.afterRegistering(() -> checkDimension("dimension '" + id + "'", dimension));
    }
    return this;
  }

  @Override
  public StatsPluginContext addTableSpec(TableSpec table) {
    requireNonNull(table, "table");
    String clash = "table '" + table.id() + "' is already registered";
    if (staging.add(TABLE, table.id(), table, table.id(), clash)) {
      staging.afterRegistering(() -> checkTable("table '" + table.id() + "'", table));
    }
    return this;
  }

  @Override
  public StatsPluginContext addReportDefinition(String name, ReportDefinition definition) {
    requireNonNull(name, "name");
    requireNonNull(definition, "definition");
    if (!NAME.matcher(name).matches()) {
      staging.unusable(
          "report definition name '" + name + "' is not 1 to 64 characters of a-z 0-9 . _ -");
      return this;
    }
    String listed = name + " (" + definition.tables().size() + " tables)";
    String clash = "report definition '" + name + "' is already registered";
    if (staging.add(DEFINITION, name, definition, listed, clash)) {
      staging.afterRegistering(
          () -> {
            for (TableSpec t : definition.tables()) {
              checkTable("report definition '" + name + "', table '" + t.id() + "'", t);
            }
          });
    }
    return this;
  }

  @Override
  public StatsPluginContext addReportFormat(ReportFormat format) {
    requireNonNull(format, "format");
    String name = format.name();
    String ext = format.fileExtension();
    if (name == null || !FORMAT_NAME.matcher(name).matches()) {
      staging.unusable(
          "report format name '"
              + name
              + "' is not 1 to 32 characters of a-z 0-9 - starting with a letter");
    } else if (ext == null || !ext.matches("\\.[A-Za-z0-9]+")) {
      staging.unusable(
          "report format '"
              + name
              + "': file extension '"
              + ext
              + "' is not a dot and letters or digits");
    } else {
      staging.add(
          REPORT_FORMAT, name, format, name, "report format '" + name + "' is already registered");
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
          && !staging.codes().list(c.dimension().codeList()).contains(c.code())) {
        staging.unusable(
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
    Optional<CodeList> list = staging.codes().find(d.codeList());
    if (list.isEmpty()) {
      staging.unusable(
          what
              + ": dimension '"
              + d.id()
              + "' reads code list '"
              + d.codeList()
              + "', which is not registered");
      return false;
    }
    if (d.multiValued() && list.get().size() > 64) {
      staging.unusable(
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
