package be.terrain.core.internal;

/**
 * The index of a pool that no longer changes, for looking up: short ids inline, so that finding one
 * touches one slot of memory instead of three (slot, address, bytes). A slot is found by range
 * reduction ({@link IdKey#slotOf}), so that the table holds 1.5 slots an id rather than the next
 * power of two above 2. Two layouts:
 *
 * <ul>
 *   <li>narrow, when every id has at most {@value #NARROW} bytes and there are fewer than 2^26
 *       (usual ids, {@code p-0012345}): 16-byte slots, the id's first 8 bytes, then a word of its
 *       next 4, its length (4 bits), the valid flag and index + 1 (27 bits). With a million persons
 *       the table takes 24 MB instead of 48, and a slot never straddles two cache lines (a large
 *       array starts a heap region): one miss per look-up, not sometimes two;
 *   <li>wide, for ids up to {@value IdKey#INLINE} bytes: 24-byte slots, the first 8 bytes, the next
 *       8, and {@code valid << 48 | length << 32 | index + 1}.
 * </ul>
 *
 * In both, a slot whose last word is 0 is empty. A pool whose ids are one prefix and numbers
 * ({@link NumberedIds}) gets no hash table: its ids are found from their numbers. Immutable:
 * several threads may read it.
 */
final class FrozenIndex {
  private static final int NARROW = 12;
  private static final long NARROW_KEY = (1L << 36) - 1;
  private static final long NARROW_VALID = 1L << 36;
  private static final int NARROW_INDEX_SHIFT = 37;

  /** In a wide slot's last word: the id is a valid id ({@link FieldRules#isValidId}). */
  private static final long VALID_ID = 1L << 48;

  private static final long LENGTH_BITS = 0xFFFFL << 32;

  private final long[] lookup;
  private final int capacity;
  private final boolean narrow;

  /** The exact index of a numbered pool, which then has no hash table; else null. */
  private final NumberedIds numbered;

  private FrozenIndex(long[] lookup, int capacity, boolean narrow, NumberedIds numbered) {
    this.lookup = lookup;
    this.capacity = capacity;
    this.narrow = narrow;
    this.numbered = numbered;
  }

