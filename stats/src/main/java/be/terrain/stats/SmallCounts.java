package be.terrain.stats;

import be.terrain.stats.internal.Suppression;
import org.apiguardian.api.API;

/**
 * Small-count protection as {@code standard-report.md} defines it, for tools that combine tables (a
 * federation merging its members' counts) and must suppress the same way as the report: counts from
 * 1 to k-1 are hidden, and when that hides exactly one row, the smallest non-zero row left (the
 * first in code order among equal counts) is hidden too.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SmallCounts {
  private SmallCounts() {}

  /**
   * {@return whether a count is small under threshold k (from 1 to k-1)}
   *
   * @param count the count, not negative
   * @param k the suppression threshold, at least 1
   */
  public static boolean isSmall(long count, int k) {
    return Suppression.isSmall(count, k);
  }

  /**
   * {@return which rows of a table (counts in code-list order) to suppress under threshold k}
   *
   * @param counts a table's counts, in code-list order
   * @param k the suppression threshold, at least 1
   */
  public static boolean[] suppressed(long[] counts, int k) {
    return Suppression.suppressed(counts, k);
  }
}
