package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.Measure;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One table of a federation report at one scope, with every code of the table's list.
 *
 * @param id the table id
 * @param scope the scope
 * @param measure what the rows count
 * @param n the total: a sum, the member's n, or the estimate of distinct persons (empty without
 *     linkage for PERSONS across members); never suppressed
 * @param nBounds {@code [max, sum]} of the members' n, where the rows have bounds
 * @param nInterval the interval of n's estimate, where the rows have intervals and there is linkage
 * @param history how many previous periods each row gives
 * @param rows the rows in code-list order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationTable(
    String id,
    FederationScope scope,
    Measure measure,
    OptionalLong n,
    Optional<Bounds> nBounds,
    Optional<Bounds> nInterval,
    int history,
    List<FederationRow> rows) {
  /**
   * Refuses nulls and copies the rows.
   *
   * @param id the table id
   * @param scope the scope
   * @param measure what the rows count
   * @param n the total: a sum, the member's n, or the estimate of distinct persons (empty without
   *     linkage for PERSONS across members); never suppressed
   * @param nBounds {@code [max, sum]} of the members' n, where the rows have bounds
   * @param nInterval the interval of n's estimate, where the rows have intervals and there is
   *     linkage
   * @param history how many previous periods each row gives
   * @param rows the rows in code-list order
   */
  public FederationTable {
    requireNonNull(id, "id");
    requireNonNull(scope, "scope");
    requireNonNull(measure, "measure");
    requireNonNull(n, "n");
    requireNonNull(nBounds, "nBounds");
    requireNonNull(nInterval, "nInterval");
    rows = List.copyOf(rows);
  }

  /**
   * Whether the table counts distinct persons across members (PERSONS at a PROVINCE or FEDERATION
   * scope): its rows and n carry bounds and intervals.
   *
   * @return true for such a table
   */
  public boolean acrossMembers() {
    return measure == Measure.PERSONS && scope.level() != FederationScope.Level.MEMBER;
  }

  /**
   * The row of a code, if the table lists it.
   *
   * @param code a code of the table's list
   * @return its row, or empty
   */
  public Optional<FederationRow> row(String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
