package be.terrain.federation.internal;

import be.terrain.stats.PersonSet;
import org.apache.datasketches.hll.HllSketch;

/**
 * Feeds one sketch the persons of one set, in the set's order, skipping only the updates that
 * cannot change it: once the sketch is in HLL mode, a coupon whose value is not above the largest
 * value already fed to its slot leaves the sketch as it was (DataSketches returns before touching
 * the array, the HIP accumulator or the exceptions), so the bytes are those of every person fed
 * with {@code update(long)} ({@code SketchReferenceTest}, {@code SketchFeedTest}). In the LIST and
 * SET modes every coupon is fed. The largest value per slot is kept here, beside the sketch (HLL
 * mode keeps exactly the maximum of each slot, and the promotion to it replays every coupon held).
 *
 * <p>The set is read a word (64 persons) at a time: its unlinked persons are counted with one
 * {@code bitCount} per word, and once every slot holds at least a value {@code t}, only the persons
 * whose coupon value is above {@code t} ({@link KeyedPersons#above}, about one in {@code 2^t}) are
 * visited: the others are no-ops wherever their slot is.
 */
final class SketchFeed {
  private static final int SLOTS = 1 << SketchingSink.LG_K;
  private static final int SLOT_MASK = SLOTS - 1;
  private static final int VALUE_SHIFT = 26;
  private static final int VALUES = 64;

  private final KeyedPersons persons;
  private final HllSketch sketch = new HllSketch(SketchingSink.LG_K, SketchingSink.TYPE);
  private final byte[] largest = new byte[SLOTS];
  private final int[] slotsAt = new int[VALUES];
  private final boolean direct = HllCoupons.direct() && HllCoupons.modeKnown();
  private boolean hll;
  private int floor;
  private long unlinked;

  SketchFeed(KeyedPersons persons) {
    this.persons = persons;
    slotsAt[0] = SLOTS;
  }

  /** Feeds the set's persons, in increasing order. */
  void feed(PersonSet set) {
    long[] linked = persons.linkedWords();
    long[] candidates = linked;
    int level = 0;
    int words = set.wordCount();
    for (int w = 0; w < words; w++) {
      long bits = set.word(w);
      if (bits == 0) {
        continue;
      }
      long linkedBits = w < linked.length ? linked[w] : 0;
      unlinked += Long.bitCount(bits & ~linkedBits);
      bits &= w < candidates.length ? candidates[w] : 0;
      if (bits == 0) {
        continue;
      }
      if (!direct) {
        updateEach(w, bits);
        continue;
      }
      do {
        offer(persons.coupon((w << 6) + Long.numberOfTrailingZeros(bits)));
        bits &= bits - 1;
      } while (bits != 0);
      if (hll && floor > level && level < KeyedPersons.LEVELS) {
        level = Math.min(floor, KeyedPersons.LEVELS);
        candidates = persons.above(level);
      }
    }
  }

  private void updateEach(int w, long bits) {
    while (bits != 0) {
      sketch.update(persons.hash((w << 6) + Long.numberOfTrailingZeros(bits)));
      bits &= bits - 1;
    }
  }

  private void offer(int coupon) {
    int slot = coupon & SLOT_MASK;
    int value = coupon >>> VALUE_SHIFT;
    int old = largest[slot];
    if (value <= old) {
      if (hll) {
        return;
      }
    } else {
      largest[slot] = (byte) value;
      slotsAt[old]--;
      slotsAt[value]++;
      while (slotsAt[floor] == 0) {
        floor++;
      }
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

  /** The smallest value held by every slot so far (0 while a slot is empty). */
  int floor() {
    return floor;
  }

  /** The persons fed without a linkage code. */
  long unlinked() {
    return unlinked;
  }
}
