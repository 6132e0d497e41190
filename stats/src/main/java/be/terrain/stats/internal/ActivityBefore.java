package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import java.util.stream.IntStream;

/**
 * Which persons were active before a day: one parallel pass over every kind of activity, each core
 * marking its share of the rows in its own bit set, the sets ORed.
 */
final class ActivityBefore {
  private ActivityBefore() {}

  /** The persons with an activity dated before a day, as a bit set over dense person numbers. */
  static long[] persons(Dataset d, int day) {
    int persons = d.persons().size();
    int words = (persons + 63) >>> 6;
    long rows =
        (long) d.contacts().size()
            + d.accompaniments().size()
            + d.health().size()
            + d.distributions().size();
    int k = (int) Math.max(1, Math.min(Parallel.cores(), rows / (1 << 16)));
    return IntStream.range(0, k)
        .parallel()
        .mapToObj(
            i -> {
              long[] before = new long[words];
              var c = d.contacts();
              for (int r = share(c.size(), i, k), n = share(c.size(), i + 1, k); r < n; r++) {
                if (c.epochDay(r) < day) {
                  mark(before, persons, c.person(r));
                }
              }
              var a = d.accompaniments();
              for (int r = share(a.size(), i, k), n = share(a.size(), i + 1, k); r < n; r++) {
                if (a.epochDay(r) < day) {
                  mark(before, persons, a.person(r));
                }
              }
              var h = d.health();
              for (int r = share(h.size(), i, k), n = share(h.size(), i + 1, k); r < n; r++) {
                if (h.epochDay(r) < day) {
                  mark(before, persons, h.person(r));
                }
              }
              var t = d.distributions();
              for (int r = share(t.size(), i, k), n = share(t.size(), i + 1, k); r < n; r++) {
                if (t.epochDay(r) < day) {
                  mark(before, persons, t.person(r));
                }
              }
              return before;
            })
        .reduce(
            (x, y) -> {
              for (int w = 0; w < words; w++) {
                x[w] |= y[w];
              }
              return x;
            })
        .orElseThrow();
  }

  private static int share(int size, int i, int k) {
    return (int) ((long) size * i / k);
  }

  private static void mark(long[] set, int persons, int p) {
    if (p >= 0 && p < persons) {
      set[p >>> 6] |= 1L << p;
    }
  }
}
