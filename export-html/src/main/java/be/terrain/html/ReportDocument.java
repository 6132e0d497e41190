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
   *
   * @param report the computed report the document shows
   * @return a builder of a document of that report
   */
  public static Builder builder(Report report) {
    return new Builder(requireNonNull(report, "report"));
  }

  /** {@return the report the document shows} */
  public Report report() {
    return report;
  }

  /** {@return the document's language} */
  public Language language() {
    return language;
  }

  /** {@return the data-quality report the document opens with, if given} */
  public Optional<QualityReport> quality() {
    return quality;
  }

  /** {@return the organisation's name, else its id} */
  public String organisationName() {
    return organisationName.orElse(report.organisation());
  }

  /**
   * A scope's name: the organisation's, the province's or the antenna's (else its id).
   *
   * @param scope a scope of the report
   * @return its name, for titles
   */
  public String scopeName(Scope scope) {
    return switch (scope.level()) {
      case ORGANISATION -> organisationName();
      case PROVINCE -> be.terrain.html.internal.DocWords.province(scope.id(), language);
      case ANTENNA -> antennaNames.getOrDefault(scope.id(), scope.id());
    };
  }

  /**
   * The table's title in the document's language, else its id.
   *
   * @param tableId a table's id, e.g. {@code profile.sex}
   * @return its title
   */
  public String title(String tableId) {
    return spec(tableId).flatMap(s -> s.title(language)).orElse(tableId);
  }

  /**
   * The table's spec in the definition, if it has one.
   *
   * @param tableId a table's id, e.g. {@code profile.sex}
   * @return its spec, or empty for a table the definition does not have
   */
  public Optional<TableSpec> spec(String tableId) {
    return definition.table(tableId);
  }

  /**
   * Whether the table's rows may add up to more than n (multi-valued dimension, or persons counted
   * per record code).
   *
   * @param tableId a table's id, e.g. {@code profile.sex}
   * @return true when the document must say that rows may add up to more than n
   */
  public boolean rowsMayExceedN(String tableId) {
    return spec(tableId).map(s -> !s.rowsAddUpToN()).orElse(false);
  }

  /**
   * A row's label: the report's, else the code list's in the document's language, else its code.
   *
   * @param table the row's table
   * @param row the row
   * @return its label
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
   *
   * @param tableId a table's id, e.g. {@code profile.sex}
   * @param code a code of the table's list
   * @return its position from 0, or -1
   */
  public int codeIndex(String tableId, String code) {
    return codeList(tableId).map(l -> l.indexOf(code)).orElse(-1);
  }

  /**
   * Whether the code is its list's UNKNOWN.
   *
   * @param code a code
   * @return true for {@code UNKNOWN}, which documents show apart
   */
  public static boolean isUnknown(String code) {
    return Code.UNKNOWN.equals(code);
  }

  /** {@return the ids of the report's tables in the definition's order, then the others by id} */
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

    /**
     * The document's language (default: the report's label language, else French).
     *
     * @param l the language of the titles, labels and prose
     * @return this builder
     */
    public Builder language(Language l) {
      this.language = requireNonNull(l, "language");
      return this;
    }

    /**
     * The report's definition, whose tables give their titles (a plugin's too).
     *
     * @param d the definition the report was computed with
     * @return this builder
     */
    public Builder definition(ReportDefinition d) {
      this.definition = requireNonNull(d, "definition");
      return this;
    }

    /**
     * The code lists the labels come from (default: the standard ones).
     *
     * @param c the code lists, with the plugins' codes
     * @return this builder
     */
    public Builder codes(CodeRegistry c) {
      this.codes = requireNonNull(c, "codes");
      return this;
    }

    /**
     * The dataset the report was computed from: its code lists and names.
     *
     * @param dataset the dataset, for its organisation's and antennas' names and its code lists
     * @return this builder
     */
    public Builder dataset(Dataset dataset) {
      requireNonNull(dataset, "dataset");
      this.codes = dataset.codes();
      this.organisationName = dataset.organisation().name();
      for (Antenna a : dataset.antennas()) {
        antennaNames.put(a.id(), a.name());
      }
      return this;
    }

    /**
     * The names of another document's organisation and antennas, and its code lists.
     *
     * @param other a document of the same organisation
     * @return this builder
     */
    public Builder names(ReportDocument other) {
      requireNonNull(other, "other");
      this.codes = other.codes;
      this.definition = other.definition;
      this.organisationName = other.organisationName.orElse(null);
      this.antennaNames.putAll(other.antennaNames);
      return this;
    }

    /**
     * The data-quality report the document opens with.
     *
     * @param q the quality report of the same dataset
     * @return this builder
     */
    public Builder quality(QualityReport q) {
      this.quality = requireNonNull(q, "quality");
      return this;
    }

    /** {@return the document} */
    public ReportDocument build() {
      return new ReportDocument(this);
    }
  }
}
