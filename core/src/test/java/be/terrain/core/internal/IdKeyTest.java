package be.terrain.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

/**
 * The key packing of an indexed pool ({@link IdKey} through {@link FrozenIndex}): a cell that is
 * not a valid id is never taken for one, even when its characters pack to the key of a valid id.
 */
class IdKeyTest {
  /** A pool too large for {@link SmallKeys}, so that look-ups go through the inline index. */
  private static IdPool indexedPool() {
    IdPool pool = new IdPool();
    for (int i = 0; i < 100; i++) {
      pool.intern(String.format("p-%02d", i));
    }
    pool.index();
    return pool;
  }

  @Test
  void aValidIdIsFoundAndItsKeyGivesItsText() {
    IdPool pool = indexedPool();
    assertThat(pool.findValidId(CharBuffer.wrap("p-01"))).isEqualTo(1);
    long[] keys = new long[6];
    assertThat(pool.validIdKey("p-42", keys, 1)).isTrue();
    assertThat(IdPool.keyText(keys, 1)).isEqualTo("p-42");
    int[] out = new int[2];
    pool.findValidIds(keys, 2, out);
    assertThat(out[1]).isEqualTo(42);
  }

  @Test
  void aCellWithACharOutsideIdsIsNoValidId() {
    IdPool pool = indexedPool();
    // U+0130 then '1' pack (one char a byte, high bits spilling over) to the bytes of "p-01"
    String spilled = "p-\u01301";
    assertThat(pool.findValidId(spilled)).isEqualTo(-1);
    assertThat(pool.validIdKey(spilled, new long[3], 0)).isFalse();
    assertThat(pool.validIdKey("p 01", new long[3], 0)).isFalse();
    assertThat(pool.find(spilled)).isEqualTo(-1);
  }
}
