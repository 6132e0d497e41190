package be.terrain.stats.internal;

import be.terrain.stats.Classifier;
import be.terrain.stats.PersonSetSink;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.internal.PlanParts.PersonPopPlan;
import be.terrain.stats.internal.PlanParts.TablePlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns a plan's merged accumulator into the report: antennas are folded into every scope (sums of
 * counts, unions of person sets, so that a person is never counted twice), person populations are
 * classified person by person (or counted by bit slices: {@link PersonSlices}), and {@link
 * TableMaker} adds percents, history and suppression.
 */
final class Finish {
  private final ReportPlan plan;
  private final Accumulator acc;
  private final ScopeLayout scopes;
  private final int words;

  /** raw[table][scope][slot][code], the last code being n; shared by tables of the same figures. */
  private final long[][][][] raw;

  private Finish(ReportPlan plan, Accumulator acc) {
    this.plan = plan;
    this.acc = acc;
    this.scopes = plan.scopes;
    this.words = plan.words;
    this.raw = new long[plan.tables.length][scopes.count()][][];
    for (int t = 0; t < plan.tables.length; t++) {
      for (int s = 0; s < scopes.count(); s++) {
        int source = plan.tables[t].source;
        raw[t][s] =
            source >= 0
                ? raw[source][s]
                : new long[plan.tables[t].maxSlot + 1][plan.tables[t].codes + 1];
      }
    }
  }

  /** The report of a plan's accumulated records. */
  static Report report(ReportPlan plan, Accumulator acc) {
    return new Finish(plan, acc).report();
  }

  /** The report, and the persons of its PERSONS tables handed to a sink. */
  static Report report(ReportPlan plan, Accumulator acc, PersonSetSink sink) {
    Report report = report(plan, acc);
    PersonSetFeed.feed(plan, acc, sink);
    return report;
  }

  private Report report() {
    IntStream.range(0, scopes.count()).parallel().forEach(this::foldRecordTables);
    if (plan.personPops.length > 0 && words > 0) {
      foldPersonTables();
      PersonSlices.count(plan, acc, raw);
    }
    ReportOptions options = plan.options;
    List<ReportTable> out = new ArrayList<>(plan.tables.length * scopes.count());
    for (int t = 0; t < plan.tables.length; t++) {
      TablePlan tp = plan.tables[t];
      for (int s = 0; s < scopes.count(); s++) {
        out.add(TableMaker.make(tp.spec, tp.list, scopes.scope(s), raw[t][s], options));
      }
    }
    out.sort(
        Comparator.comparing(ReportTable::id, Scope.CODE_POINT_ORDER)
            .thenComparing(ReportTable::scope));
    return new Report(
        plan.dataset.organisation().id(),
        options.period(),
        options.rounding(),
        options.suppressBelow(),
        options.language(),
        out);
  }

  /** Counts and record-persons tables of one scope: sums and unions over its antennas. */
  private void foldRecordTables(int s) {
    int[] as = scopes.antennas(s);
    long[] buffer = new long[words];
    long[] union = new long[words];
    for (int ti = 0; ti < plan.tables.length; ti++) {
      TablePlan t = plan.tables[ti];
      long[][] r = raw[ti][s];
      if (t.source >= 0) {
        continue; // folded with its source
      }
      if (t.kind == TableKind.COUNT) {
        for (int slot = 0; slot <= t.maxSlot; slot++) {
          for (int a : as) {
            int b = t.countOffset + (slot * plan.antennas + a) * (t.codes + 1);
            for (int c = 0; c <= t.codes; c++) {
              r[slot][c] += acc.counts[b + c];
            }
          }
        }
      } else if (t.kind == TableKind.RECORD_PERSONS) {
        for (int slot = 0; slot <= t.maxSlot; slot++) {
          Arrays.fill(union, 0);
          int first = t.setOffset + slot * plan.antennas * t.codes;
          for (int c = 0; c < t.codes; c++) {
            long[] set = unionOf(as, first + c, t.codes, 0, words, buffer);
            if (set != null) {
              r[slot][c] = cardinality(set);
              for (int w = 0; w < words; w++) {
                union[w] |= set[w];
              }
            }
          }
          r[slot][t.codes] = cardinality(union);
        }
      }
    }
  }

