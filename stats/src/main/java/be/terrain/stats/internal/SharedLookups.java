package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthTable;
import be.terrain.core.ProfileTable;
import be.terrain.stats.DistributionActs;
import be.terrain.stats.ProfileTimeline;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The lookups dimensions share within one report, each built on first use (thread-safe, one lock
 * per lookup so that dimensions bound in parallel do not wait for each other): profile values per
 * person, activity before and in a period, distribution acts. Lookups over persons are built in
 * parallel by ranges of persons: each range reads every row but only writes its own persons.
 */
final class SharedLookups {
  static final int ATTRIBUTES = ProfileTable.ATTRIBUTES.size();

  private final Dataset dataset;
  private final ProfileTimeline[] timelines = new ProfileTimeline[ATTRIBUTES];
  private ProfileTimeline coverage;
  private final Map<Integer, byte[]> profilesOn = new HashMap<>();
  private final Map<Integer, long[]> activeBefore = new HashMap<>();
  private DistributionActs acts;
  private ProfileBlocks blocks;
  private final Object blocksLock = new Object();
  private final Object timelineLock = new Object();
  private final Object coverageLock = new Object();
  private final Object profilesOnLock = new Object();
  private final Object activityLock = new Object();
  private final Object actsLock = new Object();

  SharedLookups(Dataset dataset) {
    this.dataset = dataset;
  }

