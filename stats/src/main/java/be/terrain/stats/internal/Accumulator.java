package be.terrain.stats.internal;

/**
 * What one range of records adds up to, per antenna: counts in one {@code long[]} and person sets
 * as {@code long[]} bit sets over dense person numbers, allocated on first use. Merging adds counts
 * and ORs sets, so it is associative and commutative: any split of the records, merged in any
 * order, gives the same totals. Not thread-safe; each range has its own.
 */
public final class Accumulator {
  final long[] counts;
  final long[][] sets;
  final int words;

  Accumulator(int counts, int sets, int words) {
    this.counts = new long[counts];
    this.sets = new long[sets][];
    this.words = words;
  }

  void add(int set, int person) {
    long[] s = sets[set];
    if (s == null) {
      s = new long[words];
      sets[set] = s;
    }
    s[person >>> 6] |= 1L << person;
  }

  /**
   * Adds another accumulator of the same plan into this one.
   *
   * @return this
   */
  public Accumulator merge(Accumulator other) {
    if (other.counts.length != counts.length
        || other.sets.length != sets.length
        || other.words != words) {
      throw new IllegalArgumentException("accumulators of different plans cannot be merged");
    }
    long[] c = counts;
    long[] oc = other.counts;
    for (int i = 0; i < c.length; i++) {
      c[i] += oc[i];
    }
    for (int i = 0; i < sets.length; i++) {
      long[] o = other.sets[i];
      if (o == null) {
        continue;
      }
      long[] s = sets[i];
      if (s == null) {
        sets[i] = o.clone();
      } else {
        for (int w = 0; w < s.length; w++) {
          s[w] |= o[w];
        }
      }
    }
    return this;
  }
}
