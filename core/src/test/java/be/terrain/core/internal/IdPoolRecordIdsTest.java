package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: a pool of record ids ({@link IdPool#ofRecordIds}) keeps ids of one prefix and
 * increasing numbers of one width as numbers, and gives every id the same index, text, bytes, order
 * and look-up as a general pool, whatever comes: repeats, ids out of order, other prefixes or
 * widths, letters, non-ASCII, invalid ids.
 */
class IdPoolRecordIdsTest {
  /** Random record ids: mostly increasing numbered ones, broken now and then in every way. */
  static List<String> recordIds(Random random) {
    int n = 1 + random.nextInt(random.nextBoolean() ? 40 : 3000);
    int width = 1 + random.nextInt(9);
    String prefix = random.nextInt(8) == 0 ? "" : random.nextBoolean() ? "c-" : "h2-";
    long number = random.nextInt(50);
    int oddOneIn = 1 + random.nextInt(random.nextBoolean() ? 20 : 5000);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int move = random.nextInt(oddOneIn) == 0 ? random.nextInt(9) : random.nextInt(4) == 0 ? 1 : 0;
      switch (move) {
        case 0 -> number++;
        case 1 -> {} // the same id again (an act's rows)
        case 2 -> number += 2 + random.nextInt(30);
        case 3 -> number = Math.max(0, number - 1 - random.nextInt(5));
        case 4 -> width++;
        default -> {}
      }
      String id = prefix + pad(number, width);
      ids.add(
          switch (move) {
            case 5 -> "x" + id;
            case 6 -> id + "a";
            case 7 -> id.replace('-', 'é');
            case 8 -> random.nextBoolean() ? id + " " : "=" + id;
            default -> id;
          });
    }
    return ids;
  }

  private static String pad(long number, int width) {
    String digits = Long.toString(number);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** Interns the ids in a general pool and in a record-id pool and compares everything. */
  private static void assertSameAsGeneral(List<String> ids, Random random) {
    IdPool general = new IdPool();
    IdPool records = IdPool.ofRecordIds();
    for (String id : ids) {
      boolean ascii = FieldRules.isValidId(id);
      int expected = ascii ? general.internAscii(id) : general.intern(id);
      int numbered = records.internValidNumbered(id);
      if (numbered >= 0) {
        assertThat(FieldRules.isValidId(id)).as("%s kept as a valid number", id).isTrue();
      }
      int actual = numbered >= 0 ? numbered : ascii ? records.internAscii(id) : records.intern(id);
      assertThat(actual).as("index of %s in %s", id, ids).isEqualTo(expected);
    }
    int size = general.size();
    assertThat(records.size()).isEqualTo(size);
    for (int i = 0; i < size; i++) {
      assertThat(records.get(i)).isEqualTo(general.get(i));
      assertThat(records.bytes(i)).isEqualTo(general.bytes(i));
    }
    for (int k = 0; k < 50; k++) {
      int a = random.nextInt(size);
      int b = random.nextInt(size);
      assertThat(Integer.signum(records.compare(a, b)))
          .isEqualTo(Integer.signum(general.compare(a, b)));
    }
    List<String> probes = new ArrayList<>(ids);
    for (String id : ids.subList(0, Math.min(20, ids.size()))) {
      if (id.isEmpty()) {
        continue;
      }
      probes.add(id + "0");
      probes.add(id.substring(0, id.length() - 1) + "9");
      probes.add(id.substring(1));
    }
    for (String probe : probes) {
      assertThat(records.find(probe)).as("find %s", probe).isEqualTo(general.find(probe));
      if (FieldRules.isValidId(probe)) {
        assertThat(records.findAscii(probe)).isEqualTo(general.findAscii(probe));
      }
    }
    general.index();
    records.index();
    for (String probe : probes) {
      assertThat(records.find(probe)).isEqualTo(general.find(probe));
      assertThat(records.findValidId(probe)).isEqualTo(general.findValidId(probe));
    }
  }

  @Test
  void randomRecordIdsGetTheSameIndexesAsInAGeneralPool() {
    qt().withExamples(400)
        .forAll(longs().all())
        .checkAssert(seed -> assertSameAsGeneral(recordIds(new Random(seed)), new Random(seed)));
  }

  @Test
  void edgeCasesGetTheSameIndexesAsInAGeneralPool() {
    List<List<String>> cases =
        List.of(
            List.of("c-1"),
            List.of("7", "8", "8", "10"),
            List.of("c-9", "c-10", "c-11"),
            List.of("c-0000000001", "c-0000000002", "c-1000000000", "c-0000000002"),
            List.of("c-999999999", "c-999999999", "c-000000000"),
            List.of("c-01", "c-02", "c-01", "c-03", "c-02"),
            List.of("c-01", "c-03", "c-02", "c-04"),
            List.of("c-01", "d-02", "c-03"),
            List.of("x", "c-01", "c-02"),
            List.of("c-01", "c-0a", "c-02"),
            List.of("c-01", "c-02", "c-0é", "c-03"),
            List.of("é-01", "é-02"),
            List.of("c-01", "c-02", "", "c-03"),
            List.of("c".repeat(64) + "1", "c".repeat(64) + "2", "c".repeat(64) + "2"));
    for (List<String> ids : cases) {
      assertSameAsGeneral(ids, new Random(ids.hashCode()));
    }
  }

  @Test
  void consecutiveNumberedIdsAreKeptAsNothingButTheirFirstNumber() {
    IdPool pool = IdPool.ofRecordIds();
    for (int i = 1; i <= 100_000; i++) {
      assertThat(pool.internAscii(String.format("c-%08d", i))).isEqualTo(i - 1);
    }
    assertThat(pool.footprint()).isLessThan(1000);
    assertThat(pool.get(99_999)).isEqualTo("c-00100000");
    pool.internAscii("c-00100002");
    // a gap: one int a number from then on, still no bytes
    assertThat(pool.footprint()).isBetween(400_000L, 500_000L);
    assertThat(pool.find("c-00100001")).isEqualTo(-1);
    assertThat(pool.find("c-00100002")).isEqualTo(100_000);
  }
}
