package be.terrain.stats.internal;

import be.terrain.stats.Subject;
import be.terrain.stats.internal.PlanParts.DimPlan;
import be.terrain.stats.internal.PlanParts.PersonPopPlan;
import be.terrain.stats.internal.PlanParts.RecordPopPlan;
import be.terrain.stats.internal.PlanParts.SubjectPlan;
import be.terrain.stats.internal.PlanParts.TablePlan;
import java.util.Arrays;

/**
 * One thread's pass over a range of a subject's records: read a block at a time through {@link
 * DatedRows}, each block's records sorted into slots; per slot, each condition's dimension
 * classifies the block once, then each population's selected records go to its tables ({@link
 * Tally}) and to the person sets of the person populations it feeds. No allocation per record, no
 * boxing. Not thread-safe: one per thread and subject.
 */
final class Pass {
  static final int BLOCK = 1024;

  private final ReportPlan plan;
  private final SubjectPlan sp;
  private final DatedRows records;
  private final Tally tally;
  private final int[][] rows;
  private final int[][] ants;
  private final int[][] pers;
  private final int[] size;
  private final int[][] condCodes;
  private final long[][] condSets;
  private final int[] sel = new int[BLOCK];
  private final int[] selRows = new int[BLOCK];
  private final int[] selAnts = new int[BLOCK];
  private final int[] selPers = new int[BLOCK];

  /** A pass over a subject that some population reads. */
  Pass(ReportPlan plan, Subject subject) {
    this.plan = plan;
    this.sp = plan.subjects[subject.ordinal()];
    this.records = DatedRows.of(plan.dataset, subject, plan.shared::acts);
    this.tally = new Tally(plan, BLOCK);
    int slots = sp.maxSlot + 1;
    this.rows = new int[slots][BLOCK];
    this.ants = new int[slots][BLOCK];
    this.pers = new int[slots][BLOCK];
    this.size = new int[slots];
    this.condCodes = new int[sp.conditionDims.length][BLOCK];
    this.condSets = new long[sp.conditionDims.length][BLOCK];
  }

  /** Adds the records {@code from} (included) to {@code to} (excluded). */
  void accumulate(Accumulator acc, int from, int to) {
    int max = sp.maxSlot;
    for (int b0 = from; b0 < to; b0 += BLOCK) {
      int b1 = Math.min(to, b0 + BLOCK);
      Arrays.fill(size, 0);
      for (int r = b0; r < b1; r++) {
        int slot = plan.slots.of(records.epochDay(r));
        if (slot >= 0 && slot <= max) {
          put(slot, r, records.antenna(r), records.person(r));
        }
      }
      for (int slot = 0; slot <= max; slot++) {
        if (size[slot] > 0) {
          process(acc, slot);
        }
      }
    }
  }

  private void put(int slot, int r, int a, int p) {
    if (a < 0 || a >= plan.antennas) {
      return;
    }
    int k = size[slot]++;
    rows[slot][k] = r;
    ants[slot][k] = a;
    pers[slot][k] = p < plan.persons ? p : -1;
  }

  /** Adds one slot's records of a block to every population of the subject. */
  private void process(Accumulator acc, int slot) {
    int n = size[slot];
    int[] rs = rows[slot];
    int[] as = ants[slot];
    int[] ps = pers[slot];
    for (int d = 0; d < sp.conditionDims.length; d++) {
      DimPlan dim = sp.conditionDims[d];
      if (slot <= dim.maxSlot) {
        if (dim.multi) {
          dim.classifiers[slot].classifyMulti(rs, n, condSets[d]);
        } else {
          dim.classifiers[slot].classify(rs, n, condCodes[d]);
        }
      }
    }
    for (RecordPopPlan pop : sp.pops) {
      if (slot > pop.maxSlot) {
        continue;
      }
      int m;
      int[] selR;
      int[] selA;
      int[] selP;
      if (pop.conditions.length == 0) {
        m = n;
        selR = rs;
        selA = as;
        selP = ps;
      } else {
        m = select(pop, n);
        selR = selRows;
        selA = selAnts;
        selP = selPers;
        for (int i = 0; i < m; i++) {
          int k = sel[i];
          selR[i] = rs[k];
          selA[i] = as[k];
          selP[i] = ps[k];
        }
      }
      if (m == 0) {
        continue;
      }
      Weight weighed = null; // the weight the tally holds for these records
      for (TablePlan t : pop.tables) {
        if (slot <= t.maxSlot) {
          tally.add(acc, t, slot, selR, selA, selP, m, t.weight == weighed);
          weighed = t.kind == TableKind.COUNT ? t.weight : weighed;
        }
      }
      for (PersonPopPlan f : pop.feeds) {
        if (slot <= f.maxSlot) {
          int b = f.setOffset + slot * plan.antennas;
          for (int i = 0; i < m; i++) {
            int p = selP[i];
            if (p >= 0) {
              acc.add(b + selA[i], p);
            }
          }
        }
      }
    }
  }

  /** The block positions passing the population's conditions, into {@link #sel}; their number. */
  private int select(RecordPopPlan pop, int n) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      sel[m] = i;
      m++;
    }
    for (int c = 0; c < pop.conditions.length; c++) {
      int d = pop.conditionIndexes[c];
      int code = pop.conditionCodes[c];
      int k = 0;
      if (pop.conditions[c].multi) {
        long bit = 1L << code;
        long[] sets = condSets[d];
        for (int i = 0; i < m; i++) {
          int j = sel[i];
          if ((sets[j] & bit) != 0) {
            sel[k++] = j;
          }
        }
      } else {
        int[] codes = condCodes[d];
        for (int i = 0; i < m; i++) {
          int j = sel[i];
          if (codes[j] == code) {
            sel[k++] = j;
          }
        }
      }
      m = k;
    }
    return m;
  }
}
