package be.terrain.federation.internal;

import java.util.function.IntConsumer;
import org.apache.datasketches.hll.HllSketch;

/**
 * Feeds one sketch the persons of one set, in the set's order, skipping only the updates that
 * cannot change it: once the sketch is in HLL mode, a coupon whose value is not above the largest
 * value already fed to its slot leaves the sketch as it was (DataSketches returns before touching
 * the array, the HIP accumulator or the exceptions), so the bytes are those of every person fed
 * with {@code update(long)} ({@code SketchReferenceTest}). In the LIST and SET modes every coupon
 * is fed. The largest value per slot is kept here, beside the sketch (HLL mode keeps exactly the
 * maximum of each slot, and the promotion to it replays every coupon held).
 */
final class SketchFeed implements IntConsumer {
  private static final int SLOT_MASK = (1 << SketchingSink.LG_K) - 1;
  private static final int VALUE_SHIFT = 26;

  private final KeyedPersons persons;
  private final HllSketch sketch = new HllSketch(SketchingSink.LG_K, SketchingSink.TYPE);
  private final byte[] largest = new byte[1 << SketchingSink.LG_K];
  private final boolean direct = HllCoupons.direct() && HllCoupons.modeKnown();
  private boolean hll;
  private long unlinked;

  SketchFeed(KeyedPersons persons) {
    this.persons = persons;
  }

  @Override
  public void accept(int person) {
    int coupon = persons.coupon(person);
    if (coupon == 0) {
      unlinked++;
      return;
    }
    if (!direct) {
      sketch.update(persons.hash(person));
      return;
    }
    int slot = coupon & SLOT_MASK;
    int value = coupon >>> VALUE_SHIFT;
    if (value <= largest[slot]) {
      if (hll) {
        return;
      }
    } else {
      largest[slot] = (byte) value;
    }
    HllCoupons.update(sketch, coupon);
    if (!hll) {
      hll = HllCoupons.inHllMode(sketch);
    }
  }

  /** The sketch as fed so far. */
  HllSketch sketch() {
    return sketch;
  }

  /** The persons fed without a linkage code. */
  long unlinked() {
    return unlinked;
  }
}
