package be.terrain.core.internal;

import static be.terrain.testing.Gens.anyStrings;
import static be.terrain.testing.Gens.stringsOf;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The id pool, chunked arrays and run-length positions behave like their plain counterparts. */
class CompactStorageTest {
  /**
   * Lists of up to 300 ids, short, long or sorted, about 30 % of them repeating an earlier one (as
   * jqwik's {@code injectDuplicates(0.3)}): an element is a new id or the rank of an earlier one.
   */
  static Gen<List<String>> ids() {
    Gen<String> shortIds = stringsOf("ab-09", 1, 6);
    Gen<String> anyIds = anyStrings(0, 200);
    Gen<String> sorted = integers().between(0, 50).map(i -> String.format("p-%04d", i));
    Gen<Object> element =
        weighted(w(7, Generate.oneOf(shortIds, anyIds, sorted)), w(3, integers().between(0, 299)));
    return lists()
        .of(element)
        .ofSizeBetween(0, 300)
        .map(
            elements -> {
              List<String> out = new ArrayList<>();
              for (Object e : elements) {
                out.add(
                    e instanceof Integer earlier && !out.isEmpty()
                        ? out.get(earlier % out.size())
                        : e instanceof String id ? id : "");
              }
              return out;
            });
  }

  /** jqwik's edge case for these properties: a repeated id after a smaller one. */
  @Test
  void aRepeatedIdAfterASmallerOne() {
    List<String> ids = List.of("b", "a", "b", "c");
    numbersIdsInOrderOfFirstSight(ids);
    findsItsValidIdsAtOnce(ids);
  }

  @Test
  void thePoolNumbersIdsInOrderOfFirstSightLikeAMap() {
    qt().withExamples(1000)
        .forAll(ids())
        .checkAssert(CompactStorageTest::numbersIdsInOrderOfFirstSight);
  }

  private static void numbersIdsInOrderOfFirstSight(List<String> ids) {
    IdPool pool = new IdPool();
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (String id : ids) {
      int index = pool.intern(CharBuffer.wrap(id));
      Integer want = expected.computeIfAbsent(id, k -> expected.size());
      assertThat(index).as(id).isEqualTo(want);
    }
    assertThat(pool.size()).isEqualTo(expected.size());
    expected.forEach((id, i) -> assertThat(pool.get(i)).isEqualTo(id));
    // found alike before indexing (sorted: binary search; else hash), indexed, and trimmed
    for (int round = 0; round < 3; round++) {
      expected.forEach((id, i) -> assertThat(pool.find(id)).as(id).isEqualTo(i));
      assertThat(pool.find("\u0000absent")).isEqualTo(-1);
      if (round == 0) {
        pool.index();
      } else {
        pool.trim();
      }
    }
  }

  @Test
  void anIndexedPoolFindsItsValidIdsAtOnceAndNothingElse() {
    qt().withExamples(1000).forAll(ids()).checkAssert(CompactStorageTest::findsItsValidIdsAtOnce);
  }

  private static void findsItsValidIdsAtOnce(List<String> ids) {
    IdPool pool = new IdPool();
    for (String id : ids) {
      pool.intern(id);
    }
    ids.forEach(id -> assertThat(pool.findValidId(CharBuffer.wrap(id))).as(id).isEqualTo(-1));
    pool.index();
    boolean inline = ids.stream().allMatch(id -> id.getBytes(UTF_8).length <= 16);
    for (String id : ids) {
      int want = inline && FieldRules.isValidId(id) ? pool.find(id) : -1;
      assertThat(pool.findValidId(CharBuffer.wrap(id))).as(id).isEqualTo(want);
      // text that is not in the pool: an id with one more char, and non-ASCII look-alikes
      assertThat(pool.findValidId(id + "~")).isEqualTo(-1);
      assertThat(pool.findValidId(id.replace('a', '\u0161')))
          .isEqualTo(id.indexOf('a') < 0 ? want : -1);
    }
  }

  @Test
  void findValidIdSkipsInvalidAndNonAsciiEntries() {
    IdPool pool = new IdPool();
    pool.intern("p-1");
    pool.intern("p 2");
    pool.intern("é");
    pool.intern("");
    pool.index();
    assertThat(pool.findValidId("p-1")).isZero();
    assertThat(pool.findValidId("p 2")).isEqualTo(-1);
    assertThat(pool.findValidId("é")).isEqualTo(-1);
    assertThat(pool.findValidId("")).isEqualTo(-1);
    assertThat(pool.findValidId("\u0170-1")).isEqualTo(-1);
  }

  @Test
  void sortedIdsNeedNoHashIndexAndAnIdOutOfOrderStillResolves() {
    IdPool pool = new IdPool();
    for (int i = 0; i < 100_000; i++) {
      assertThat(pool.intern(String.format("c-%08d", i))).isEqualTo(i);
    }
    // about 15 bytes an id (10 bytes, a length, an address): no hash index
    assertThat(pool.footprint()).isLessThan(100_000L * 18);
    assertThat(pool.intern("c-00000005")).isEqualTo(5);
    assertThat(pool.intern("b-new")).isEqualTo(100_000);
    assertThat(pool.find("c-00099999")).isEqualTo(99_999);
    assertThat(pool.get(100_000)).isEqualTo("b-new");
  }

  @Test
  void longAndNonAsciiIdsKeepTheirText() {
    IdPool pool = new IdPool();
    String longId = "x".repeat(300);
    assertThat(pool.intern("élan")).isZero();
    assertThat(pool.intern(longId)).isEqualTo(1);
    assertThat(pool.intern("ÉLAN")).isEqualTo(2);
    pool.index();
    assertThat(pool.find(longId)).isEqualTo(1);
    assertThat(pool.find("élan")).isZero();
    assertThat(pool.get(2)).isEqualTo("ÉLAN");
  }

  @Test
  void chunkedArraysHoldWhatWasAdded() {
    qt().withExamples(1000)
        .forAll(integers().between(0, 70_000))
        .checkAssert(CompactStorageTest::chunkedArraysHold);
  }

  private static void chunkedArraysHold(int n) {
    IntArray ints = new IntArray();
    ByteArray bytes = new ByteArray();
    for (int i = 0; i < n; i++) {
      ints.add(i * 7);
      bytes.add(i);
    }
    assertThat(ints.size()).isEqualTo(n);
    if (n > 0) {
      assertThat(ints.last()).isEqualTo((n - 1) * 7);
      assertThat(bytes.get(n - 1)).isEqualTo((byte) (n - 1));
    }
    int[] a = ints.toArray();
    byte[] b = bytes.toArray();
    for (int i = 0; i < n; i++) {
      assertThat(a[i]).isEqualTo(i * 7);
      assertThat(b[i]).isEqualTo((byte) i);
    }
  }

  @Test
  void positionsGiveBackEachRowsPosition() {
    qt().withExamples(1000)
        .forAll(lists().of(integers().between(-1, 5)).ofSizeBetween(0, 200))
        .checkAssert(CompactStorageTest::positionsGiveBackEachPosition);
  }

  private static void positionsGiveBackEachPosition(List<Integer> steps) {
    Positions.Builder b = new Positions.Builder();
    List<Integer> added = new ArrayList<>();
    int line = 1;
    for (int step : steps) {
      int position = step < 0 ? -1 : (line += step);
      b.add(position);
      added.add(position);
    }
    Positions p = b.build();
    assertThat(p.size()).isEqualTo(added.size());
    for (int r = 0; r < added.size(); r++) {
      assertThat(p.at(r)).isEqualTo(added.get(r));
    }
  }
}