  /** Every person's history of an attribute. */
  ProfileTimeline profiles(String attribute) {
    int a = ProfileTable.ATTRIBUTES.indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException(
          "'"
              + attribute
              + "' is not a profile attribute: expected one of "
              + ProfileTable.ATTRIBUTES);
    }
    synchronized (timelineLock) {
      if (timelines[a] == null) {
        timelines[a] = Timeline.build(dataset, blocks(), a, null);
      }
      return timelines[a];
    }
  }

  /**
   * The history of {@code health_coverage} of the persons who have a medical consultation without
   * coverage of its own (the only ones a consultation's coverage looks up).
   */
  ProfileTimeline consultationCoverage() {
    synchronized (coverageLock) {
      if (coverage == null) {
        HealthTable h = dataset.health();
        int persons = dataset.persons().size();
        long[] needed = new long[(persons + 63) >>> 6];
        int consultation = dataset.codes().list("health_kind").indexOf("MEDICAL_CONSULTATION");
        for (int r = 0, n = h.size(); r < n; r++) {
          int p = h.person(r);
          if (p >= 0 && p < persons && h.healthKind(r) == consultation && h.coverage(r) < 0) {
            needed[p >>> 6] |= 1L << p;
          }
        }
        coverage =
            Timeline.build(
                dataset, blocks(), ProfileTable.ATTRIBUTES.indexOf("health_coverage"), needed);
      }
      return coverage;
    }
  }

  /**
   * Every person's value of every profile attribute in force on a day, interleaved: {@code [person
   * * ATTRIBUTES + attribute]}, -1 for none.
   */
  byte[] profilesOn(int epochDay) {
    synchronized (profilesOnLock) {
      byte[] v = profilesOn.get(epochDay);
      if (v == null) {
        v = latestOn(dataset, epochDay);
        profilesOn.put(epochDay, v);
      }
      return v;
    }
  }

  /** The persons with an activity dated before a day. */
  long[] activeBefore(int day) {
    synchronized (activityLock) {
      long[] v = activeBefore.get(day);
      if (v == null) {
        v = activeBefore(dataset, day);
        activeBefore.put(day, v);
      }
      return v;
    }
  }

  DistributionActs acts() {
    synchronized (actsLock) {
      if (acts == null) {
        acts = Acts.build(dataset.distributions());
      }
      return acts;
    }
  }

  /** The profile rows regrouped by blocks of persons, built on first use. */
  private ProfileBlocks blocks() {
    synchronized (blocksLock) {
      if (blocks == null) {
        blocks = ProfileBlocks.build(dataset);
      }
      return blocks;
    }
  }

  private byte[] latestOn(Dataset d, int day) {
    ProfileBlocks pb = blocks();
    int persons = d.persons().size();
    byte[] out = new byte[persons * ATTRIBUTES];
    IntStream.range(0, pb.blocks())
        .parallel()
        .forEach(
            k -> {
              int lo = k << ProfileBlocks.SHIFT;
              int hi = Math.min(persons, lo + (1 << ProfileBlocks.SHIFT));
              // key = day << 8 | value: the largest key is the latest value (same-day values agree
              // in a
              // valid dataset); Integer.MIN_VALUE for none
              int[] best = new int[(hi - lo) * ATTRIBUTES];
              Arrays.fill(best, Integer.MIN_VALUE);
              for (int r = pb.start[k], n = pb.start[k + 1]; r < n; r++) {
                int rd = pb.days[r];
                if (rd > day || rd < -(1 << 22)) {
                  continue;
                }
                long packed = pb.packed[r];
                int b = ProfileBlocks.offset(packed) * ATTRIBUTES;
                for (int a = 0; a < ATTRIBUTES; a++) {
                  int v = ProfileBlocks.value(packed, a);
                  if (v >= 0) {
                    int key = (rd << 8) | v;
                    if (key > best[b + a]) {
                      best[b + a] = key;
                    }
                  }
                }
              }
              int o = lo * ATTRIBUTES;
              for (int j = 0; j < best.length; j++) {
                out[o + j] = best[j] == Integer.MIN_VALUE ? -1 : (byte) (best[j] & 0xFF);
              }
            });
    return out;
  }

  /**
   * The profile rows copied in order of blocks of {@code 1 << SHIFT} persons (rows in their
   * original order within a block), each packed as the person's offset in its block (low 15 bits)
   * and one byte per attribute value (0xFF for none), beside its date. A parallel counting sort:
   * two sequential passes over the profiles, after which per-person work on a block stays in cache.
   */
  static final class ProfileBlocks {
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

  private static long[] activeBefore(Dataset d, int day) {
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

  /** Per person, its non-empty values of one attribute sorted by date (ties in row order). */
  static final class Timeline implements ProfileTimeline {
    private final int[] start;
    private final int[] days;
    private final byte[] values;

    private Timeline(int[] start, int[] days, byte[] values) {
      this.start = start;
      this.days = days;
      this.values = values;
    }

    /** Builds the timelines of every person, or of the persons in a bit set. */
    static Timeline build(Dataset d, ProfileBlocks pb, int attribute, long[] only) {
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
                  if (ProfileBlocks.value(packed, attribute) >= 0
                      && (only == null || (only[p >>> 6] & (1L << p)) != 0)) {
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
                  if (v < 0 || (only != null && (only[p >>> 6] & (1L << p)) == 0)) {
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

  /** Acts as records: the date, antenna and person of each act's first row. */
  static final class Acts implements DistributionActs {
    private final int[] firstRow;
    private final int[] days;
    private final int[] antennas;
    private final int[] persons;

    private Acts(int[] firstRow, int[] days, int[] antennas, int[] persons) {
      this.firstRow = firstRow;
      this.days = days;
      this.antennas = antennas;
      this.persons = persons;
    }

    /**
     * Finds each act's first row. Acts are numbered in order of first appearance, so a row is its
     * act's first when its act number exceeds every act number before it: each range of rows starts
     * from the largest act number of the ranges before it.
     */
    static Acts build(DistributionTable t) {
      int count = t.actCount();
      int rows = t.size();
      int[] first = new int[count];
      Arrays.fill(first, -1);
      int[] days = new int[count];
      int[] antennas = new int[count];
      int[] persons = new int[count];
      int k = Math.max(1, Math.min(Parallel.cores(), rows / (1 << 16)));
      int[] maxOf = new int[k];
      IntStream.range(0, k)
          .parallel()
          .forEach(
              c -> {
                int max = -1;
                for (int r = (int) ((long) rows * c / k), n = (int) ((long) rows * (c + 1) / k);
                    r < n;
                    r++) {
                  max = Math.max(max, t.act(r));
                }
                maxOf[c] = max;
              });
      IntStream.range(0, k)
          .parallel()
          .forEach(
              c -> {
                int max = -1;
                for (int i = 0; i < c; i++) {
                  max = Math.max(max, maxOf[i]);
                }
                for (int r = (int) ((long) rows * c / k), n = (int) ((long) rows * (c + 1) / k);
                    r < n;
                    r++) {
                  int act = t.act(r);
                  if (act > max) {
                    max = act;
                    if (act < count) {
                      first[act] = r;
                      days[act] = t.epochDay(r);
                      antennas[act] = t.antenna(r);
                      persons[act] = t.person(r);
                    }
                  }
                }
              });
      for (int act = 0; act < count; act++) {
        if (first[act] < 0) {
          days[act] = Integer.MIN_VALUE;
          antennas[act] = -1;
          persons[act] = -1;
        }
      }
      return new Acts(first, days, antennas, persons);
    }

    @Override
    public int count() {
      return firstRow.length;
    }

    @Override
    public int firstRow(int act) {
      return firstRow[act];
    }

    @Override
    public int epochDay(int act) {
      return days[act];
    }

    @Override
    public int antenna(int act) {
      return antennas[act];
    }

    @Override
    public int person(int act) {
      return persons[act];
    }
  }
}
