package be.terrain.stats.internal;

/**
 * Small-count protection with a threshold k: counts from 1 to k-1 are suppressed; when that leaves
 * exactly one suppressed row, the smallest non-zero row left (the first in code order among equal
 * counts) is suppressed too, so that n does not give the hidden count away by subtraction.
 */
public final class Suppression {
  private Suppression() {}

  /** Whether a count is small under threshold k (1 to k-1). */
  public static boolean isSmall(long count, int k) {
    return count >= 1 && count < k;
  }

  /** Which rows to suppress. */
  public static boolean[] suppressed(long[] counts, int k) {
    boolean[] out = new boolean[counts.length];
    int hidden = 0;
    for (int c = 0; c < counts.length; c++) {
      if (isSmall(counts[c], k)) {
        out[c] = true;
        hidden++;
      }
    }
    if (hidden == 1) {
      int next = -1;
      for (int c = 0; c < counts.length; c++) {
        if (!out[c] && counts[c] > 0 && (next < 0 || counts[c] < counts[next])) {
          next = c;
        }
      }
      if (next >= 0) {
        out[next] = true;
      }
    }
    return out;
  }
}
