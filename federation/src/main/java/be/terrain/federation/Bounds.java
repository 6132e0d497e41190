package be.terrain.federation;

import org.apiguardian.api.API;

/**
 * A closed range of counts {@code [lo, hi]}: the exact bounds of distinct persons across members,
 * or the interval of an estimate.
 *
 * @param lo the lower end
 * @param hi the upper end
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Bounds(long lo, long hi) {
  /**
   * Checks the range.
   *
   * @param lo the lower end
   * @param hi the upper end
   * @throws IllegalArgumentException when lo is negative or above hi
   */
  public Bounds {
    if (lo < 0 || lo > hi) {
      throw new IllegalArgumentException("bounds must satisfy 0 <= lo <= hi: " + lo + ", " + hi);
    }
  }

  /**
   * The value clamped into the range.
   *
   * @param v a value
   * @return {@code lo} below the range, {@code hi} above it, else {@code v}
   */
  public long clamp(long v) {
    return Math.max(lo, Math.min(hi, v));
  }

  /**
   * Whether the value lies in the range.
   *
   * @param v a value
   * @return true when {@code lo <= v <= hi}
   */
  public boolean contains(long v) {
    return v >= lo && v <= hi;
  }
}
