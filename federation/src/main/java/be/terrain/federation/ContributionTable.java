package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.Measure;
import be.terrain.stats.Scope;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One table of a contribution at one of the member's scopes (its ORGANISATION or one of its
 * PROVINCE scopes; antennas stay with the member), with every code of the table's list.
 *
 * @param id the table id
 * @param scope an ORGANISATION or PROVINCE scope
 * @param measure what the rows count
 * @param n the total of the measure (for persons, the population's size)
 * @param history how many previous periods each row gives
 * @param nUnlinked the persons of {@code n} without a linkage code (PERSONS with linkage only)
 * @param nSketch the sketch of the persons of {@code n} with one (PERSONS with linkage only)
 * @param rows the rows in code-list order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContributionTable(
    String id,
    Scope scope,
    Measure measure,
    long n,
    int history,
    OptionalLong nUnlinked,
    Optional<Sketch> nSketch,
    List<ContributionRow> rows) {

  /**
   * Checks the table.
   *
   * @param id the table id
   * @param scope an ORGANISATION or PROVINCE scope
   * @param measure what the rows count
   * @param n the total of the measure (for persons, the population's size)
   * @param history how many previous periods each row gives
   * @param nUnlinked the persons of {@code n} without a linkage code (PERSONS with linkage only)
   * @param nSketch the sketch of the persons of {@code n} with one (PERSONS with linkage only)
   * @param rows the rows in code-list order
   * @throws IllegalArgumentException when the scope is an antenna, a figure is negative, a row's
   *     history has another length, or sketches come without PERSONS or only on some parts
   */
  public ContributionTable {
    requireNonNull(id, "id");
    requireNonNull(scope, "scope");
    requireNonNull(measure, "measure");
    requireNonNull(nUnlinked, "nUnlinked");
    requireNonNull(nSketch, "nSketch");
    rows = List.copyOf(rows);
    if (scope.level() == Scope.Level.ANTENNA) {
      throw new IllegalArgumentException("table " + id + ": a contribution has no antenna scope");
    }
    if (n < 0 || history < 0) {
      throw new IllegalArgumentException("table " + id + ": n and history must not be negative");
    }
    if (nUnlinked.isPresent() != nSketch.isPresent()) {
      throw new IllegalArgumentException("table " + id + ": n_unlinked and n_sketch go together");
    }
    if (nUnlinked.isPresent() && (nUnlinked.getAsLong() < 0 || nUnlinked.getAsLong() > n)) {
      throw new IllegalArgumentException("table " + id + ": n_unlinked must lie in [0, n]");
    }
    boolean linked = nSketch.isPresent();
    if (linked && measure != Measure.PERSONS) {
      throw new IllegalArgumentException("table " + id + ": only PERSONS tables carry sketches");
    }
    for (ContributionRow r : rows) {
      if (r.history().size() != history) {
        throw new IllegalArgumentException("table " + id + ": row " + r.code() + " history");
      }
      if (r.sketch().isPresent() != linked) {
        throw new IllegalArgumentException(
            "table " + id + ": row " + r.code() + " must carry a sketch exactly when n does");
      }
    }
  }

  /** {@return whether the table carries sketches} */
  public boolean linked() {
    return nSketch.isPresent();
  }
}
