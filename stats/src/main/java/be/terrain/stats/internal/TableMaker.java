package be.terrain.stats.internal;

import be.terrain.core.CodeList;
import be.terrain.core.Language;
import be.terrain.stats.Percentages;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Rounding;
import be.terrain.stats.Scope;
import be.terrain.stats.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns a table's counts in one scope into a {@link ReportTable}: percents, history, suppression.
 */
final class TableMaker {
  private TableMaker() {}

  /**
   * Makes the table.
   *
   * @param raw per slot (0 current, k the k-th previous period), the count of each code then n
   */
  static ReportTable make(
      TableSpec spec, CodeList list, Scope scope, long[][] raw, ReportOptions options) {
    int codes = list.size();
    long[] counts = new long[codes];
    System.arraycopy(raw[0], 0, counts, 0, codes);
    long n = raw[0][codes];
    int[] percents = percents(spec, counts, n, options.rounding());
    int history = spec.history();
    boolean[] suppressed = new boolean[codes];
    int k = options.suppressBelow().orElse(0);
    if (k > 0) {
      suppressed = Suppression.suppressed(counts, k);
    }
    Optional<Language> language = options.language();
    List<ReportRow> rows = new ArrayList<>(codes);
    for (int c = 0; c < codes; c++) {
      int row = c;
      List<OptionalLong> hist = new ArrayList<>(history);
      for (int h = 1; h <= history; h++) {
        long v = raw[h][c];
        hist.add(k > 0 && Suppression.isSmall(v, k) ? OptionalLong.empty() : OptionalLong.of(v));
      }
      Optional<BigDecimal> change = Optional.empty();
      if (history > 0 && !suppressed[c] && hist.get(0).isPresent()) {
        change = Percentages.changePercent(counts[c], raw[1][c]);
      }
      rows.add(
          new ReportRow(
              list.get(c).code(),
              language.map(l -> list.get(row).label(l)),
              suppressed[c] ? OptionalLong.empty() : OptionalLong.of(counts[c]),
              suppressed[c] || percents == null ? OptionalInt.empty() : OptionalInt.of(percents[c]),
              suppressed[c],
              hist,
              change));
    }
    return new ReportTable(spec.id(), scope, spec.measure(), n, history, rows);
  }

  /** The percents on the true counts; null when n is 0. */
  static int[] percents(TableSpec spec, long[] counts, long n, Rounding rounding) {
    if (n <= 0) {
      return null;
    }
    if (rounding == Rounding.LARGEST_REMAINDER && spec.rowsAddUpToN()) {
      long sum = 0;
      for (long c : counts) {
        sum += c;
      }
      if (sum == n) {
        return Percentages.largestRemainder(counts);
      }
    }
    int[] out = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      out[c] = Percentages.halfUp(counts[c], n);
    }
    return out;
  }
}
