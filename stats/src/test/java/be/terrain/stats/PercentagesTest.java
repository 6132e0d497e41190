package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentagesTest {
  @Test
  void halfUpRoundsHalfUp() {
    assertThat(Percentages.halfUp(68, 117)).isEqualTo(58);
    assertThat(Percentages.halfUp(1, 8)).isEqualTo(13); // 12.5
    assertThat(Percentages.halfUp(1, 200)).isEqualTo(1); // 0.5
    assertThat(Percentages.halfUp(1, 201)).isZero();
    assertThat(Percentages.halfUp(0, 5)).isZero();
    assertThat(Percentages.halfUp(5, 5)).isEqualTo(100);
    assertThatThrownBy(() -> Percentages.halfUp(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be positive: 0");
  }

  @Test
  void largestRemainderAddsUpTo100AndTiesGoToTheFirst() {
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    assertThat(Percentages.largestRemainder(new long[] {2, 7, 2})).containsExactly(18, 64, 18);
    assertThat(Percentages.largestRemainder(new long[] {1, 0, 2})).containsExactly(33, 0, 67);
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 1, 1, 1, 1, 1}))
        .containsExactly(15, 15, 14, 14, 14, 14, 14);
  }

  @Test
  void changeRoundsHalfAwayFromZeroToOneDecimal() {
    assertThat(Percentages.changePercent(1881, 4583)).hasValue(new BigDecimal("-59.0"));
    assertThat(Percentages.changePercent(1241, 1920)).hasValue(new BigDecimal("-35.4"));
    // -0.25 gives -0.3: 3999.0 against 4000 is -0.025 %; use 399 against 400 = -0.25 %
    assertThat(Percentages.changePercent(399, 400)).hasValue(new BigDecimal("-0.3"));
    assertThat(Percentages.changePercent(401, 400)).hasValue(new BigDecimal("0.3"));
    assertThat(Percentages.changePercent(5, 0)).isEmpty();
    assertThat(Percentages.changePercent(7, 7)).hasValue(new BigDecimal("0.0"));
    // rounds to zero from below: 0.0, never -0.0
    assertThat(Percentages.changePercent(9999, 10000).orElseThrow().toPlainString())
        .isEqualTo("0.0");
    assertThat(Percentages.changePercent(0, 3)).hasValue(new BigDecimal("-100.0"));
  }
}
