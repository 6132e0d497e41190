package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: a pool told how many ids to expect sizes its index once when ids come unsorted, and
 * gives the same indexes as a pool that grows its index.
 */
class IdPoolExpectTest {
  private static List<String> shuffledIds(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(String.format("p-%07d", i));
    }
    Collections.shuffle(ids, new Random(13));
    return ids;
  }

  @Test
  void theFirstIdOutOfOrderBuildsAnIndexForEveryExpectedId() {
    IdPool expecting = new IdPool();
    expecting.expect(10_000);
    IdPool growing = new IdPool();
    for (IdPool pool : List.of(expecting, growing)) {
      pool.intern("p-2");
      pool.intern("p-1");
    }
    // room for 10,000 ids at most half full: 32,768 slots of 4 bytes, at once
    assertThat(expecting.footprint() - growing.footprint()).isEqualTo(4L * (32_768 - 128));
  }

  @Test
  void sortedIdsBuildNoIndexWhateverIsExpected() {
    IdPool pool = new IdPool();
    pool.expect(1_000_000);
    long before = pool.footprint();
    for (int i = 0; i < 1000; i++) {
      pool.intern(String.format("p-%04d", i));
    }
    assertThat(pool.footprint() - before).isLessThan(100_000);
  }

  @Test
  void anExpectingPoolGivesTheSameIndexesAsAGrowingOne() {
    List<String> ids = shuffledIds(50_000);
    for (int expected : new int[] {0, 1, 10_000, 50_000, 200_000}) {
      IdPool expecting = new IdPool();
      expecting.expect(expected);
      IdPool growing = new IdPool();
      for (String id : ids) {
        assertThat(expecting.intern(id)).isEqualTo(growing.intern(id));
      }
      for (String id : ids) {
        assertThat(expecting.find(id)).isEqualTo(growing.find(id));
        assertThat(expecting.intern(id)).isEqualTo(growing.intern(id));
      }
      assertThat(expecting.size()).isEqualTo(ids.size());
    }
  }
}
