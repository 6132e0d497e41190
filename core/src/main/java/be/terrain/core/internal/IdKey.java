package be.terrain.core.internal;

/**
 * The one packing of an id into the words of an inline look-up key: up to eight characters (or
 * UTF-8 bytes) a word, one a byte, the first lowest. An id of up to {@value #INLINE} characters is
 * then two words and a length, compared in two long comparisons instead of a loop over bytes.
 *
 * <p>Static and small so that the JIT inlines it into each look-up loop; it reads characters
 * through the caller's own {@link CharSequence}, never a wrapper, so that the call sites stay as
 * monomorphic as the callers' cells.
 */
final class IdKey {
  /** The longest id a key holds (two words). */
  static final int INLINE = 16;

  /** The characters a word holds. */
  static final int WORD = 8;

  /**
   * What {@link #idWord} answers when a character is not an id character: no word of id characters
   * (all below 0x80) has a byte of 0xFF.
   */
  static final long NOT_ID = -1L;

  private IdKey() {}

  /**
   * The word of characters {@code [from, to)} of a key (at most {@value #WORD}; 0 when none), each
   * below 0x100 (an id's UTF-8 bytes, one a char).
   */
  static long word(CharSequence k, int from, int to) {
    long w = 0;
    for (int j = from; j < to; j++) {
      w |= (long) k.charAt(j) << ((j - from) << 3);
    }
    return w;
  }

  /**
   * {@link #word} of characters that must all be id characters ({@link FieldRules#isIdChar}), or
   * {@link #NOT_ID}: the check made in the same pass, so that a cell is read once.
   */
  static long idWord(CharSequence k, int from, int to) {
    long w = 0;
    boolean valid = true;
    for (int j = from; j < to; j++) {
      char c = k.charAt(j);
      valid &= FieldRules.isIdChar(c);
      w |= (long) c << ((j - from) << 3);
    }
    return valid ? w : NOT_ID;
  }

  /** The word of bytes {@code [from, to)} of a pool's chunk (at most {@value #WORD}). */
  static long word(byte[] b, int from, int to) {
    long w = 0;
    for (int j = from; j < to; j++) {
      w |= (b[j] & 0xFFL) << ((j - from) << 3);
    }
    return w;
  }

  /** Whether the first {@code n} bytes of a word are all id characters. */
  static boolean idChars(long word, int n) {
    boolean valid = true;
    for (int j = 0; j < n; j++) {
      valid &= FieldRules.isIdChar((int) ((word >>> (j << 3)) & 0xFF));
    }
    return valid;
  }

  /** The text of a key of {@code len} characters, words {@code w0, w1}. */
  static String text(long w0, long w1, int len) {
    char[] c = new char[len];
    for (int j = 0; j < len; j++) {
      c[j] = (char) (((j < WORD ? w0 : w1) >>> ((j & 7) << 3)) & 0xFF);
    }
    return new String(c);
  }

  /** The hash of a key, well mixed in its high half (where {@link #slotOf} takes the slot). */
  static long hash(long k0, long k1, int len) {
    long h = k0 * 0x9E3779B97F4A7C15L + k1 * 0xC2B2AE3D27D4EB4FL + len;
    h ^= h >>> 32;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 29;
    return h;
  }

  /** A slot in {@code [0, capacity)} from a hash's high half (range reduction). */
  static int slotOf(long hash, int capacity) {
    return (int) (((hash >>> 32) * capacity) >>> 32);
  }
}
