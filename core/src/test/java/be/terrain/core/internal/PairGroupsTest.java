package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: the profiles' (person, date) pairs are numbered without a hash table while they come
 * in order, and with one from the first pair out of order; the groups are those of a map of every
 * pair to its first row's group, whatever the order.
 */
class PairGroupsTest {
  private static final Random RANDOM = new Random(13);

  /** The groups of a map, and of {@link PairGroups}, for every row not skipped. */
  private static void groupsLikeAMap(int[] people, int[] dates) {
    Map<Long, Integer> map = new HashMap<>();
    PairGroups pairs = new PairGroups(people, dates);
    for (int r = 0; r < people.length; r++) {
      if (PairGroups.skipped(people[r], dates[r])) {
        continue;
      }
      int expected =
          map.computeIfAbsent(((long) people[r] << 32) | (dates[r] & 0xffffffffL), k -> map.size());
      assertThat(pairs.group(r))
          .as("row %d of %s / %s", r, Arrays.toString(people), Arrays.toString(dates))
          .isEqualTo(expected);
      assertThat(pairs.size()).isEqualTo(map.size());
    }
  }

  private static int value(int range) {
    int pick = RANDOM.nextInt(20);
    if (pick == 0) {
      return Table.ABSENT;
    }
    if (pick == 1) {
      return Table.INVALID;
    }
    return RANDOM.nextInt(range) - (pick == 2 ? range : 0); // dates before 1970 too
  }

  @Test
  void sortedShuffledAndPartlySortedPairsGroupLikeAMap() {
    for (int round = 0; round < 600; round++) {
      int n = RANDOM.nextInt(round < 100 ? 8 : 400);
      int range = 1 + RANDOM.nextInt(round % 3 == 0 ? 3 : 50);
      long[] rows = new long[n];
      for (int r = 0; r < n; r++) {
        rows[r] = ((long) Math.abs(value(range)) << 32) | (value(range) & 0xffffffffL);
      }
      int sortedUpTo = round % 4 == 0 ? 0 : RANDOM.nextInt(n + 1);
      Arrays.sort(rows, 0, sortedUpTo); // sorted rows first, then the rest as they came
      int[] people = new int[n];
      int[] dates = new int[n];
      for (int r = 0; r < n; r++) {
        people[r] = RANDOM.nextInt(10) == 0 ? value(range) : (int) (rows[r] >>> 32);
        dates[r] = (int) rows[r];
      }
      groupsLikeAMap(people, dates);
    }
  }

  @Test
  void edgeCases() {
    groupsLikeAMap(new int[0], new int[0]);
    groupsLikeAMap(new int[] {1, 1, 1}, new int[] {5, 5, 5});
    groupsLikeAMap(new int[] {1, 1, 2, 1}, new int[] {5, 6, 0, 5}); // back to an earlier pair
    groupsLikeAMap(new int[] {1, 1, 2, 1}, new int[] {5, 6, 0, 7}); // out of order, new
    groupsLikeAMap(new int[] {0, 0, 0}, new int[] {-1, 0, -1}); // dates before 1970
    groupsLikeAMap(
        new int[] {Table.ABSENT, 3, 3, Table.INVALID, 2, 3},
        new int[] {1, 1, Table.ABSENT, 1, 1, 1});
    groupsLikeAMap(new int[] {2, 1, 2, 1}, new int[] {1, 1, 1, 1});
  }
}
