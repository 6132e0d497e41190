package be.terrain.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The id pool, chunked arrays and run-length positions behave like their plain counterparts. */
class CompactStorageTest {
  @Provide
  Arbitrary<List<String>> ids() {
    Arbitrary<String> shortIds =
        Arbitraries.strings().withChars("ab-09").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> anyIds = Arbitraries.strings().ofMinLength(0).ofMaxLength(200);
    Arbitrary<String> sorted =
        Arbitraries.integers().between(0, 50).map(i -> String.format("p-%04d", i));
    return Arbitraries.oneOf(shortIds, anyIds, sorted)
        .list()
        .ofMaxSize(300)
        .injectDuplicates(0.3)
        .edgeCases(c -> c.add(List.of("b", "a", "b", "c")));
  }

  @Property
  void thePoolNumbersIdsInOrderOfFirstSightLikeAMap(@ForAll("ids") List<String> ids) {
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

  @Property
  void anIndexedPoolFindsItsValidIdsAtOnceAndNothingElse(@ForAll("ids") List<String> ids) {
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

  @Property
  void chunkedArraysHoldWhatWasAdded(@ForAll @IntRange(max = 70_000) int n) {
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

  @Property
  void positionsGiveBackEachRowsPosition(
      @ForAll @Size(max = 200) List<@IntRange(min = -1, max = 5) Integer> steps) {
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
