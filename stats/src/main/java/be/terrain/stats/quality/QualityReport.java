package be.terrain.stats.quality;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Period;
import be.terrain.stats.Scope;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The data-quality report of a dataset for a period ({@code terrain-quality/1}): how much of what
 * the activity report counts is unknown, per scope, population and attribute, beside the previous
 * period. Computed by {@link Quality}; its unknown counts are the UNKNOWN rows of the standard
 * report's tables for the same scope and period.
 *
 * @param organisation the organisation's id
 * @param period the period
 * @param previous the previous period ({@link Period#previous(int)} 1)
 * @param entries the entries, by scope (report order), then population, then attribute
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record QualityReport(
    String organisation, Period period, Period previous, List<QualityEntry> entries) {
  /** The format name written in {@code quality.json}. */
  public static final String FORMAT = "terrain-quality/1";

  /**
   * Refuses nulls and copies the entries.
   *
   * @param organisation the organisation's id
   * @param period the period
   * @param previous the previous period ({@link Period#previous(int)} 1)
   * @param entries the entries, by scope (report order), then population, then attribute
   */
  public QualityReport {
    requireNonNull(organisation, "organisation");
    requireNonNull(period, "period");
    requireNonNull(previous, "previous");
    entries = List.copyOf(entries);
  }

  /**
   * {@return the entries of a scope, in report order}
   *
   * @param scope the scope, e.g. {@link be.terrain.stats.Scope#organisation}
   */
  public List<QualityEntry> entries(Scope scope) {
    return entries.stream().filter(e -> e.scope().equals(scope)).toList();
  }
}
