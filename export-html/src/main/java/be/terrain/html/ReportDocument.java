package be.terrain.html;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Antenna;
import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.TableSpec;
import be.terrain.stats.quality.QualityReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a report document shows: a computed {@link Report} with what it does not carry itself — the
 * language, the tables' titles and kinds (from the report's definition), the codes' labels (from
 * the code lists), the names of the organisation and antennas (from the dataset) and, when given,
 * the data-quality report the document opens with. Immutable; build it with {@link
 * #builder(Report)}.
 *
 * <pre>{@code
 * ReportDocument doc = ReportDocument.builder(report).dataset(dataset).language(Language.NL).build();
 * HtmlReport.write(doc, out);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportDocument {
  private final Report report;
  private final Language language;
  private final ReportDefinition definition;
  private final CodeRegistry codes;
  private final Optional<String> organisationName;
  private final Map<String, String> antennaNames;
  private final Optional<QualityReport> quality;

  private ReportDocument(Builder b) {
    this.report = b.report;
    this.language = b.language != null ? b.language : b.report.language().orElse(Language.FR);
    this.definition = b.definition;
    this.codes = b.codes;
    this.organisationName = Optional.ofNullable(b.organisationName);
    this.antennaNames = Map.copyOf(b.antennaNames);
    this.quality = Optional.ofNullable(b.quality);
  }

  /**
   * A builder: by default French (or the report's label language), the standard definition's
   * titles, the standard code lists, ids for names and no quality section.
   */
  public static Builder builder(Report report) {
    return new Builder(requireNonNull(report, "report"));
  }

  /** The report. */
  public Report report() {
    return report;
  }

  /** The document's language. */
  public Language language() {
    return language;
  }

  /** The data-quality report the document opens with, if given. */
  public Optional<QualityReport> quality() {
    return quality;
  }

  /** The organisation's name, else its id. */
  public String organisationName() {
    return organisationName.orElse(report.organisation());
  }

  /** A scope's name: the organisation's, the province's or the antenna's (else its id). */
  public String scopeName(Scope scope) {
    return switch (scope.level()) {
      case ORGANISATION -> organisationName();
      case PROVINCE -> be.terrain.html.internal.DocWords.province(scope.id(), language);
      case ANTENNA -> antennaNames.getOrDefault(scope.id(), scope.id());
    };
  }

  /** The table's title in the document's language, else its id. */
  public String title(String tableId) {
    return spec(tableId).flatMap(s -> s.title(language)).orElse(tableId);
  }

  /** The table's spec in the definition, if it has one. */
  public Optional<TableSpec> spec(String tableId) {
    return definition.table(tableId);
  }

  /**
   * Whether the table's rows may add up to more than n (multi-valued dimension, or persons counted
   * per record code).
   */
  public boolean rowsMayExceedN(String tableId) {
    return spec(tableId).map(s -> !s.rowsAddUpToN()).orElse(false);
  }

  /**
   * A row's label: the report's, else the code list's in the document's language, else its code.
   */
  public String label(ReportTable table, ReportRow row) {
    if (row.label().isPresent() && report.language().equals(Optional.of(language))) {
      return row.label().get();
    }
    return codeList(table.id())
        .flatMap(l -> l.find(row.code()))
        .map(c -> c.label(language))
        .orElse(row.label().orElse(row.code()));
  }

  /**
   * A code's position in its list (the same for every scope and period, so the same colour), or -1
   * when the list is not known.
   */
  public int codeIndex(String tableId, String code) {
    return codeList(tableId).map(l -> l.indexOf(code)).orElse(-1);
  }

  /** Whether the code is its list's UNKNOWN. */
  public static boolean isUnknown(String code) {
    return Code.UNKNOWN.equals(code);
  }

  /** The tables of the report in the definition's order, then the others by id. */
  public List<String> tableOrder() {
    List<String> ids = new java.util.ArrayList<>();
    definition.tables().forEach(t -> ids.add(t.id()));
    report.tables().stream()
        .map(ReportTable::id)
        .distinct()
        .filter(id -> !ids.contains(id))
        .forEach(ids::add);
    ids.retainAll(report.tables().stream().map(ReportTable::id).toList());
    return List.copyOf(ids);
  }

  private Optional<CodeList> codeList(String tableId) {
    return spec(tableId).flatMap(s -> codes.find(s.dimension().codeList()));
  }

  /** Builds a {@link ReportDocument}. */
  public static final class Builder {
    private final Report report;
    private Language language;
    private ReportDefinition definition = ReportDefinition.standard();
    private CodeRegistry codes = CodeRegistry.standard();
    private String organisationName;
    private final Map<String, String> antennaNames = new HashMap<>();
    private QualityReport quality;

    private Builder(Report report) {
      this.report = report;
    }

    /** The document's language (default: the report's label language, else French). */
    public Builder language(Language l) {
      this.language = requireNonNull(l, "language");
      return this;
    }

    /** The report's definition, whose tables give their titles (a plugin's too). */
    public Builder definition(ReportDefinition d) {
      this.definition = requireNonNull(d, "definition");
      return this;
    }

    /** The code lists the labels come from (default: the standard ones). */
    public Builder codes(CodeRegistry c) {
      this.codes = requireNonNull(c, "codes");
      return this;
    }

    /** The dataset the report was computed from: its code lists and names. */
    public Builder dataset(Dataset dataset) {
      requireNonNull(dataset, "dataset");
      this.codes = dataset.codes();
      this.organisationName = dataset.organisation().name();
      for (Antenna a : dataset.antennas()) {
        antennaNames.put(a.id(), a.name());
      }
      return this;
    }

    /** The names of another document's organisation and antennas, and its code lists. */
    public Builder names(ReportDocument other) {
      requireNonNull(other, "other");
      this.codes = other.codes;
      this.definition = other.definition;
      this.organisationName = other.organisationName.orElse(null);
      this.antennaNames.putAll(other.antennaNames);
      return this;
    }

    /** The data-quality report the document opens with. */
    public Builder quality(QualityReport q) {
      this.quality = requireNonNull(q, "quality");
      return this;
    }

    /** The document. */
    public ReportDocument build() {
      return new ReportDocument(this);
    }
  }
}
