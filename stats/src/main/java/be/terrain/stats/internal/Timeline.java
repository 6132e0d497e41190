package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.stats.ProfileTimeline;
import java.util.Arrays;
import java.util.stream.IntStream;

/** Per person, its non-empty values of one attribute sorted by date (ties in row order). */
final class Timeline implements ProfileTimeline {
  private final int[] start;
  private final int[] days;
  private final byte[] values;

  private Timeline(int[] start, int[] days, byte[] values) {
    this.start = start;
    this.days = days;
    this.values = values;
  }

  /** Builds the timelines of every person. */
  static Timeline build(Dataset d, ProfileBlocks pb, int attribute) {
    int persons = d.persons().size();
    int[] start = new int[persons + 1];
    IntStream.range(0, pb.blocks())
        .parallel()
        .forEach(
            k -> {
              int lo = k << ProfileBlocks.SHIFT;
              for (int r = pb.start[k], n = pb.start[k + 1]; r < n; r++) {
                long packed = pb.packed[r];
                int p = lo + ProfileBlocks.offset(packed);
                if (ProfileBlocks.value(packed, attribute) >= 0) {
                  start[p + 1]++;
                }
              }
            });
    for (int p = 0; p < persons; p++) {
      start[p + 1] += start[p];
    }
    int[] days = new int[start[persons]];
    byte[] values = new byte[start[persons]];
    IntStream.range(0, pb.blocks())
        .parallel()
        .forEach(
            k -> {
              int lo = k << ProfileBlocks.SHIFT;
              int hi = Math.min(persons, lo + (1 << ProfileBlocks.SHIFT));
              int[] fill = Arrays.copyOfRange(start, lo, hi);
              for (int r = pb.start[k], n = pb.start[k + 1]; r < n; r++) {
                long packed = pb.packed[r];
                int p = lo + ProfileBlocks.offset(packed);
                int v = ProfileBlocks.value(packed, attribute);
                if (v < 0) {
                  continue;
                }
                int j = fill[p - lo]++;
                days[j] = pb.days[r];
                values[j] = (byte) v;
                // insertion sort within the person's entries, stable: later rows stay after equal
                // days
                while (j > start[p] && days[j - 1] > days[j]) {
                  int dd = days[j - 1];
                  days[j - 1] = days[j];
                  days[j] = dd;
                  byte vv = values[j - 1];
                  values[j - 1] = values[j];
                  values[j] = vv;
                  j--;
                }
              }
            });
    return new Timeline(start, days, values);
  }

  @Override
  public int valueOn(int person, int epochDay) {
    int lo = start[person];
    int hi = start[person + 1];
    // the last entry whose day is <= epochDay
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= epochDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > start[person] ? values[lo - 1] : -1;
  }
}
