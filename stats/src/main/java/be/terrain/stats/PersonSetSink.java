package be.terrain.stats;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Receives, from the same engine run that computes a report, the persons behind every {@link
 * Measure#PERSONS} table at the {@link Scope.Level#ORGANISATION} and {@link Scope.Level#PROVINCE}
 * scopes, for the report's period: what a federation contribution turns into sketches without a
 * second pass over the records. Give one to {@link Statistics#compute(be.terrain.core.Dataset,
 * ReportDefinition, ReportOptions, PersonSetSink)}; without one the engine does no such work.
 *
 * <p>The engine calls it once per table and scope, from several threads at once (the common
 * fork-join pool), so it must be thread-safe. The sets are views that stay valid only during the
 * call.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface PersonSetSink {
  /**
   * The persons of one table at one scope.
   *
   * @param table the table
   * @param scope an ORGANISATION or PROVINCE scope
   * @param n the persons counted in the table's {@code n}
   * @param rows for each code of the table's list, in list order, the persons counted in its row
   */
  void accept(TableSpec table, Scope scope, PersonSet n, List<PersonSet> rows);
}
