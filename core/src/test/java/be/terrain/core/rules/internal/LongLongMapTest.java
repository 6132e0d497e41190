package be.terrain.core.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The desk's unit counters ({@link LongLongMap}) hold what a {@link HashMap} of the same additions
 * holds, across its growths and its probe chains.
 */
class LongLongMapTest {
  /** Additions to few keys (so that keys repeat) or to many (so that the table grows). */
  private static Gen<List<Pair<Long, Long>>> additions() {
    Gen<Long> fewKeys = longs().between(0, 40);
    Gen<Long> anyKeys = longs().between(0, Long.MAX_VALUE);
    Gen<Long> keys = Generate.oneOf(fewKeys, anyKeys);
    Gen<Long> deltas = longs().between(-1000, 1000);
    return lists().of(keys.zip(deltas, Pair::of)).ofSizeBetween(0, 300);
  }

  @Test
  void holdsTheSumsOfAMapOfTheSameAdditions() {
    qt().withExamples(300)
        .forAll(additions(), integers().between(0, 64))
        .checkAssert(LongLongMapTest::holdsTheSums);
  }

  private static void holdsTheSums(List<Pair<Long, Long>> adds, int expected) {
    LongLongMap map = new LongLongMap(expected);
    Map<Long, Long> sums = new HashMap<>();
    for (Pair<Long, Long> add : adds) {
      long want = sums.merge(add._1, add._2, Long::sum);
      assertThat(map.add(add._1, add._2)).isEqualTo(want);
    }
    assertThat(map.size()).isEqualTo(sums.size());
    for (Map.Entry<Long, Long> e : sums.entrySet()) {
      assertThat(map.get(e.getKey())).as("key %d", e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(map.get(41)).isEqualTo(sums.getOrDefault(41L, 0L));
  }

  @Test
  void keepsEveryKeyThroughManyGrowths() {
    LongLongMap map = new LongLongMap(1);
    int n = 5_000;
    for (int k = 0; k < n; k++) {
      // keys spaced so that some share their first slot before the table grows
      assertThat(map.add(k * 1024L, k + 1)).isEqualTo(k + 1);
    }
    assertThat(map.size()).isEqualTo(n);
    for (int k = 0; k < n; k++) {
      assertThat(map.add(k * 1024L, 1)).isEqualTo(k + 2);
    }
    assertThat(map.size()).isEqualTo(n);
    assertThat(map.get(1)).isZero();
    assertThat(map.get(n * 1024L)).isZero();
  }

  @Test
  void anAbsentKeyIsZeroAndTakesNoPlace() {
    LongLongMap map = new LongLongMap(16);
    assertThat(map.get(7)).isZero();
    assertThat(map.size()).isZero();
    assertThat(map.add(0, 5)).isEqualTo(5);
    assertThat(map.get(0)).isEqualTo(5);
    assertThat(map.add(0, -5)).isZero();
    assertThat(map.size()).isEqualTo(1);
  }
}
