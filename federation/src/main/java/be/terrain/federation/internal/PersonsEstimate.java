package be.terrain.federation.internal;

import be.terrain.federation.Bounds;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.Sketch;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.datasketches.hll.Union;

/**
 * Distinct persons across members for one row (or n): the exact bounds {@code [max, sum]} of the
 * members' counts and, with linkage, the estimate of the union of their sketches (built in the
 * order the members come, organisation order) plus their unlinked persons, clamped into the bounds,
 * with its interval at two standard deviations.
 *
 * @param bounds the bounds
 * @param count the estimate; empty without linkage
 * @param interval the interval; empty without linkage
 */
record PersonsEstimate(Bounds bounds, OptionalLong count, Optional<Bounds> interval) {
  /** Standard deviations of the interval. */
  static final int DEVIATIONS = 2;

  static PersonsEstimate of(
      List<ContributionTable> parts,
      ToLongFunction<ContributionTable> count,
      Function<ContributionTable, OptionalLong> unlinked,
      Function<ContributionTable, Optional<Sketch>> sketch,
      boolean linked) {
    long lo = 0;
    long hi = 0;
    for (ContributionTable t : parts) {
      long c = count.applyAsLong(t);
      lo = Math.max(lo, c);
      hi += c;
    }
    Bounds bounds = new Bounds(lo, hi);
    if (!linked) {
      return new PersonsEstimate(bounds, OptionalLong.empty(), Optional.empty());
    }
    Union union = Sketches.union();
    long free = 0;
    for (ContributionTable t : parts) {
      free += unlinked.apply(t).orElseThrow();
      union.update(Sketches.heapify(sketch.apply(t).orElseThrow()));
    }
    Raw raw = raw(union);
    long estimate = bounds.clamp(roundHalfUp(raw.estimate()) + free);
    long lower = bounds.clamp((long) Math.floor(raw.lower()) + free);
    long upper = bounds.clamp((long) Math.ceil(raw.upper()) + free);
    return new PersonsEstimate(
        bounds, OptionalLong.of(estimate), Optional.of(new Bounds(lower, upper)));
  }

  /** The union's estimate and bounds before any rounding or clamping (0 for an empty union). */
  record Raw(double estimate, double lower, double upper) {}

  static Raw raw(Union union) {
    if (union.isEmpty()) {
      return new Raw(0, 0, 0);
    }
    return new Raw(
        union.getEstimate(), union.getLowerBound(DEVIATIONS), union.getUpperBound(DEVIATIONS));
  }

  static long roundHalfUp(double v) {
    return (long) Math.floor(v + 0.5);
  }
}
