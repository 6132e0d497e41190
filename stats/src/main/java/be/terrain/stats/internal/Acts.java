package be.terrain.stats.internal;

import be.terrain.core.DistributionTable;
import be.terrain.stats.DistributionActs;
import java.util.Arrays;
import java.util.stream.IntStream;

/** Acts as records: the date, antenna and person of each act's first row. */
final class Acts implements DistributionActs {
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
