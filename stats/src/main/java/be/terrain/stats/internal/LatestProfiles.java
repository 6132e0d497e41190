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
              // agree in a valid dataset); Integer.MIN_VALUE for none. Per person, its ends
              // side by side, each end its attributes side by side
              int[] best = new int[size * e * attributes];
              Arrays.fill(best, Integer.MIN_VALUE);
              int[] latest = withDays ? new int[size * e] : null;
              if (latest != null) {
                Arrays.fill(latest, Integer.MIN_VALUE);
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
                int at = ProfileBlocks.offset(packed) * e + end;
                if (latest != null && rd > latest[at]) {
                  latest[at] = rd;
                }
                if (rd < -(1 << 22)) {
                  continue;
                }
                int b = at * attributes;
                for (int a = 0; a < attributes; a++) {
                  int v = ProfileBlocks.value(packed, a);
                  if (v >= 0) {
                    int key = (rd << 8) | v;
                    if (key > best[b + a]) {
                      best[b + a] = key;
                    }
                  }
                }
              }
              for (int q = 0; q < size; q++) {
                for (int end = 0; end < e; end++) {
                  int at = q * e + end;
                  int b = at * attributes;
                  int o = (lo + q) * attributes;
                  for (int a = 0; a < attributes; a++) {
                    if (end > 0) {
                      best[b + a] = Math.max(best[b + a], best[b - attributes + a]);
                    }
                    out[end][o + a] = best[b + a] == Integer.MIN_VALUE ? -1 : (byte) best[b + a];
                  }
                  if (latest != null) {
                    if (end > 0) {
                      latest[at] = Math.max(latest[at], latest[at - 1]);
                    }
                    days[end][lo + q] = latest[at];
                  }
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
