package be.terrain.stats;

import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Small-count protection through its public face ({@link SmallCounts}): the rule of {@code
 * standard-report.md} on chosen tables, and against a model that reads the rule word for word.
 */
class SmallCountsTest {
  @Test
  void oneToKMinusOneIsSmall() {
    assertThat(SmallCounts.isSmall(0, 5)).isFalse();
    assertThat(SmallCounts.isSmall(1, 5)).isTrue();
    assertThat(SmallCounts.isSmall(4, 5)).isTrue();
    assertThat(SmallCounts.isSmall(5, 5)).isFalse();
    assertThat(SmallCounts.isSmall(1, 1)).isFalse();
  }

  @Test
  void aLoneHiddenRowHidesTheSmallestNonZeroRowLeft() {
    // zero rows are never the complement: the 10 goes, not the 0
    assertThat(SmallCounts.suppressed(new long[] {0, 2, 10, 20}, 5))
        .containsExactly(false, true, true, false);
    // the smallest, wherever it stands: the first row here, though rows after it are eligible
    assertThat(SmallCounts.suppressed(new long[] {10, 2, 20}, 5))
        .containsExactly(true, true, false);
    // among equal counts the first in code order
    assertThat(SmallCounts.suppressed(new long[] {2, 10, 10}, 5))
        .containsExactly(true, true, false);
    assertThat(SmallCounts.suppressed(new long[] {12, 3, 10, 10}, 5))
        .containsExactly(false, true, true, false);
  }

  @Test
  void twoHiddenRowsOrNoneHideNothingMore() {
    assertThat(SmallCounts.suppressed(new long[] {1, 2, 10}, 5)).containsExactly(true, true, false);
    assertThat(SmallCounts.suppressed(new long[] {0, 5, 10}, 5))
        .containsExactly(false, false, false);
    // a lone hidden row with nothing non-zero left: nothing else to hide
    assertThat(SmallCounts.suppressed(new long[] {0, 3, 0}, 5)).containsExactly(false, true, false);
    assertThat(SmallCounts.suppressed(new long[] {}, 5)).isEmpty();
  }

  /** Tables of zero to six counts, many of them small, zero or equal. */
  static Gen<long[]> tables() {
    Gen<Long> count =
        weighted(
                w(2, integers().between(0, 12)),
                w(1, pick(0, 1, 4, 5, 6)),
                w(1, integers().between(0, 1000)))
            .map(Integer::longValue);
    return lists()
        .of(count)
        .ofSizeBetween(0, 6)
        .map(l -> l.stream().mapToLong(Long::longValue).toArray())
        .describedAs(java.util.Arrays::toString);
  }

  @Test
  void agreesWithTheRuleAsWritten() {
    qt().withExamples(1000)
        .forAll(tables(), integers().between(1, 11))
        .checkAssert(
            (counts, k) ->
                assertThat(SmallCounts.suppressed(counts, k)).isEqualTo(model(counts, k)));
  }

  /**
   * The rule read literally: hide 1 to k-1; if that hid exactly one row, also hide the row with the
   * smallest non-zero count among those not hidden, the first of them on a tie.
   */
  private static boolean[] model(long[] counts, int k) {
    boolean[] out = new boolean[counts.length];
    int hidden = 0;
    for (int c = 0; c < counts.length; c++) {
      out[c] = counts[c] >= 1 && counts[c] <= k - 1;
      hidden += out[c] ? 1 : 0;
    }
    if (hidden != 1) {
      return out;
    }
    List<Integer> left = new java.util.ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      if (!out[c] && counts[c] != 0) {
        left.add(c);
      }
    }
    left.stream()
        .min(java.util.Comparator.comparingLong((Integer c) -> counts[c]).thenComparing(c -> c))
        .ifPresent(c -> out[c] = true);
    return out;
  }
}
