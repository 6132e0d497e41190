package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.stats.PercentConsistency.Rows;
import org.junit.jupiter.api.Test;

/**
 * The edges of the rounding rules (found by mutation testing): a total of zero, remainders that do
 * not follow the counts, N equal to the counts' bounds, and the names of the roundings.
 */
class RoundingEdgesTest {
  @Test
  void countsAddingUpToZeroHaveNoPercents() {
    assertThatThrownBy(() -> Percentages.largestRemainder(new long[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 0");
    assertThatThrownBy(() -> Percentages.largestRemainder(new long[] {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 0");
  }

  @Test
  void theLeftPointsGoByRemainderNotByCount() {
    // 4/7 = 57 r 1, 3/7 = 42 r 6: the smaller count has the larger remainder
    assertThat(Percentages.largestRemainder(new long[] {4, 3})).containsExactly(57, 43);
    // an exact row (remainder 0) gets no point, however large
    assertThat(Percentages.largestRemainder(new long[] {5, 3, 2, 1, 1}))
        .containsExactly(42, 25, 17, 8, 8);
  }

  @Test
  void nMustBePositiveToFindCounts() {
    assertThatThrownBy(() -> PercentConsistency.countsFor(0, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("N must be positive: 0");
    assertThatThrownBy(() -> PercentConsistency.check(0, 50, 50))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsThatReachNExactlyFit() {
    // 50 % of 10 is 5 and nothing else: 5 + 5 is exactly N, at once the least and the most
    assertThat(PercentConsistency.check(10, Rows.PARTITION, 50, 50).countsFit()).isTrue();
    assertThat(PercentConsistency.check(10, Rows.DISJOINT, 50, 50).countsFit()).isTrue();
    // one more row of 10 % (1 person) goes past N
    assertThat(PercentConsistency.check(10, Rows.PARTITION, 50, 50, 10).countsFit()).isFalse();
    assertThat(PercentConsistency.check(10, Rows.DISJOINT, 50, 50, 10).countsFit()).isFalse();
  }

  @Test
  void withAnImpossibleRowThePossibleOnesNeedOnlyFitInN() {
    // 25 % of 10 is out of reach; 100 % is all 10: they fit, exactly
    PercentConsistency.Result r = PercentConsistency.check(10, Rows.PARTITION, 100, 25);
    assertThat(r.impossibleRows()).containsExactly(1);
    assertThat(r.countsFit()).isTrue();
    assertThat(r.possible()).isFalse();
    // 100 % and 10 %: 11 persons of 10
    assertThat(PercentConsistency.check(10, Rows.PARTITION, 100, 10, 25).countsFit()).isFalse();
    // 20 % (2) alone fits in N even though the counts cannot add up to N
    assertThat(PercentConsistency.check(10, Rows.PARTITION, 20, 25).countsFit()).isTrue();
  }

  @Test
  void roundingsAreNamedAsReportJsonWritesThem() {
    assertThat(Rounding.HALF_UP.id()).isEqualTo("half-up");
    assertThat(Rounding.LARGEST_REMAINDER.id()).isEqualTo("largest-remainder");
    for (Rounding r : Rounding.values()) {
      assertThat(Rounding.parse(r.id())).isSameAs(r);
    }
    assertThatThrownBy(() -> Rounding.parse("half-even"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rounding 'half-even'");
  }
}
