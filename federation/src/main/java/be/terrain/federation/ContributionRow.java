package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * One row of a contribution's table: a code, its exact count before any rounding or suppression,
 * the counts of the previous periods where the table has history, and, in a PERSONS table of a
 * contribution with linkage, the number of its persons without a linkage code and the sketch of
 * those with one.
 *
 * @param code the code
 * @param count the count
 * @param history the previous periods' counts, most recent first (empty without history)
 * @param unlinked the persons counted here without a linkage code (with linkage only)
 * @param sketch the sketch of the persons counted here with a linkage code (with linkage only)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContributionRow(
    String code, long count, List<Long> history, OptionalLong unlinked, Optional<Sketch> sketch) {

  /**
   * Checks the row.
   *
   * @param code the code
   * @param count the count
   * @param history the previous periods' counts, most recent first (empty without history)
   * @param unlinked the persons counted here without a linkage code (with linkage only)
   * @param sketch the sketch of the persons counted here with a linkage code (with linkage only)
   * @throws IllegalArgumentException when a count is negative, unlinked exceeds the count, or only
   *     one of unlinked and sketch is given
   */
  public ContributionRow {
    requireNonNull(code, "code");
    history = List.copyOf(history);
    requireNonNull(unlinked, "unlinked");
    requireNonNull(sketch, "sketch");
    if (count < 0 || history.stream().anyMatch(h -> h < 0)) {
      throw new IllegalArgumentException("row " + code + ": counts must not be negative");
    }
    if (unlinked.isPresent() != sketch.isPresent()) {
      throw new IllegalArgumentException("row " + code + ": unlinked and sketch go together");
    }
    if (unlinked.isPresent() && (unlinked.getAsLong() < 0 || unlinked.getAsLong() > count)) {
      throw new IllegalArgumentException("row " + code + ": unlinked must lie in [0, count]");
    }
  }

  /**
   * A row without linkage.
   *
   * @param code the row's code
   * @param count the records or persons counted
   * @param history the previous periods' counts, most recent first (empty without history)
   * @return the row, without unlinked count or sketch
   */
  public static ContributionRow of(String code, long count, List<Long> history) {
    return new ContributionRow(code, count, history, OptionalLong.empty(), Optional.empty());
  }
}
