package be.terrain.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Tells whether a published table of integer percents (rounded half up) can come from whole counts
 * at all. With N persons each one weighs {@code 100 / N} percent, so some percents are out of
 * reach: with N = 11, 2 persons give 18 % and 3 give 27 %, and 20 % is impossible.
 *
 * <p>Each row is checked on its own (is there a count from 0 to N that rounds to it?), then the
 * rows together (can counts, each in its row's range, add up as the table says?).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PercentConsistency {
  private PercentConsistency() {}

  /** How a table's rows relate to N. */
  public enum Rows {
    /** Every one of the N is in exactly one row: counts add up to N (a single-valued table). */
    PARTITION,
    /** No one is in two rows, some may be in none: counts add up to at most N (an excerpt). */
    DISJOINT,
    /** Rows may overlap (multi-valued): each row is checked on its own only. */
    INDEPENDENT
  }

  /**
   * The counts from {@code min} to {@code max} (both included) that round to a percent.
   *
   * @param min the smallest count
   * @param max the largest count
   */
  public record Counts(int min, int max) {}

  /**
   * What the check found.
   *
   * @param n the N checked against
   * @param impossibleRows the rows (indexes) whose percent no count from 0 to N gives, in order
   * @param countsFit whether the rows that are possible on their own can be given counts that add
   *     up as the table says (with impossible rows, their counts are unknown, so the possible rows
   *     only need to fit in N)
   */
  public record Result(int n, List<Integer> impossibleRows, boolean countsFit) {
    /**
     * Copies the list.
     *
     * @param n the N checked against
     * @param impossibleRows the rows (indexes) whose percent no count from 0 to N gives, in order
     * @param countsFit whether the rows that are possible on their own can be given counts that add
     *     up as the table says (with impossible rows, their counts are unknown, so the possible
     *     rows only need to fit in N)
     */
    public Result {
      impossibleRows = List.copyOf(impossibleRows);
    }

    /** {@return whether whole counts can produce the table} */
    public boolean possible() {
      return impossibleRows.isEmpty() && countsFit;
    }
  }

  /**
   * The counts out of n that round half up to a percent.
   *
   * @return the range; empty when no count from 0 to n gives that percent
   * @param n the N checked against
   * @param percent the published percent, from 0 to 100
   * @throws IllegalArgumentException when n is not positive
   */
  public static Optional<Counts> countsFor(int n, int percent) {
    if (n <= 0) {
      throw new IllegalArgumentException("N must be positive: " + n);
    }
    // round_half_up(100c/N) = p  <=>  2Np - N <= 200c < 2Np + N
    long lo = ceilDiv(2L * n * percent - n, 200);
    long hi = ceilDiv(2L * n * percent + n, 200) - 1;
    lo = Math.max(lo, 0);
    hi = Math.min(hi, n);
    return lo > hi ? Optional.empty() : Optional.of(new Counts((int) lo, (int) hi));
  }

  /**
   * Checks a single-valued table (its counts add up to N).
   *
   * @param n the N checked against
   * @param percents the published percents, one per row
   * @return what the check found
   */
  public static Result check(int n, int... percents) {
    return check(n, Rows.PARTITION, percents);
  }

  /**
   * Checks a table.
   *
   * @param n the table's N
   * @param rows how its rows relate to N
   * @param percents the published percents, one per row
   * @return what the check found
   * @throws IllegalArgumentException when n is not positive
   */
  public static Result check(int n, Rows rows, int... percents) {
    List<Integer> impossible = new ArrayList<>();
    long min = 0;
    long max = 0;
    for (int i = 0; i < percents.length; i++) {
      Optional<Counts> c = countsFor(n, percents[i]);
      if (c.isEmpty()) {
        impossible.add(i);
      } else {
        min += c.get().min();
        max += c.get().max();
      }
    }
    boolean fit =
        switch (rows) {
          case PARTITION -> impossible.isEmpty() ? min <= n && n <= max : min <= n;
          case DISJOINT -> min <= n;
          case INDEPENDENT -> true;
        };
    return new Result(n, impossible, fit);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
