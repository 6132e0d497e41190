package be.terrain.core.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The plan's rounding up ({@link Plans#ceilMulDiv}) is that of exact arithmetic, also where a × b
 * overflows a long, and saturates at {@link Long#MAX_VALUE} where the quotient does not fit.
 */
class PlansArithmeticTest {
  private static Gen<Long> small() {
    return longs().between(0, 10_000);
  }

  private static Gen<Long> large() {
    return longs().between(0, Long.MAX_VALUE);
  }

  private static Gen<Long> operands() {
    return Generate.oneOf(small(), large());
  }

  @Test
  void roundsUpTheExactQuotient() {
    qt().withExamples(3000)
        .forAll(operands(), operands(), Generate.oneOf(small(), large()).map(c -> Math.max(1, c)))
        .checkAssert(PlansArithmeticTest::roundsUp);
  }

  private static void roundsUp(long a, long b, long c) {
    BigInteger exact =
        new java.math.BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
            .divide(new java.math.BigDecimal(c), 0, RoundingMode.CEILING)
            .toBigIntegerExact();
    long want =
        exact.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0
            ? exact.longValue()
            : Long.MAX_VALUE;
    assertThat(Plans.ceilMulDiv(a, b, c)).as("ceil(%d * %d / %d)", a, b, c).isEqualTo(want);
  }

  @Test
  void atTheEdges() {
    assertThat(Plans.ceilMulDiv(0, 5, 3)).isZero();
    assertThat(Plans.ceilMulDiv(6, 1, 3)).isEqualTo(2);
    assertThat(Plans.ceilMulDiv(7, 1, 3)).isEqualTo(3);
    // a × b is 2^63 (overflows to negative), the quotient fits; 2^62 has 63 bits (it saturated
    // before: a bug this test found)
    assertThat(Plans.ceilMulDiv(1L << 62, 2, 2)).isEqualTo(1L << 62);
    assertThat(Plans.ceilMulDiv(1L << 62, 2, 3)).isEqualTo(3_074_457_345_618_258_603L);
    // a × b overflows and the quotient does not fit: saturated
    assertThat(Plans.ceilMulDiv(Long.MAX_VALUE, Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    assertThat(Plans.ceilMulDiv(Long.MAX_VALUE, 2, 2)).isEqualTo(Long.MAX_VALUE);
    // the quotient is exactly 2^63 - 1, the largest long
    assertThat(Plans.ceilMulDiv(Long.MAX_VALUE, 3, 3)).isEqualTo(Long.MAX_VALUE);
    // 2^63 - 1 and a remainder: rounds up past a long, saturated
    assertThat(Plans.ceilMulDiv(Long.MAX_VALUE, 4, 3)).isEqualTo(Long.MAX_VALUE);
  }
}