  /** Person populations' tables: persons classified in chunks of words on all cores, summed. */
  private void foldPersonTables() {
    long[] personCounts = Parallel.sumOverWords(words, this::classifyPersons);
    for (PersonPopPlan pp : plan.personPops) {
      for (int k = 0; k < pp.tables.length; k++) {
        TablePlan t = pp.tables[k];
        int ti = Arrays.asList(plan.tables).indexOf(t);
        int stride = t.codes + 1;
        for (int s = 0; s < scopes.count(); s++) {
          for (int slot = 0; slot <= t.maxSlot; slot++) {
            int from = pp.countOffsets[k] + (slot * scopes.count() + s) * stride;
            System.arraycopy(personCounts, from, raw[ti][s][slot], 0, stride);
          }
        }
      }
    }
  }

  /**
   * Classifies the persons numbered {@code 64 * fromWord} to {@code 64 * toWord - 1} of every
   * person population, slot and scope: their counts, laid out by {@link
   * PersonPopPlan#countOffsets}.
   */
  private long[] classifyPersons(int fromWord, int toWord) {
    long[] out = new long[plan.personCountsLength];
    long[] buffer = new long[words];
    int[] block = new int[Pass.BLOCK];
    int[] codes = new int[Pass.BLOCK];
    long[] sets = new long[Pass.BLOCK];
    for (PersonPopPlan pp : plan.personPops) {
      int maxSlot = -1; // the slots a classified table needs (sliced tables may need more)
      for (TablePlan t : pp.tables) {
        maxSlot = Math.max(maxSlot, t.maxSlot);
      }
      for (int slot = 0; slot <= maxSlot; slot++) {
        for (int s = 0; s < scopes.count(); s++) {
          int first = pp.setOffset + slot * plan.antennas;
          long[] set = unionOf(scopes.antennas(s), first, 1, fromWord, toWord, buffer);
          if (set == null) {
            continue;
          }
          int k = 0;
          for (int w = fromWord; w < toWord; w++) {
            long bits = set[w];
            while (bits != 0) {
              block[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
              bits &= bits - 1;
              if (k == Pass.BLOCK) {
                countPersons(pp, slot, s, block, k, codes, sets, out);
                k = 0;
              }
            }
          }
          if (k > 0) {
            countPersons(pp, slot, s, block, k, codes, sets, out);
          }
        }
      }
    }
    return out;
  }

  private void countPersons(
      PersonPopPlan pp, int slot, int s, int[] block, int k, int[] codes, long[] sets, long[] out) {
    for (int j = 0; j < pp.tables.length; j++) {
      TablePlan t = pp.tables[j];
      if (slot > t.maxSlot) {
        continue;
      }
      int stride = t.codes + 1;
      int b = pp.countOffsets[j] + (slot * scopes.count() + s) * stride;
      out[b + t.codes] += k;
      Classifier cls = t.dim.classifiers[slot];
      if (t.multi) {
        cls.classifyMulti(block, k, sets);
        for (int i = 0; i < k; i++) {
          long m = sets[i];
          while (m != 0) {
            int c = Long.numberOfTrailingZeros(m);
            m &= m - 1;
            if (c < t.codes) {
              out[b + c]++;
            }
          }
        }
      } else {
        cls.classify(block, k, codes);
        for (int i = 0; i < k; i++) {
          int c = codes[i];
          if (c >= 0 && c < t.codes) {
            out[b + c]++;
          }
        }
      }
    }
  }

  /**
   * The union, over words {@code from} to {@code to}, of one set over a scope's antennas (sets
   * {@code first + a * stride}): the antenna's own set when there is one antenna; null when all are
   * empty. Words outside the range are not meaningful.
   */
  private long[] unionOf(int[] as, int first, int stride, int from, int to, long[] buffer) {
    if (as.length == 1) {
      return acc.sets[first + as[0] * stride];
    }
    boolean any = false;
    for (int a : as) {
      long[] set = acc.sets[first + a * stride];
      if (set == null) {
        continue;
      }
      if (!any) {
        System.arraycopy(set, from, buffer, from, to - from);
        any = true;
      } else {
        for (int w = from; w < to; w++) {
          buffer[w] |= set[w];
        }
      }
    }
    return any ? buffer : null;
  }

  private static long cardinality(long[] set) {
    long n = 0;
    for (long w : set) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
