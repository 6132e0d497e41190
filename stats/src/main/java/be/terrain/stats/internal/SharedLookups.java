package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.ProfileTable;
import be.terrain.stats.DistributionActs;
import be.terrain.stats.ProfileTimeline;
import java.util.Arrays;

/**
 * The lookups dimensions share within one report, built on first use: profile timelines, earliest
 * activity per person, distribution acts.
 */
final class SharedLookups {
  private final Dataset dataset;
  private final ProfileTimeline[] timelines = new ProfileTimeline[ProfileTable.ATTRIBUTES.size()];
  private int[] earliest;
  private DistributionActs acts;

  SharedLookups(Dataset dataset) {
    this.dataset = dataset;
  }

  synchronized ProfileTimeline profiles(String attribute) {
    int a = ProfileTable.ATTRIBUTES.indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException(
          "'" + attribute + "' is not a profile attribute: expected one of " + ProfileTable.ATTRIBUTES);
    }
    if (timelines[a] == null) {
      timelines[a] = Timeline.build(dataset, a);
    }
    return timelines[a];
  }

  synchronized int[] earliestActivity() {
    if (earliest == null) {
      earliest = Earliest.compute(dataset);
    }
    return earliest;
  }

  synchronized DistributionActs acts() {
    if (acts == null) {
      acts = Acts.build(dataset.distributions());
    }
    return acts;
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

    static Timeline build(Dataset d, int attribute) {
      ProfileTable t = d.profiles();
      int persons = d.persons().size();
      int[] start = new int[persons + 1];
      int rows = t.size();
      for (int r = 0; r < rows; r++) {
        int p = t.person(r);
        if (p >= 0 && p < persons && t.value(r, attribute) >= 0) {
          start[p + 1]++;
        }
      }
      for (int p = 0; p < persons; p++) {
        start[p + 1] += start[p];
      }
      int[] fill = Arrays.copyOf(start, persons);
      int[] days = new int[start[persons]];
      byte[] values = new byte[start[persons]];
      for (int r = 0; r < rows; r++) {
        int p = t.person(r);
        int v = t.value(r, attribute);
        if (p >= 0 && p < persons && v >= 0) {
          int i = fill[p]++;
          days[i] = t.epochDay(r);
          values[i] = (byte) v;
          // insertion sort within the person's segment, stable: later rows stay after equal days
          while (i > start[p] && days[i - 1] > days[i]) {
            int dd = days[i - 1];
            days[i - 1] = days[i];
            days[i] = dd;
            byte vv = values[i - 1];
            values[i - 1] = values[i];
            values[i] = vv;
            i--;
          }
        }
      }
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

  /** The earliest activity day of each person, over every kind of activity. */
  static final class Earliest {
    private Earliest() {}

    static int[] compute(Dataset d) {
      int persons = d.persons().size();
      int[] out = new int[persons];
      Arrays.fill(out, Integer.MAX_VALUE);
      var c = d.contacts();
      for (int r = 0, n = c.size(); r < n; r++) {
        note(out, c.person(r), c.epochDay(r));
      }
      var a = d.accompaniments();
      for (int r = 0, n = a.size(); r < n; r++) {
        note(out, a.person(r), a.epochDay(r));
      }
      var h = d.health();
      for (int r = 0, n = h.size(); r < n; r++) {
        note(out, h.person(r), h.epochDay(r));
      }
      var t = d.distributions();
      for (int r = 0, n = t.size(); r < n; r++) {
        note(out, t.person(r), t.epochDay(r));
      }
      return out;
    }

    private static void note(int[] out, int p, int day) {
      if (p >= 0 && p < out.length && day < out[p] && day > Integer.MIN_VALUE + 1) {
        out[p] = day;
      }
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

    static Acts build(DistributionTable t) {
      int count = t.actCount();
      int[] first = new int[count];
      Arrays.fill(first, -1);
      int[] days = new int[count];
      int[] antennas = new int[count];
      int[] persons = new int[count];
      for (int r = 0, n = t.size(); r < n; r++) {
        int act = t.act(r);
        if (act >= 0 && act < count && first[act] < 0) {
          first[act] = r;
          days[act] = t.epochDay(r);
          antennas[act] = t.antenna(r);
          persons[act] = t.person(r);
        }
      }
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
