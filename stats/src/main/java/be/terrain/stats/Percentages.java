package be.terrain.stats;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rounding rules of {@code standard-report.md}, computed exactly in integers: half-up integer
 * percents, largest-remainder percents that add up to 100, and the change against a previous period
 * rounded half away from zero to one decimal. For tools that combine tables (a federation adding up
 * its members' counts) and must round the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Percentages {
  private Percentages() {}

  /**
   * {@code 100 * count / n} rounded half up to an integer (0.5 goes up).
   *
   * @param count the count, not negative
   * @param n the total, positive
   * @return the percent (over 100 when {@code count} exceeds {@code n})
   * @throws IllegalArgumentException when n is not positive or count is negative
   */
  public static int halfUp(long count, long n) {
    check(count, n);
    return (int) ((200 * count + n) / (2 * n));
  }

  /**
   * Largest-remainder percents of counts that add up to their total n: each row gets {@code 100 *
   * count / n} rounded down, and the points left to reach 100 go to the rows with the largest
   * remainders, the first row winning a tie.
   *
   * @return one percent per count, adding up to 100
   * @param counts the counts of a table's rows, not negative, not all 0
   * @throws IllegalArgumentException when a count is negative or they add up to 0
   */
  public static int[] largestRemainder(long[] counts) {
    long n = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must not be negative: " + c);
      }
      n += c;
    }
    if (n <= 0) {
      throw new IllegalArgumentException("counts add up to 0: no percent to give");
    }
    int[] out = new int[counts.length];
    long[] rem = new long[counts.length];
    int left = 100;
    for (int i = 0; i < counts.length; i++) {
      out[i] = (int) (100 * counts[i] / n);
      rem[i] = 100 * counts[i] % n;
      left -= out[i];
    }
    while (left > 0) {
      int best = -1;
      for (int i = 0; i < counts.length; i++) {
        if (rem[i] > 0 && (best < 0 || rem[i] > rem[best])) {
          best = i;
        }
      }
      out[best]++;
      rem[best] = 0;
      left--;
    }
    return out;
  }

  /**
   * {@code 100 * (count - previous) / previous} rounded half away from zero to one decimal ({@code
   * -0.25} gives {@code -0.3}); {@code 0.0}, never {@code -0.0}, when it rounds to zero.
   *
   * @return the change with scale 1; empty when previous is 0
   * @param count the count of this period, not negative
   * @param previous the count of the previous period, not negative
   * @throws IllegalArgumentException when a count is negative
   */
  public static Optional<BigDecimal> changePercent(long count, long previous) {
    if (count < 0 || previous < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + count + ", " + previous);
    }
    if (previous == 0) {
      return Optional.empty();
    }
    long num = 1000 * (count - previous);
    long abs = Math.abs(num);
    long tenths = abs / previous;
    if (2 * (abs % previous) >= previous) {
      tenths++;
    }
    return Optional.of(BigDecimal.valueOf(num < 0 ? -tenths : tenths, 1));
  }

  private static void check(long count, long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }
}
