package be.terrain.stats.internal;

import be.terrain.core.CodeList;
import be.terrain.stats.Classifier;
import be.terrain.stats.internal.PlanParts.DimPlan;
import be.terrain.stats.internal.PlanParts.PersonPopPlan;
import be.terrain.stats.internal.PlanParts.TablePlan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the person tables of kind {@link TableKind#PERSON_SLICES}: in each slot, the persons of
 * their populations (in the organisation) are classified once per dimension into a bit set per code
 * (a slice), then a table's count of a code in a scope is the cardinality of the slice's
 * intersection with the scope's persons, and its n the cardinality of the scope's persons. The same
 * figures as classifying every person of every scope ({@link TableKind#PERSON_POPULATION}), for
 * many tables over few scopes at the cost of word operations. The persons are split into ranges of
 * words on all cores.
 */
final class PersonSlices {
  private final ReportPlan plan;
  private final Accumulator acc;
  private final int scopes;

  /** The sliced tables that have their own figures (no source). */
  private final List<TablePlan> tables = new ArrayList<>();

  /** Where each table's counts start: per slot and scope, each code then n. */
  private final int[] offsets;

  private final int length;

  private PersonSlices(ReportPlan plan, Accumulator acc) {
    this.plan = plan;
    this.acc = acc;
    this.scopes = plan.scopes.count();
    for (TablePlan t : plan.tables) {
      if (t.kind == TableKind.PERSON_SLICES && t.source < 0) {
        tables.add(t);
      }
    }
    this.offsets = new int[tables.size()];
    int n = 0;
    for (int j = 0; j < offsets.length; j++) {
      offsets[j] = n;
      n += (tables.get(j).maxSlot + 1) * scopes * (tables.get(j).codes + 1);
    }
    this.length = n;
  }

  /** Fills {@code raw[table][scope]} of every sliced table that has its own figures. */
  static void count(ReportPlan plan, Accumulator acc, long[][][][] raw) {
    PersonSlices slices = new PersonSlices(plan, acc);
    if (slices.tables.isEmpty() || plan.words == 0) {
      return;
    }
    long[] counts = Parallel.sumOverWords(plan.words, slices::count);
    List<TablePlan> all = List.of(plan.tables);
    for (int j = 0; j < slices.tables.size(); j++) {
      TablePlan t = slices.tables.get(j);
      int ti = all.indexOf(t);
      int stride = t.codes + 1;
      for (int s = 0; s < slices.scopes; s++) {
        for (int slot = 0; slot <= t.maxSlot; slot++) {
          int from = slices.offsets[j] + (slot * slices.scopes + s) * stride;
          System.arraycopy(counts, from, raw[ti][s][slot], 0, stride);
        }
      }
    }
  }

  /** The counts of the persons numbered {@code 64 * from} to {@code 64 * to - 1}. */
  private long[] count(int from, int to) {
    long[] out = new long[length];
    int len = to - from;
    long[] scope = new long[len];
    int maxSlot = tables.stream().mapToInt(t -> t.maxSlot).max().orElse(-1);
    for (int slot = 0; slot <= maxSlot; slot++) {
      List<PersonPopPlan> pops = new ArrayList<>();
      Map<DimPlan, long[][]> slices = new IdentityHashMap<>();
      for (TablePlan t : tables) {
        if (slot <= t.maxSlot) {
          PersonPopPlan pp = popOf(t);
          if (!pops.contains(pp)) {
            pops.add(pp);
          }
          slices.put(t.dim, null);
        }
      }
      long[] everyone = new long[len];
      for (PersonPopPlan pp : pops) {
        if (union(pp, slot, 0, from, scope)) {
          for (int w = 0; w < len; w++) {
            everyone[w] |= scope[w];
          }
        }
      }
      slice(slices, slot, everyone, from);
      for (PersonPopPlan pp : pops) {
        for (int s = 0; s < scopes; s++) {
          if (!union(pp, slot, s, from, scope)) {
            continue;
          }
          long n = 0;
          for (long x : scope) {
            n += Long.bitCount(x);
          }
          for (int j = 0; j < tables.size(); j++) {
            TablePlan t = tables.get(j);
            if (slot <= t.maxSlot && popOf(t) == pp) {
              int b = offsets[j] + (slot * scopes + s) * (t.codes + 1);
              out[b + t.codes] = n;
              if (plan.unknownsOnly) {
                UnknownsOnly.intersect(scope, n, slices.get(t.dim), t.codes, out, b);
              } else {
                intersect(scope, slices.get(t.dim), out, b);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** Adds to {@code out[b + c]} the cardinality of {@code scope} and each code's slice. */
  private static void intersect(long[] scope, long[][] slices, long[] out, int b) {
    for (int c = 0; c < slices.length; c++) {
      long[] slice = slices[c];
      if (slice == null) {
        continue;
      }
      long k = 0;
      for (int w = 0; w < scope.length; w++) {
        k += Long.bitCount(scope[w] & slice[w]);
      }
      out[b + c] += k;
    }
  }

  /**
   * The persons of {@code everyone} by code of each dimension in a slot: a bit set per code of the
   * list (null when no person has it), into {@code slices}; codes outside the list are left out
   * (they count in n only). The persons are taken a block at a time, each block classified by every
   * dimension.
   */
  private void slice(Map<DimPlan, long[][]> slices, int slot, long[] everyone, int from) {
    DimPlan[] dims = slices.keySet().toArray(new DimPlan[0]);
    long[][][] out = new long[dims.length][][];
    CodeList[] lists = new CodeList[dims.length];
    for (int d = 0; d < dims.length; d++) {
      lists[d] = plan.slots.context(0).codes(dims[d].dimension.codeList());
      out[d] =
          plan.unknownsOnly
              ? new long[][] {new long[everyone.length], null}
              : new long[lists[d].size()][];
      slices.put(dims[d], out[d]);
    }
    int[] block = new int[Pass.BLOCK];
    int[] code = new int[Pass.BLOCK];
    int k = 0;
    for (int w = 0; w < everyone.length; w++) {
      long bits = everyone[w];
      while (bits != 0) {
        block[k++] = ((from + w) << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (k == Pass.BLOCK) {
          put(dims, lists, slot, block, k, code, out, from, everyone.length);
          k = 0;
        }
      }
    }
    if (k > 0) {
      put(dims, lists, slot, block, k, code, out, from, everyone.length);
    }
  }

  /** Sets the bits of a block of persons in each dimension's slices. */
  private void put(
      DimPlan[] dims,
      CodeList[] lists,
      int slot,
      int[] block,
      int k,
      int[] code,
      long[][][] out,
      int from,
      int len) {
    for (int d = 0; d < dims.length; d++) {
      Classifier classifier = dims[d].classifiers[slot];
      if (plan.unknownsOnly) {
        UnknownsOnly.put(classifier, lists[d], block, k, code, out[d], from);
      } else {
        put(classifier, block, k, code, out[d], from, len);
      }
    }
  }

  private static void put(
      Classifier classifier, int[] block, int k, int[] code, long[][] out, int from, int len) {
    classifier.classify(block, k, code);
    for (int i = 0; i < k; i++) {
      int c = code[i];
      if (c >= 0 && c < out.length) {
        long[] slice = out[c];
        if (slice == null) {
          slice = new long[len];
          out[c] = slice;
        }
        int p = block[i];
        slice[(p >>> 6) - from] |= 1L << p;
      }
    }
  }

  /**
   * The persons of a population in a slot and scope, words {@code from} to {@code from +
   * into.length}, into {@code into}: the union of its antennas' sets; false (and {@code into} not
   * meaningful) when none has one.
   */
  private boolean union(PersonPopPlan pp, int slot, int s, int from, long[] into) {
    int first = pp.setOffset + slot * plan.antennas;
    boolean any = false;
    for (int a : plan.scopes.antennas(s)) {
      long[] set = acc.sets[first + a];
      if (set == null) {
        continue;
      }
      if (!any) {
        System.arraycopy(set, from, into, 0, into.length);
        any = true;
      } else {
        for (int w = 0; w < into.length; w++) {
          into[w] |= set[from + w];
        }
      }
    }
    return any;
  }

  private PersonPopPlan popOf(TablePlan t) {
    for (PersonPopPlan pp : plan.personPops) {
      if (pp.population.equals(t.spec.population())) {
        return pp;
      }
    }
    throw new IllegalStateException("no person population for table " + t.spec.id());
  }
}
