package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One table of a report in one scope: every code of the dimension's list, in list order.
 *
 * @param id the table id
 * @param scope the scope
 * @param measure what the rows count
 * @param n the total of the measure over the population (for persons, the population's size); never
 *     suppressed
 * @param history how many previous periods each row gives (0 for none)
 * @param rows the rows, in code-list order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReportTable(
    String id, Scope scope, Measure measure, long n, int history, List<ReportRow> rows) {
  /**
   * Refuses nulls and copies the rows.
   *
   * @param id the table id
   * @param scope the scope
   * @param measure what the rows count
   * @param n the total of the measure over the population (for persons, the population's size);
   *     never suppressed
   * @param history how many previous periods each row gives (0 for none)
   * @param rows the rows, in code-list order
   */
  public ReportTable {
    requireNonNull(id, "id");
    requireNonNull(scope, "scope");
    requireNonNull(measure, "measure");
    rows = List.copyOf(rows);
  }

  /**
   * {@return the row of a code, if the table lists it}
   *
   * @param code a code of the table's code list, e.g. {@code UNKNOWN}
   */
  public Optional<ReportRow> row(String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