  /**
   * Indexes every id of the storage, none longer than {@value IdKey#INLINE} bytes.
   *
   * @param longestId the length of the longest id
   */
  static FrozenIndex build(IdBytes bytes, int longestId) {
    int size = bytes.size();
    boolean narrow = longestId <= NARROW && size < (1 << 26);
    NumberedIds numbered = NumberedIds.of(bytes);
    if (numbered != null) {
      return new FrozenIndex(null, 0, narrow, numbered);
    }
    int stride = narrow ? 2 : 3;
    int capacity = size + size / 2 + 16;
    long[] l = new long[capacity * stride];
    // In batches: the slots' contents first (reading the ids in order), then the slots (random
    // writes in a table of megabytes), so that the processor overlaps a batch's cache misses.
    final int batch = 64;
    long[] words0 = new long[batch];
    long[] words1 = new long[batch];
    long[] words2 = new long[batch];
    int[] slots = new int[batch];
    for (int from = 0; from < size; from += batch) {
      int n = Math.min(batch, size - from);
      for (int b = 0; b < n; b++) {
        int address = bytes.address(from + b);
        byte[] chunk = bytes.chunk(address);
        int off = IdBytes.offset(address);
        int len = IdBytes.length(chunk, off);
        int p = off + IdBytes.header(len);
        int head = Math.min(len, IdKey.WORD);
        long k0 = IdKey.word(chunk, p, p + head);
        long k1 = IdKey.word(chunk, p + head, p + len);
        boolean valid = len > 0 && IdKey.idChars(k0, head) && IdKey.idChars(k1, len - head);
        long index = from + b + 1;
        words0[b] = k0;
        if (narrow) {
          words1[b] =
              k1 | ((long) len << 32) | (valid ? NARROW_VALID : 0) | (index << NARROW_INDEX_SHIFT);
        } else {
          words1[b] = k1;
          words2[b] = ((long) len << 32) | (valid ? VALID_ID : 0) | index;
        }
        slots[b] = IdKey.slotOf(IdKey.hash(k0, k1, len), capacity);
      }
      for (int b = 0; b < n; b++) {
        int slot = slots[b];
        while (l[slot * stride + stride - 1] != 0) {
          slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        l[slot * stride] = words0[b];
        l[slot * stride + 1] = words1[b];
        if (!narrow) {
          l[slot * 3 + 2] = words2[b];
        }
      }
    }
    return new FrozenIndex(l, capacity, narrow, null);
  }

  /** The longest key this index holds. */
  private int longest() {
    return narrow ? NARROW : IdKey.INLINE;
  }

  /** The index of a key (an id's UTF-8 bytes, one a char), or -1. */
  int find(CharSequence k) {
    int len = k.length();
    if (len > longest()) {
      return -1;
    }
    if (numbered != null) {
      return numbered.find(k);
    }
    int head = Math.min(len, IdKey.WORD);
    return findSlot(IdKey.word(k, 0, head), IdKey.word(k, head, len), len, false);
  }

  /** See {@link IdPool#findValidId}. */
  int findValidId(CharSequence k) {
    int len = k.length();
    if (len == 0 || len > longest()) {
      return -1;
    }
    if (numbered != null) {
      return numbered.find(k); // every id it holds is a valid id
    }
    int head = Math.min(len, IdKey.WORD);
    long k0 = IdKey.idWord(k, 0, head);
    long k1 = IdKey.idWord(k, head, len);
    if (k0 == IdKey.NOT_ID || k1 == IdKey.NOT_ID) {
      return -1;
    }
    return findSlot(k0, k1, len, true);
  }

  /**
   * See {@link IdPool#validIdKey}. A key's third word is its length; in a numbered index its upper
   * half also holds the answer already found, the index + 2 (1 for none).
   */
  boolean validIdKey(CharSequence k, long[] keys, int at) {
    int len = k.length();
    if (len == 0 || len > longest()) {
      return false;
    }
    long found = 0;
    if (numbered != null) {
      int i = numbered.find(k);
      if (i >= 0) { // a valid id: the words are never read (only an id not found is made text)
        keys[3 * at + 2] = len | (long) (i + 2) << 32;
        return true;
      }
      found = 1L << 32;
    }
    int head = Math.min(len, IdKey.WORD);
    long k0 = IdKey.idWord(k, 0, head);
    long k1 = IdKey.idWord(k, head, len);
    if (k0 == IdKey.NOT_ID || k1 == IdKey.NOT_ID) {
      return false;
    }
    keys[3 * at] = k0;
    keys[3 * at + 1] = k1;
    keys[3 * at + 2] = len | found;
    return true;
  }

  /** See {@link IdPool#findValidIds}. */
  void findValidIds(long[] keys, int n, int[] out) {
    for (int i = 0; i < n; i++) {
      long meta = keys[3 * i + 2];
      int answer = (int) (meta >>> 32);
      out[i] = answer != 0 ? answer - 2 : findSlot(keys[3 * i], keys[3 * i + 1], (int) meta, true);
    }
  }

  /** The id whose key {@link #validIdKey} made at {@code at}. */
  static String keyText(long[] keys, int at) {
    return IdKey.text(keys[3 * at], keys[3 * at + 1], (int) keys[3 * at + 2]);
  }

  /**
   * The index of the id of key {@code k0, k1} and length {@code len}, or -1 (also when {@code
   * validOnly} and the id is not a valid id).
   */
  private int findSlot(long k0, long k1, int len, boolean validOnly) {
    long[] l = lookup;
    int capacity = this.capacity;
    int slot = IdKey.slotOf(IdKey.hash(k0, k1, len), capacity);
    if (narrow) {
      long want = k1 | ((long) len << 32);
      while (true) {
        long e = l[slot * 2 + 1];
        if (e == 0) {
          return -1;
        }
        if ((e & NARROW_KEY) == want && l[slot * 2] == k0) {
          return validOnly && (e & NARROW_VALID) == 0 ? -1 : (int) (e >>> NARROW_INDEX_SHIFT) - 1;
        }
        slot = slot + 1 == capacity ? 0 : slot + 1;
      }
    }
    long meta = (long) len << 32;
    while (true) {
      long e = l[slot * 3 + 2];
      if (e == 0) {
        return -1;
      }
      if (l[slot * 3] == k0 && l[slot * 3 + 1] == k1 && (e & LENGTH_BITS) == meta) {
        return validOnly && (e & VALID_ID) == 0 ? -1 : (int) e - 1;
      }
      slot = slot + 1 == capacity ? 0 : slot + 1;
    }
  }
}
