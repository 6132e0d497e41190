package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Language;
import be.terrain.core.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A computed report: every table of its definition for every scope, sorted by table id, then scope
 * (organisation, provinces, antennas; ids in code point order). Immutable; written by the export
 * modules as {@code report.json} ({@code terrain-report/1}) and {@code report.csv}.
 *
 * @param organisation the organisation's id
 * @param period the period reported on
 * @param rounding how percents were rounded
 * @param suppressBelow the small-count threshold applied, if any
 * @param language the language of the rows' labels, if labels were asked for
 * @param tables the tables
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Report(
    String organisation,
    Period period,
    Rounding rounding,
    OptionalInt suppressBelow,
    Optional<Language> language,
    List<ReportTable> tables) {

  /** The format name written in {@code report.json}. */
  public static final String FORMAT = "terrain-report/1";

  /**
   * Refuses nulls and copies the tables.
   *
   * @param organisation the organisation's id
   * @param period the period reported on
   * @param rounding how percents were rounded
   * @param suppressBelow the small-count threshold applied, if any
   * @param language the language of the rows' labels, if labels were asked for
   * @param tables the tables
   */
  public Report {
    requireNonNull(organisation, "organisation");
    requireNonNull(period, "period");
    requireNonNull(rounding, "rounding");
    requireNonNull(suppressBelow, "suppressBelow");
    requireNonNull(language, "language");
    tables = List.copyOf(tables);
  }

  /**
   * {@return the table with an id in a scope}
   *
   * @param id the table's id, e.g. {@code profile.sex}
   * @param scope the scope, e.g. {@link Scope#organisation}
   */
  public Optional<ReportTable> table(String id, Scope scope) {
    return tables.stream().filter(t -> t.id().equals(id) && t.scope().equals(scope)).findFirst();
  }

  /**
   * {@return the tables with an id, one per scope, in report order}
   *
   * @param id the table's id, e.g. {@code profile.sex}
   */
  public List<ReportTable> tables(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).toList();
  }

  /**
   * {@return the most history any table has (the number of history columns of {@code report.csv})}
   */
  public int maxHistory() {
    return tables.stream().mapToInt(ReportTable::history).max().orElse(0);
  }
}
