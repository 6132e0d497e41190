package be.terrain.federation.internal;

import be.terrain.federation.Bounds;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationRow;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.stats.Measure;
import be.terrain.stats.Percentages;
import be.terrain.stats.Rounding;
import be.terrain.stats.SmallCounts;
import be.terrain.stats.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Merges the members' tables matching one federation scope (in organisation order): sums and
 * history for additive measures, the member's own figures at a MEMBER scope, and for distinct
 * persons across members the bounds, the estimate and its interval ({@link PersonsEstimate}); then
 * percents and small-count protection, on the merged figures.
 */
final class TableMerge {
  private TableMerge() {}

  static FederationTable merge(
      String id,
      FederationScope scope,
      TableSpec spec,
      ContributionTable shape,
      List<ContributionTable> parts,
      boolean linked,
      FederationOptions options) {
    int codes = shape.rows().size();
    int history = shape.history();
    boolean across =
        shape.measure() == Measure.PERSONS && scope.level() != FederationScope.Level.MEMBER;
    OptionalLong n;
    Optional<Bounds> nBounds = Optional.empty();
    Optional<Bounds> nInterval = Optional.empty();
    long[] counts = new long[codes];
    boolean[] known = new boolean[codes];
    List<Optional<Bounds>> bounds = new ArrayList<>();
    List<Optional<Bounds>> intervals = new ArrayList<>();
    if (across) {
      PersonsEstimate nEst =
          PersonsEstimate.of(
              parts, ContributionTable::n, t -> t.nUnlinked(), t -> t.nSketch(), linked);
      n = nEst.count();
      nBounds = Optional.of(nEst.bounds());
      nInterval = nEst.interval();
      for (int c = 0; c < codes; c++) {
        int row = c;
        PersonsEstimate e =
            PersonsEstimate.of(
                parts,
                t -> t.rows().get(row).count(),
                t -> t.rows().get(row).unlinked(),
                t -> t.rows().get(row).sketch(),
                linked);
        bounds.add(Optional.of(e.bounds()));
        intervals.add(e.interval());
        known[c] = e.count().isPresent();
        counts[c] = known[c] ? e.count().getAsLong() : e.bounds().hi();
      }
    } else {
      long sum = 0;
      for (ContributionTable t : parts) {
        sum += t.n();
        for (int c = 0; c < codes; c++) {
          counts[c] += t.rows().get(c).count();
        }
      }
      n = OptionalLong.of(sum);
      java.util.Arrays.fill(known, true);
      for (int c = 0; c < codes; c++) {
        bounds.add(Optional.empty());
        intervals.add(Optional.empty());
      }
    }
    long[][] hist = new long[codes][history];
    for (ContributionTable t : parts) {
      for (int c = 0; c < codes; c++) {
        List<Long> h = t.rows().get(c).history();
        for (int k = 0; k < history; k++) {
          hist[c][k] += h.get(k);
        }
      }
    }
    int[] percents = percents(spec, shape, across, counts, known, n, options.rounding());
    int k = options.suppressBelow().orElse(0);
    boolean[] suppressed = k > 0 ? SmallCounts.suppressed(counts, k) : new boolean[codes];
    List<FederationRow> rows = new ArrayList<>(codes);
    for (int c = 0; c < codes; c++) {
      List<OptionalLong> h = new ArrayList<>(history);
      for (int j = 0; j < history; j++) {
        long v = hist[c][j];
        h.add(k > 0 && SmallCounts.isSmall(v, k) ? OptionalLong.empty() : OptionalLong.of(v));
      }
      Optional<BigDecimal> change = Optional.empty();
      if (history > 0 && !suppressed[c] && known[c] && h.get(0).isPresent()) {
        change = Percentages.changePercent(counts[c], hist[c][0]);
      }
      boolean s = suppressed[c];
      rows.add(
          new FederationRow(
              shape.rows().get(c).code(),
              s || !known[c] ? OptionalLong.empty() : OptionalLong.of(counts[c]),
              s || percents == null || !known[c]
                  ? OptionalInt.empty()
                  : OptionalInt.of(percents[c]),
              s,
              s ? Optional.empty() : bounds.get(c),
              s ? Optional.empty() : intervals.get(c),
              h,
              change));
    }
    return new FederationTable(id, scope, shape.measure(), n, nBounds, nInterval, history, rows);
  }

  /** The percents on the merged counts, or null when n is unknown or 0. */
  private static int[] percents(
      TableSpec spec,
      ContributionTable shape,
      boolean across,
      long[] counts,
      boolean[] known,
      OptionalLong n,
      Rounding rounding) {
    if (n.isEmpty() || n.getAsLong() <= 0) {
      return null;
    }
    long total = n.getAsLong();
    boolean addsUp = spec != null ? spec.rowsAddUpToN() : shape.measure() != Measure.PERSONS;
    if (!across && rounding == Rounding.LARGEST_REMAINDER && addsUp) {
      long sum = 0;
      for (long c : counts) {
        sum += c;
      }
      if (sum == total) {
        return Percentages.largestRemainder(counts);
      }
    }
    int[] out = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      out[c] = known[c] ? Percentages.halfUp(counts[c], total) : 0;
    }
    return out;
  }
}
