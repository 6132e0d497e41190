package be.terrain.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Test;

/** A sketch fed coupons is the sketch fed the values, byte for byte, in every mode. */
class HllCouponsTest {
  @Test
  void couponsGiveTheSameBytesAsTheValues() {
    assertThat(HllCoupons.direct()).isTrue();
    Random random = new Random(14);
    for (int n : new int[] {0, 1, 7, 8, 100, 700, 5_000, 100_000}) {
      HllSketch byValue = new HllSketch(SketchingSink.LG_K, SketchingSink.TYPE);
      HllSketch byCoupon = new HllSketch(SketchingSink.LG_K, SketchingSink.TYPE);
      for (int i = 0; i < n; i++) {
        long v = random.nextLong();
        byValue.update(v);
        int coupon = HllCoupons.coupon(v);
        assertThat(coupon).isNotZero();
        HllCoupons.update(byCoupon, coupon);
      }
      assertThat(byCoupon.toCompactByteArray())
          .as("%d values", n)
          .isEqualTo(byValue.toCompactByteArray());
    }
  }

  @Test
  void theModeIsReadAndHllModeLasts() {
    assertThat(HllCoupons.modeKnown()).isTrue();
    HllSketch sketch = new HllSketch(SketchingSink.LG_K, SketchingSink.TYPE);
    assertThat(HllCoupons.inHllMode(sketch)).isFalse();
    Random random = new Random(15);
    for (int i = 0; i < 200; i++) {
      sketch.update(random.nextLong());
    }
    assertThat(HllCoupons.inHllMode(sketch)).as("200 values: a SET").isFalse();
    for (int i = 0; i < 5_000; i++) {
      sketch.update(random.nextLong());
    }
    assertThat(HllCoupons.inHllMode(sketch)).isTrue();
  }
}
