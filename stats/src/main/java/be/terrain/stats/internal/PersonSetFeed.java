package be.terrain.stats.internal;

import be.terrain.stats.Classifier;
import be.terrain.stats.Measure;
import be.terrain.stats.PersonSet;
import be.terrain.stats.PersonSetSink;
import be.terrain.stats.Scope;
import be.terrain.stats.internal.PlanParts.PersonPopPlan;
import be.terrain.stats.internal.PlanParts.TablePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands a {@link PersonSetSink} the persons of every PERSONS table at the organisation and province
 * scopes, for the report's period (slot 0), from the merged accumulator: the record-persons sets
 * are unions over the scope's antennas; a person population's rows are its persons classified one
 * by one, as {@link Finish} counts them, once per table (a province's rows are the organisation's
 * restricted to the province's persons). Runs only when a sink is given; the tasks (a
 * record-persons table in a scope, a person population's table in every scope) run on all cores.
 */
final class PersonSetFeed {
  private final ReportPlan plan;
  private final Accumulator acc;
  private final PersonSetSink sink;
  private final int words;

  private PersonSetFeed(ReportPlan plan, Accumulator acc, PersonSetSink sink) {
    this.plan = plan;
    this.acc = acc;
    this.sink = sink;
    this.words = plan.words;
  }

  /** Feeds the sink every PERSONS table at every organisation and province scope. */
  static void feed(ReportPlan plan, Accumulator acc, PersonSetSink sink) {
    new PersonSetFeed(plan, acc, sink).feed();
  }

  private void feed() {
    List<Runnable> tasks = new ArrayList<>();
    List<Integer> scopes = new ArrayList<>();
    for (int s = 0; s < plan.scopes.count(); s++) {
      Scope.Level level = plan.scopes.scope(s).level();
      if (level == Scope.Level.ORGANISATION) {
        scopes.add(0, s);
      } else if (level != Scope.Level.ANTENNA) {
        scopes.add(s);
      }
    }
    for (TablePlan t : plan.tables) {
      if (t.spec.measure() != Measure.PERSONS) {
        continue;
      }
      if (t.kind == TableKind.RECORD_PERSONS) {
        for (int s : scopes) {
          tasks.add(() -> feedRecordPersons(t, s));
        }
      } else {
        tasks.add(() -> feedPersonPopulation(t, scopes));
      }
    }
    tasks.parallelStream().forEach(Runnable::run);
  }

  private void feedRecordPersons(TablePlan t, int s) {
    long[][] rows = new long[t.codes][];
    long[] n = new long[words];
    for (int c = 0; c < t.codes; c++) {
      rows[c] = union(plan.scopes.antennas(s), t.setOffset + c, t.codes);
      for (int w = 0; w < words; w++) {
        n[w] |= rows[c][w];
      }
    }
    hand(t, s, n, rows);
  }

  /**
   * A person population's table at every scope, the organisation's first: a person's codes do not
   * depend on the scope, so a scope whose persons are all in the organisation's takes the
   * organisation's rows restricted to its persons instead of classifying them again.
   */
  private void feedPersonPopulation(TablePlan t, List<Integer> scopes) {
    PersonPopPlan pp = populationOf(t);
    long[] whole = null;
    long[][] wholeRows = null;
    for (int s : scopes) {
      long[] n = union(plan.scopes.antennas(s), pp.setOffset, 1);
      long[][] rows = new long[t.codes][words];
      if (wholeRows != null && within(n, whole)) {
        for (int c = 0; c < t.codes; c++) {
          for (int w = 0; w < words; w++) {
            rows[c][w] = wholeRows[c][w] & n[w];
          }
        }
      } else {
        classify(t, n, rows);
      }
      if (wholeRows == null && plan.scopes.scope(s).level() == Scope.Level.ORGANISATION) {
        whole = n;
        wholeRows = rows;
      }
      hand(t, s, n, rows);
    }
  }

  private void hand(TablePlan t, int s, long[] n, long[][] rows) {
    List<PersonSet> sets = new ArrayList<>(t.codes);
    for (long[] r : rows) {
      sets.add(new BitPersonSet(r));
    }
    sink.accept(t.spec, plan.scopes.scope(s), new BitPersonSet(n), List.copyOf(sets));
  }

  /** Whether every person of {@code part} is in {@code whole}. */
  private static boolean within(long[] part, long[] whole) {
    for (int w = 0; w < part.length; w++) {
      if ((part[w] & ~whole[w]) != 0) {
        return false;
      }
    }
    return true;
  }

  private PersonPopPlan populationOf(TablePlan t) {
    TablePlan own = t.source >= 0 ? plan.tables[t.source] : t;
    for (PersonPopPlan pp : plan.personPops) {
      for (TablePlan x : pp.tables) {
        if (x == own) {
          return pp;
        }
      }
    }
    throw new IllegalStateException("table " + t.spec.id() + " has no person population");
  }

  /** Adds each person of {@code n} to the rows of its codes. */
  private static void classify(TablePlan t, long[] n, long[][] rows) {
    Classifier cls = t.dim.classifiers[0];
    int[] block = new int[Pass.BLOCK];
    int[] codes = new int[Pass.BLOCK];
    long[] sets = new long[Pass.BLOCK];
    int k = 0;
    for (int w = 0; w < n.length; w++) {
      long bits = n[w];
      while (bits != 0) {
        block[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (k == Pass.BLOCK) {
          place(t, cls, block, k, codes, sets, rows);
          k = 0;
        }
      }
    }
    if (k > 0) {
      place(t, cls, block, k, codes, sets, rows);
    }
  }

  private static void place(
      TablePlan t, Classifier cls, int[] block, int k, int[] codes, long[] sets, long[][] rows) {
    if (t.multi) {
      cls.classifyMulti(block, k, sets);
      for (int i = 0; i < k; i++) {
        long m = sets[i];
        while (m != 0) {
          int c = Long.numberOfTrailingZeros(m);
          m &= m - 1;
          if (c < t.codes) {
            set(rows[c], block[i]);
          }
        }
      }
    } else {
      cls.classify(block, k, codes);
      for (int i = 0; i < k; i++) {
        int c = codes[i];
        if (c >= 0 && c < t.codes) {
          set(rows[c], block[i]);
        }
      }
    }
  }

  private static void set(long[] row, int p) {
    row[p >>> 6] |= 1L << p;
  }

  /** A new set: the union of the sets {@code first + a * stride} over the antennas. */
  private long[] union(int[] antennas, int first, int stride) {
    long[] out = new long[words];
    for (int a : antennas) {
      long[] set = acc.sets[first + a * stride];
      if (set != null) {
        for (int w = 0; w < words; w++) {
          out[w] |= set[w];
        }
      }
    }
    return out;
  }
}
