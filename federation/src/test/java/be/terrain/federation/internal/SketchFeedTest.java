package be.terrain.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.federation.FederationKey;
import be.terrain.stats.PersonSet;
import java.nio.charset.StandardCharsets;
import java.util.PrimitiveIterator;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Test;

/**
 * {@link SketchFeed}'s shortcut (a coupon not above its slot's largest value is not fed once the
 * sketch is in HLL mode) gives the spec's sketch: every linked person's keyed hash given to {@code
 * update(long)} in increasing order, unlinked persons counted. The sets range from large enough for
 * every slot to fill many times over (most updates skipped) to small enough for LIST and SET mode.
 */
class SketchFeedTest {
  private static final int PERSONS = 300_000;
  private static final FederationKey KEY =
      FederationKey.of("sketch feed test key, not a secret".getBytes(StandardCharsets.UTF_8));

  private static String code(int person) {
    return person % 7 == 3 ? null : "L" + person;
  }

  @Test
  void everySketchIsTheOneOfItsLinkedPersonsFedInOrder() {
    KeyedPersons persons =
        KeyedPersons.start(
                KEY,
                PERSONS,
                p -> code(p) == null ? null : code(p).getBytes(StandardCharsets.UTF_8))
            .await();
    Random random = new Random(14);
    boolean hll = false;
    for (double density : new double[] {1, 0.9, 0.5, 0.2, 0.05, 0.01, 0.002, 0.0002, 0}) {
      long[] words = new long[(PERSONS + 63) / 64];
      for (int p = 0; p < PERSONS; p++) {
        if (random.nextDouble() < density) {
          words[p >>> 6] |= 1L << p;
        }
      }
      Words set = new Words(words);
      SketchFeed feed = new SketchFeed(persons);
      set.forEach(feed);
      HllSketch expected = new HllSketch(SketchingSink.LG_K, SketchingSink.TYPE);
      long[] unlinked = {0};
      set.forEach(
          p -> {
            if (code(p) == null) {
              unlinked[0]++;
            } else {
              expected.update(KEY.hash(code(p)));
            }
          });
      assertThat(feed.sketch().toCompactByteArray())
          .as("density %s", density)
          .isEqualTo(expected.toCompactByteArray());
      assertThat(feed.unlinked()).as("density %s", density).isEqualTo(unlinked[0]);
      hll |= HllCoupons.inHllMode(feed.sketch());
    }
    assertThat(hll).as("some sketch in HLL mode").isTrue();
  }

  /** A set over words. */
  private record Words(long[] words) implements PersonSet {
    @Override
    public int size() {
      int n = 0;
      for (long w : words) {
        n += Long.bitCount(w);
      }
      return n;
    }

    @Override
    public boolean contains(int person) {
      return person >= 0
          && (person >>> 6) < words.length
          && (words[person >>> 6] & 1L << person) != 0;
    }

    @Override
    public void forEach(IntConsumer action) {
      iterator().forEachRemaining(action);
    }

    @Override
    public PrimitiveIterator.OfInt iterator() {
      return IntStream.range(0, words.length * 64).filter(this::contains).iterator();
    }
  }
}
