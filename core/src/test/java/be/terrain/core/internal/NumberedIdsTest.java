package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: a pool of numbered ids ({@code p-0000001}...) is indexed by number instead of a hash
 * table, and every look-up gives what the pool holds: the same index for each id, -1 for any text
 * it does not hold, through each of the look-ups the readers use.
 */
class NumberedIdsTest {
  private static final Random RANDOM = new Random(13);

  private static List<String> numbered(String prefix, String format, int from, int n, int step) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(prefix + String.format(format, from + i * step));
    }
    return ids;
  }

  /** Interns the ids, indexes the pool, and checks every look-up against a map. */
  private static IdPool indexed(List<String> ids) {
    IdPool pool = new IdPool();
    for (String id : ids) {
      pool.intern(id);
    }
    pool.index();
    return pool;
  }

  private static void looksUpLikeAMap(List<String> ids, List<String> others) {
    IdPool pool = indexed(ids);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), index.size());
    }
    List<String> texts = new ArrayList<>(ids);
    texts.addAll(others);
    Collections.shuffle(texts, RANDOM);
    long[] keys = new long[3 * texts.size()];
    int[] found = new int[texts.size()];
    List<String> batched = new ArrayList<>();
    for (String text : texts) {
      int expected = index.getOrDefault(text, -1);
      assertThat(pool.find(text)).as(text).isEqualTo(expected);
      if (text.chars().allMatch(c -> c < 128)) {
        assertThat(pool.findAscii(text)).as(text).isEqualTo(expected);
      }
      boolean valid = FieldRules.isValidId(text);
      assertThat(pool.findValidId(text)).as(text).isEqualTo(valid ? expected : -1);
      if (pool.validIdKey(text, keys, batched.size())) {
        assertThat(valid).as(text).isTrue();
        batched.add(text);
      }
    }
    pool.findValidIds(keys, batched.size(), found);
    for (int i = 0; i < batched.size(); i++) {
      String text = batched.get(i);
      assertThat(found[i]).as(text).isEqualTo(index.getOrDefault(text, -1));
      if (found[i] < 0) {
        assertThat(IdPool.keyText(keys, i)).isEqualTo(text);
      }
    }
  }

  private static List<String> near(List<String> ids) {
    String id = ids.get(0);
    String last = ids.get(ids.size() - 1);
    String prefix = id.substring(0, id.length() - 1);
    return List.of(
        "",
        "p",
        "p-",
        prefix,
        id + "0",
        "q" + id.substring(1),
        prefix + "x",
        prefix + "/",
        prefix + ":",
        prefix + "é",
        id.substring(0, 2) + "9999999",
        id.substring(0, 2) + "0000000",
        last.substring(0, last.length() - 1) + "9",
        "p-" + "1".repeat(7),
        "0000001",
        "p 0000001");
  }

  @Test
  void consecutiveNumbersInOrder() {
    List<String> ids = numbered("p-", "%07d", 1, 5_000, 1);
    looksUpLikeAMap(ids, near(ids));
    looksUpLikeAMap(ids, numbered("p-", "%07d", 5_001, 100, 1));
  }

  @Test
  void numbersWithGapsInAnyOrder() {
    List<String> ids = numbered("c-", "%08d", 17, 4_000, 3);
    List<String> gaps = numbered("c-", "%08d", 18, 4_000, 3);
    Collections.shuffle(ids, RANDOM);
    looksUpLikeAMap(ids, gaps);
    looksUpLikeAMap(ids, near(ids));
  }

  @Test
  void numbersOnlyAndLongNumbers() {
    looksUpLikeAMap(numbered("", "%05d", 0, 2_000, 1), List.of("02000", "2000", "-0001"));
    List<String> longIds = numbered("x", "%012d", 999_990_000, 2_000, 1);
    looksUpLikeAMap(longIds, near(longIds));
  }

  @Test
  void whichPoolsAreNumbered() {
    assertThat(numberedIndex(numbered("p-", "%07d", 1, 5_000, 1))).isNotNull();
    assertThat(numberedIndex(numbered("p-", "%07d", 1, 5_000, 4))).isNotNull();
    // too sparse, too few, mixed widths or prefixes, or not valid ids: the hash index
    assertThat(numberedIndex(numbered("p-", "%07d", 1, 5_000, 5))).isNull();
    assertThat(numberedIndex(numbered("p-", "%07d", 1, 1_000, 1))).isNull();
    assertThat(numberedIndex(numbered("p-", "%d", 1, 5_000, 1))).isNull();
    List<String> mixed = numbered("p-", "%07d", 1, 5_000, 1);
    mixed.set(2_500, "q-0002501");
    assertThat(numberedIndex(mixed)).isNull();
    looksUpLikeAMap(mixed, near(mixed));
    List<String> invalid = numbered("p ", "%07d", 1, 5_000, 1);
    assertThat(numberedIndex(invalid)).isNull();
    looksUpLikeAMap(invalid, List.of("p 0000001", "p-0000001"));
  }

  private static NumberedIds numberedIndex(List<String> ids) {
    IdBytes bytes = new IdBytes();
    for (String id : ids) {
      bytes.append(id);
    }
    return NumberedIds.of(bytes);
  }
}
