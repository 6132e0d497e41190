package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.ProfileTable;
import java.util.stream.IntStream;

/**
 * The profile rows copied in order of blocks of {@code 1 << SHIFT} persons (rows in their original
 * order within a block), each packed as the person's offset in its block (low 15 bits) and one byte
 * per attribute value (0xFF for none), beside its date. A parallel counting sort: two sequential
 * passes over the profiles, after which per-person work on a block stays in cache.
 */
final class ProfileBlocks {
  /** The number of profile attributes, each a byte of a packed row. */
  static final int ATTRIBUTES = ProfileTable.ATTRIBUTES.size();

  static final int SHIFT = 15;
  final int[] start;
  final long[] packed;
  final int[] days;

  private ProfileBlocks(int[] start, long[] packed, int[] days) {
    this.start = start;
    this.packed = packed;
    this.days = days;
  }

  int blocks() {
    return start.length - 1;
  }

  static int value(long packed, int attribute) {
    return (byte) (packed >>> (SHIFT + 8 * attribute));
  }

  static int offset(long packed) {
    return (int) (packed & ((1 << SHIFT) - 1));
  }

  static ProfileBlocks build(Dataset d) {
    ProfileTable t = d.profiles();
    int persons = d.persons().size();
    int blocks = (persons + (1 << SHIFT) - 1) >>> SHIFT;
    int rows = t.size();
    int k = Math.max(1, Math.min(Parallel.cores(), rows / (1 << 16)));
    int[][] counts = new int[k][blocks];
    IntStream.range(0, k)
        .parallel()
        .forEach(
            c -> {
              int[] count = counts[c];
              for (int r = (int) ((long) rows * c / k), n = (int) ((long) rows * (c + 1) / k);
                  r < n;
                  r++) {
                int p = t.person(r);
                if (p >= 0 && p < persons) {
                  count[p >>> SHIFT]++;
                }
              }
            });
    int[] start = new int[blocks + 1];
    int[][] offsets = new int[k][blocks];
    int at = 0;
    for (int b = 0; b < blocks; b++) {
      start[b] = at;
      for (int c = 0; c < k; c++) {
        offsets[c][b] = at;
        at += counts[c][b];
      }
    }
    start[blocks] = at;
    long[] packed = new long[at];
    int[] days = new int[at];
    IntStream.range(0, k)
        .parallel()
        .forEach(
            c -> {
              int[] fill = offsets[c];
              for (int r = (int) ((long) rows * c / k), n = (int) ((long) rows * (c + 1) / k);
                  r < n;
                  r++) {
                int p = t.person(r);
                if (p >= 0 && p < persons) {
                  int j = fill[p >>> SHIFT]++;
                  long v = p & ((1 << SHIFT) - 1);
                  for (int a = 0; a < ATTRIBUTES; a++) {
                    v |= (t.value(r, a) & 0xFFL) << (SHIFT + 8 * a);
                  }
                  packed[j] = v;
                  days[j] = t.epochDay(r);
                }
              }
            });
    return new ProfileBlocks(start, packed, days);
  }
}
