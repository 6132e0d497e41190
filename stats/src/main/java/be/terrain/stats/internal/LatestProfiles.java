package be.terrain.stats.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The profile values in force on a day, for every person and attribute at once, and each person's
 * latest profile day: one parallel pass over the {@link ProfileBlocks}, each block's persons kept
 * in cache.
 */
final class LatestProfiles {
  private LatestProfiles() {}

  /**
   * The profiles in force on a day.
   *
   * @param values every person's value of every profile attribute, interleaved: {@code [person *
   *     ATTRIBUTES + attribute]}, -1 for none
   * @param days every person's latest profile row's day (whatever its values), {@link
   *     Integer#MIN_VALUE} for none
   */
  record OnDay(byte[] values, int[] days) {}

  /** Every person's profile values and latest profile day on a day, in one pass. */
  static OnDay on(ProfileBlocks pb, int persons, int day) {
    byte[] out = new byte[persons * ProfileBlocks.ATTRIBUTES];
    int[] days = new int[persons];
    Arrays.fill(days, Integer.MIN_VALUE);
    IntStream.range(0, pb.blocks())
        .parallel()
        .forEach(
            k -> {
              int lo = k << ProfileBlocks.SHIFT;
              int hi = Math.min(persons, lo + (1 << ProfileBlocks.SHIFT));
              // key = day << 8 | value: the largest key is the latest value (same-day values
              // agree in a valid dataset); Integer.MIN_VALUE for none
              int[] best = new int[(hi - lo) * ProfileBlocks.ATTRIBUTES];
              Arrays.fill(best, Integer.MIN_VALUE);
              for (int r = pb.start[k], n = pb.start[k + 1]; r < n; r++) {
                int rd = pb.days[r];
                if (rd > day) {
                  continue;
                }
                long packed = pb.packed[r];
                int p = lo + ProfileBlocks.offset(packed);
                if (rd > days[p]) {
                  days[p] = rd;
                }
                if (rd < -(1 << 22)) {
                  continue;
                }
                int b = ProfileBlocks.offset(packed) * ProfileBlocks.ATTRIBUTES;
                for (int a = 0; a < ProfileBlocks.ATTRIBUTES; a++) {
                  int v = ProfileBlocks.value(packed, a);
                  if (v >= 0) {
                    int key = (rd << 8) | v;
                    if (key > best[b + a]) {
                      best[b + a] = key;
                    }
                  }
                }
              }
              int o = lo * ProfileBlocks.ATTRIBUTES;
              for (int j = 0; j < best.length; j++) {
                out[o + j] = best[j] == Integer.MIN_VALUE ? -1 : (byte) (best[j] & 0xFF);
              }
            });
    return new OnDay(out, days);
  }
}
