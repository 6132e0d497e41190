package be.terrain.stats.internal;

import be.terrain.stats.Classifier;
import be.terrain.stats.internal.PlanParts.TablePlan;

/**
 * Adds selected records to one table of the pass: each record is classified, then counted (with its
 * {@link Weight}) per antenna and code, or its person added to the set of its antenna and code. A
 * record with a code outside the list ({@link Classifier#NONE}) counts in {@code n} only. Not
 * thread-safe: its buffers belong to one {@link Pass}.
 */
final class Tally {
  private final ReportPlan plan;
  private final int[] codes;
  private final long[] sets;
  private final long[] weights;

  Tally(ReportPlan plan, int block) {
    this.plan = plan;
    this.codes = new int[block];
    this.sets = new long[block];
    this.weights = new long[block];
  }

  /**
   * Adds the first {@code m} records (with their antennas and persons) to a table in a slot.
   *
   * @param weighed whether the tally holds these records' weights of the table's kind already (the
   *     previous table of the same records counted with the same weight)
   */
  void add(
      Accumulator acc,
      TablePlan t,
      int slot,
      int[] rows,
      int[] ants,
      int[] pers,
      int m,
      boolean weighed) {
    Classifier cls = t.dim.classifiers[slot];
    if (t.multi) {
      cls.classifyMulti(rows, m, sets);
    } else if (cls instanceof RecordPersonKnown k) {
      k.classifyPersons(pers, m, codes); // the persons the pass read
    } else {
      cls.classify(rows, m, codes);
    }
    if (t.kind == TableKind.COUNT) {
      if (!weighed) {
        t.weight.fill(plan.dataset, rows, m, weights);
      }
      count(acc.counts, t, t.countOffset + slot * plan.antennas * (t.codes + 1), ants, m);
    } else {
      collect(acc, t, t.setOffset + slot * plan.antennas * t.codes, ants, pers, m);
    }
  }

  /** Counts: per antenna, n then each code, {@code codes + 1} counts from {@code b0}. */
  private void count(long[] counts, TablePlan t, int b0, int[] ants, int m) {
    int codesInList = t.codes;
    int stride = codesInList + 1;
    if (t.multi) {
      for (int i = 0; i < m; i++) {
        long w = weights[i];
        int b = b0 + ants[i] * stride;
        counts[b + codesInList] += w;
        long s = sets[i];
        while (s != 0) {
          int c = Long.numberOfTrailingZeros(s);
          s &= s - 1;
          if (c < codesInList) {
            counts[b + c] += w;
          }
        }
      }
    } else {
      for (int i = 0; i < m; i++) {
        long w = weights[i];
        int b = b0 + ants[i] * stride;
        counts[b + codesInList] += w;
        int c = codes[i];
        if (c >= 0 && c < codesInList) {
          counts[b + c] += w;
        }
      }
    }
  }

  /** Record persons: per antenna, a person set for each code from {@code b0}. */
  private void collect(Accumulator acc, TablePlan t, int b0, int[] ants, int[] pers, int m) {
    int codesInList = t.codes;
    if (t.multi) {
      for (int i = 0; i < m; i++) {
        int p = pers[i];
        if (p < 0) {
          continue;
        }
        int b = b0 + ants[i] * codesInList;
        long s = sets[i];
        while (s != 0) {
          int c = Long.numberOfTrailingZeros(s);
          s &= s - 1;
          if (c < codesInList) {
            acc.add(b + c, p);
          }
        }
      }
    } else {
      for (int i = 0; i < m; i++) {
        int p = pers[i];
        int c = codes[i];
        if (p >= 0 && c >= 0 && c < codesInList) {
          acc.add(b0 + ants[i] * codesInList + c, p);
        }
      }
    }
  }
}
