package be.terrain.stats.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The profile values in force on some days, for every person and attribute at once, and each
 * person's latest profile day: one parallel pass over the {@link ProfileBlocks} for all the days,
 * each block's persons kept in cache.
 */
final class LatestProfiles {
  private LatestProfiles() {}

  /**
   * The profiles in force on a day.
   *
   * @param values every person's value of every profile attribute, interleaved: {@code [person *
   *     ATTRIBUTES + attribute]}, -1 for none
   * @param days every person's latest profile row's day (whatever its values), {@link
   *     Integer#MIN_VALUE} for none; null when not computed
   */
  record OnDay(byte[] values, int[] days) {}

  /**
   * Every person's profile values and, when asked, latest profile day on each of some days, in one
   * pass: a row counts for the first of the days on or after its date, then each day takes the
   * latest of its own and the earlier days' ({@code days} null when not asked).
   *
   * @param ends the days, ascending, at least one
   * @return one per day, in their order
   */
  /**
   * The key of no value: below every key of a row (days before {@code -(1 << 22)} are skipped), and
   * its low byte is -1, so that a key's low byte is the value or -1 for none.
   */
  private static final int NONE = Integer.MIN_VALUE | 0xFF;

  static OnDay[] on(ProfileBlocks pb, int persons, int[] ends, boolean withDays) {
    int e = ends.length;
    int attributes = ProfileBlocks.ATTRIBUTES;
    byte[][] out = new byte[e][persons * attributes];
    int[][] days = withDays ? new int[e][persons] : null;
    int last = ends[e - 1];
    IntStream.range(0, pb.blocks())
        .parallel()
        .forEach(
            k -> {
              int lo = k << ProfileBlocks.SHIFT;
              int size = Math.min(persons, lo + (1 << ProfileBlocks.SHIFT)) - lo;
              // key = day << 8 | value: the largest key is the latest value (same-day values
              // agree in a valid dataset); NONE for none, whose low byte is -1. One array per end,
              // so that the rows of the first end (most of them) touch one block-sized array only
              int[][] best = new int[e][size * attributes];
              int[][] latest = new int[withDays ? e : 0][size];
              for (int end = 0; end < e; end++) {
                Arrays.fill(best[end], NONE);
                if (withDays) {
                  Arrays.fill(latest[end], Integer.MIN_VALUE);
                }
              }
              for (int r = pb.start[k], n = pb.start[k + 1]; r < n; r++) {
                int rd = pb.days[r];
                if (rd > last) {
                  continue;
                }
                int end = 0;
                while (rd > ends[end]) {
                  end++;
                }
                long packed = pb.packed[r];
                int q = ProfileBlocks.offset(packed);
                if (withDays && rd > latest[end][q]) {
                  latest[end][q] = rd;
                }
                if (rd < -(1 << 22)) {
                  continue;
                }
                int[] mine = best[end];
                int b = q * attributes;
                for (int a = 0; a < attributes; a++) {
                  int v = ProfileBlocks.value(packed, a);
                  if (v >= 0) {
                    int key = (rd << 8) | v;
                    if (key > mine[b + a]) {
                      mine[b + a] = key;
                    }
                  }
                }
              }
              int o = lo * attributes;
              for (int end = 0; end < e; end++) {
                int[] mine = best[end];
                if (end > 0) {
                  int[] before = best[end - 1];
                  for (int j = 0; j < mine.length; j++) {
                    mine[j] = Math.max(mine[j], before[j]);
                  }
                }
                byte[] values = out[end];
                for (int j = 0; j < mine.length; j++) {
                  values[o + j] = (byte) mine[j];
                }
                if (withDays) {
                  if (end > 0) {
                    for (int q = 0; q < size; q++) {
                      latest[end][q] = Math.max(latest[end][q], latest[end - 1][q]);
                    }
                  }
                  System.arraycopy(latest[end], 0, days[end], lo, size);
                }
              }
            });
    OnDay[] on = new OnDay[e];
    for (int end = 0; end < e; end++) {
      on[end] = new OnDay(out[end], withDays ? days[end] : null);
    }
    return on;
  }
}
