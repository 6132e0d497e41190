package be.terrain.stats.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.stats.Classifier;
import be.terrain.stats.TableSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Sliced tables that count only known against UNKNOWN ({@link ReportPlan#unknownsOnly}): the
 * table's list collapsed to the first known code of its dimension's list (standing for every known
 * code) and UNKNOWN; one slice per dimension, its UNKNOWN persons, beside one of the persons whose
 * code lies outside the list (usually none: they count in n only). The known count is what is left
 * of a scope's n. A table of the same UNKNOWN row, n and sum of the rows as the whole table, for
 * far fewer bits to set than one slice per code (what the quality report reads without small-count
 * suppression).
 */
final class UnknownsOnly {
  private UnknownsOnly() {}

  /**
   * The collapsed list of a sliced table: the dimension's list's first known code (when it has one)
   * then UNKNOWN.
   *
   * @throws IllegalArgumentException when the list has no UNKNOWN code
   */
  static CodeList collapsed(TableSpec spec, CodeList list) {
    int unknown = list.indexOf(Code.UNKNOWN);
    if (unknown < 0) {
      throw new IllegalArgumentException(
          "table " + spec.id() + ": list " + list.id() + " has no UNKNOWN code to count");
    }
    List<Code> codes = new ArrayList<>(2);
    for (int c = 0; c < list.size(); c++) {
      if (c != unknown) {
        codes.add(list.get(c));
        break;
      }
    }
    codes.add(list.get(unknown));
    return CodeList.of(list.id(), codes);
  }

  /**
   * Sets, for a block of persons (ascending) of the words from {@code from}, the bits of those
   * whose code is the list's UNKNOWN ({@code out[0]}) or lies outside the list ({@code out[1]},
   * made when first needed).
   *
   * @param list the dimension's whole list
   */
  static void put(
      Classifier classifier,
      CodeList list,
      int[] block,
      int k,
      int[] code,
      long[][] out,
      int from) {
    classifier.classify(block, k, code);
    int unknown = list.indexOf(Code.UNKNOWN);
    int size = list.size();
    long[] unknowns = out[0];
    int word = -1;
    long bits = 0;
    for (int i = 0; i < k; i++) {
      int p = block[i];
      int w = (p >>> 6) - from;
      if (w != word) {
        if (word >= 0) {
          unknowns[word] |= bits;
        }
        word = w;
        bits = 0;
      }
      int c = code[i];
      bits |= (c == unknown ? 1L : 0L) << p;
      if (c < 0 || c >= size) {
        if (out[1] == null) {
          out[1] = new long[unknowns.length];
        }
        out[1][w] |= 1L << p;
      }
    }
    if (word >= 0) {
      unknowns[word] |= bits;
    }
  }

  /**
   * Adds to {@code out[b + c]} a collapsed table's counts in a scope of {@code n} persons: the
   * UNKNOWN persons, and the known ones (the rest, but the outsiders).
   */
  static void intersect(long[] scope, long n, long[][] slices, int codes, long[] out, int b) {
    long unknown = cardinality(scope, slices[0]);
    out[b + codes - 1] += unknown;
    if (codes == 2) {
      out[b] += n - unknown - cardinality(scope, slices[1]);
    }
  }

  private static long cardinality(long[] scope, long[] slice) {
    if (slice == null) {
      return 0;
    }
    long k = 0;
    for (int w = 0; w < scope.length; w++) {
      k += Long.bitCount(scope[w] & slice[w]);
    }
    return k;
  }
}
