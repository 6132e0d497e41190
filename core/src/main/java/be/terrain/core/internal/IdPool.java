package be.terrain.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns ids compactly: their UTF-8 bytes, each after its length, in chunks of 256 kB (growing
 * never copies what is there), one int address per id, and an open-addressing hash index.
 *
 * <p>Ids usually come sorted (files are written in id order; a distribution act's rows follow each
 * other): while every new id is greater than the one before, the pool needs no hash index at all
 * (an id equal to the last one is the same entry, a greater one is new) and builds one only at the
 * first id out of order, or when {@link #index()} asks for it. Ten million sorted ids of ten
 * characters take about 15 bytes each.
 *
 * <p>Ids are taken from any {@link CharSequence} (a parser's reused buffer, say) without making a
 * string. Not thread-safe while ids are added; {@link #find} and {@link #get} only read, so an
 * indexed pool that no longer changes may be read by several threads.
 */
public final class IdPool {
  private static final int CHUNK_BITS = 18;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int OFFSET_MASK = CHUNK - 1;
  private static final int MAX_CHUNKS = 1 << (31 - CHUNK_BITS);

  private byte[][] chunks = new byte[4][];
  private int chunkCount;
  private byte[] current;
  private int used;
  private final IntArray addresses = new IntArray();
  private int size;
  private int[] table;
  private int mask;
  private int lastIndex = -1;

  /**
   * Built by {@link #index()} for looking up while the pool does not change: short ids inline, so
   * that finding one touches one slot of memory instead of three (slot, address, bytes). A slot is
   * found by range reduction (the hash's high half times the capacity), so that the table holds 1.5
   * slots an id rather than the next power of two above 2. Two layouts:
   *
   * <ul>
   *   <li>narrow, when every id has at most {@value #NARROW} bytes and there are fewer than 2^26
   *       (usual ids, {@code p-0012345}): 16-byte slots, the id's first 8 bytes, then a word of its
   *       next 4, its length (4 bits), the valid flag and index + 1 (27 bits). With a million
   *       persons the table takes 24 MB instead of 48, and a slot never straddles two cache lines
   *       (a large array starts a heap region): one miss per look-up, not sometimes two;
   *   <li>wide, for ids up to {@value #INLINE} bytes: 24-byte slots, the first 8 bytes, the next 8,
   *       and {@code valid << 48 | length << 32 | index + 1}.
   * </ul>
   *
   * In both, a slot whose last word is 0 is empty.
   */
  private long[] lookup;

  private int lookupCapacity;
  private boolean narrow;
  private int longestId;
  private static final int NARROW = 12;
  private static final long NARROW_KEY = (1L << 36) - 1;
  private static final long NARROW_VALID = 1L << 36;
  private static final int NARROW_INDEX_SHIFT = 37;

  /**
   * Built by {@link #index()} for a pool of at most {@link #SMALL_POOL} ids (antennas): their valid
   * ids, found by {@link #findValidId} from a few characters and one comparison, in a few
   * nanoseconds rather than the tens that building and hashing a full key takes.
   */
  private SmallKeys small;

  private static final int SMALL_POOL = 64;
  private static final int INLINE = 16;

  /** In a lookup slot's last word: the id is a valid id ({@link FieldRules#isValidId}). */
  private static final long VALID_ID = 1L << 48;

  private static final long LENGTH_BITS = 0xFFFFL << 32;

  /** The number of distinct ids. */
  public int size() {
    return size;
  }

  /** The index of the id, adding it when new. */
  public int intern(CharSequence id) {
    return internKey(key(id));
  }

  /**
   * {@link #intern} for a reference to an id that is usually there already (a person's id in a
   * contact): after many references without a new id, the pool is {@link #index() indexed} so that
   * each is found in one memory access.
   */
  public int internReference(CharSequence id, boolean ascii) {
    CharSequence k = ascii ? id : key(id);
    if (lookup == null && size > 1024 && ++referencesSinceIndexed > size / 4) {
      index();
    }
    if (lookup != null) {
      int i = findInline(k);
      if (i >= 0) {
        return i;
      }
    }
    return internKey(k);
  }

  private int referencesSinceIndexed;
  private boolean hasLongIds;

  /** {@link #intern} of an id known to be ASCII (a valid id), without checking it again. */
  public int internAscii(CharSequence id) {
    return internKey(id);
  }

  private int internKey(CharSequence k) {
    if (table == null && lastIndex >= 0 && lastIndex == size - 1) {
      // sorted so far, the last id the last one seen: one comparison says same, new, or out of
      // order
      int c = compareAt(lastIndex, k);
      if (c == 0) {
        return lastIndex;
      }
      if (c < 0) {
        lastIndex = append(k);
        return lastIndex;
      }
    } else if (lastIndex >= 0 && equalsAt(lastIndex, k)) {
      return lastIndex;
    }
    if (table == null) {
      if (size == 0 || compareAt(size - 1, k) < 0) {
        lastIndex = append(k);
        return lastIndex;
      }
      rehash(capacityFor(size));
    }
    int slot = hash(k) & mask;
    while (true) {
      int e = table[slot];
      if (e == 0) {
        break;
      }
      if (equalsAt(e - 1, k)) {
        lastIndex = e - 1;
        return lastIndex;
      }
      slot = (slot + 1) & mask;
    }
    int index = append(k);
    table[slot] = index + 1;
    if (size * 2 > mask) {
      rehash(table.length * 2);
    }
    lastIndex = index;
    return index;
  }

  /**
   * Prepares the pool for many {@link #find}s while it does not change (until the next id is
   * added), so that each takes constant time; call it before sharing the pool between threads.
   */
  public void index() {
    if (size > 0 && size <= SMALL_POOL && small == null && !hasLongIds) {
      String[] valid = new String[size];
      for (int i = 0; i < size; i++) {
        String id = get(i);
        valid[i] = FieldRules.isValidId(id) ? id : null;
      }
      small = new SmallKeys(valid);
    }
    if (lookup != null || size == 0) {
      return;
    }
    if (hasLongIds) {
      if (table == null) {
        rehash(capacityFor(size));
      }
      referencesSinceIndexed = Integer.MIN_VALUE;
      return;
    }
    narrow = longestId <= NARROW && size < (1 << 26);
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
        int address = addresses.get(from + b);
        byte[] chunk = chunks[address >>> CHUNK_BITS];
        int off = address & OFFSET_MASK;
        int len = length(chunk, off);
        int p = off + header(len);
        long k0 = 0;
        long k1 = 0;
        boolean valid = len > 0;
        for (int j = 0; j < len; j++) {
          long c = chunk[p + j] & 0xFFL;
          valid &= FieldRules.isIdChar((int) c);
          if (j < 8) {
            k0 |= c << (8 * j);
          } else {
            k1 |= c << (8 * (j - 8));
          }
        }
        long index = from + b + 1;
        words0[b] = k0;
        if (narrow) {
          words1[b] =
              k1 | ((long) len << 32) | (valid ? NARROW_VALID : 0) | (index << NARROW_INDEX_SHIFT);
        } else {
          words1[b] = k1;
          words2[b] = ((long) len << 32) | (valid ? VALID_ID : 0) | index;
        }
        slots[b] = slotOf(inlineHash(k0, k1, len), capacity);
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
    lookupCapacity = capacity;
    lookup = l;
  }

  /**
   * A slot in {@code [0, capacity)} from a hash's high half (well mixed by {@link #inlineHash}).
   */
  private static int slotOf(long hash, int capacity) {
    return (int) (((hash >>> 32) * capacity) >>> 32);
  }

  private static int capacityFor(int n) {
    int capacity = 128;
    while (capacity < n * 4L) {
      capacity *= 2;
    }
    return capacity;
  }

  private static long inlineHash(long k0, long k1, int len) {
    long h = k0 * 0x9E3779B97F4A7C15L + k1 * 0xC2B2AE3D27D4EB4FL + len;
    h ^= h >>> 32;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 29;
    return h;
  }

  /** The index of a key (an id's UTF-8 bytes, one a char) in the {@link #lookup}, or -1. */
  private int findInline(CharSequence k) {
    int len = k.length();
    if (len > (narrow ? NARROW : INLINE)) {
      return -1;
    }
    long k0 = 0;
    long k1 = 0;
    int head = Math.min(len, 8);
    for (int j = 0; j < head; j++) {
      k0 |= (long) k.charAt(j) << (j << 3);
    }
    for (int j = 8; j < len; j++) {
      k1 |= (long) k.charAt(j) << ((j - 8) << 3);
    }
    return findSlot(k0, k1, len, false);
  }

  /**
   * The index of the id of key {@code k0, k1} and length {@code len} in the {@link #lookup}, or -1
   * (also when {@code validOnly} and the id is not a valid id).
   */
  private int findSlot(long k0, long k1, int len, boolean validOnly) {
    long[] l = lookup;
    int capacity = lookupCapacity;
    int slot = slotOf(inlineHash(k0, k1, len), capacity);
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

  /**
   * The index of an id that the pool holds and that is a valid id ({@link FieldRules#isValidId}),
   * found in one look-up of the {@link #index() index} without checking the text first (an id found
   * there was checked once, when indexed); -1 when the pool is not indexed, or the text is not
   * there, not ASCII or not a valid id (the caller then checks it and looks it up as usual). Only
   * reads.
   */
  public int findValidId(CharSequence k) {
    SmallKeys s = small;
    if (s != null) {
      return s.indexOf(k, 0, k.length());
    }
    if (lookup == null) {
      return -1;
    }
    int len = k.length();
    if (len == 0 || len > (narrow ? NARROW : INLINE)) {
      return -1;
    }
    long k0 = 0;
    long k1 = 0;
    int any = 0;
    int head = Math.min(len, 8);
    for (int j = 0; j < head; j++) {
      char c = k.charAt(j);
      any |= c;
      k0 |= (long) c << (j << 3);
    }
    for (int j = 8; j < len; j++) {
      char c = k.charAt(j);
      any |= c;
      k1 |= (long) c << ((j - 8) << 3);
    }
    if (any >= 0x80) {
      return -1;
    }
    return findSlot(k0, k1, len, true);
  }

  /**
   * Whether {@link #findValidIds} can look the text up (the pool has an inline index and the text
   * is a valid id short enough for it), and if so writes its key to {@code keys[3 * at]} to {@code
   * keys[3 * at + 2]}. Only reads the pool.
   *
   * <p>Why split a look-up so: with a million ids each look-up misses the caches, and a reader that
   * looks one up per row waits for memory every row. Queueing the keys of many rows and looking
   * them up in one loop of independent look-ups lets the processor overlap the misses (about 40 ns
   * a look-up instead of 150 to 200 on the test machine).
   */
  public boolean validIdKey(CharSequence k, long[] keys, int at) {
    if (lookup == null) {
      return false;
    }
    int len = k.length();
    if (len == 0 || len > (narrow ? NARROW : INLINE)) {
      return false;
    }
    long k0 = 0;
    long k1 = 0;
    boolean valid = true;
    int head = Math.min(len, 8);
    for (int j = 0; j < head; j++) {
      char c = k.charAt(j);
      valid &= FieldRules.isIdChar(c);
      k0 |= (long) c << (j << 3);
    }
    for (int j = 8; j < len; j++) {
      char c = k.charAt(j);
      valid &= FieldRules.isIdChar(c);
      k1 |= (long) c << ((j - 8) << 3);
    }
    if (!valid) {
      return false;
    }
    keys[3 * at] = k0;
    keys[3 * at + 1] = k1;
    keys[3 * at + 2] = len;
    return true;
  }

  /**
   * The index of each of the first {@code n} keys made by {@link #validIdKey}, or -1 for an id the
   * pool does not hold (or when the pool is no longer indexed). Only reads.
   */
  public void findValidIds(long[] keys, int n, int[] out) {
    if (lookup == null) {
      Arrays.fill(out, 0, n, -1);
      return;
    }
    for (int i = 0; i < n; i++) {
      out[i] = findSlot(keys[3 * i], keys[3 * i + 1], (int) keys[3 * i + 2], true);
    }
  }

  /** The id whose key {@link #validIdKey} made at {@code at}. */
  public static String keyText(long[] keys, int at) {
    int len = (int) keys[3 * at + 2];
    char[] c = new char[len];
    for (int j = 0; j < len; j++) {
      c[j] = (char) ((keys[3 * at + (j < 8 ? 0 : 1)] >>> ((j & 7) << 3)) & 0xFF);
    }
    return new String(c);
  }

  /** The index of the id, or -1. Only reads. */
  public int find(CharSequence id) {
    return findKey(key(id));
  }

  /** {@link #find} of an id known to be ASCII (a valid id), without checking it again. */
  public int findAscii(CharSequence id) {
    return findKey(id);
  }

  private int findKey(CharSequence k) {
    long[] l = lookup;
    if (l != null) {
      return findInline(k);
    }
    if (table == null) {
      int lo = 0;
      int hi = size - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = compareAt(mid, k);
        if (c < 0) {
          lo = mid + 1;
        } else if (c > 0) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }
    int slot = hash(k) & mask;
    while (true) {
      int e = table[slot];
      if (e == 0) {
        return -1;
      }
      if (equalsAt(e - 1, k)) {
        return e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The id at an index. */
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no id at " + index + " of " + size);
    }
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    return new String(chunk, off + header(len), len, StandardCharsets.UTF_8);
  }

  /** Drops what {@link #index()} built for looking up (memory), once no longer needed. */
  public void dropLookup() {
    lookup = null;
    small = null;
  }

  /**
   * Compares two interned ids by code point, without making strings: UTF-8 bytes compared as
   * unsigned values order like code points.
   */
  public int compare(int a, int b) {
    if (a == b) {
      return 0;
    }
    int addressA = addresses.get(a);
    byte[] chunkA = chunks[addressA >>> CHUNK_BITS];
    int offA = addressA & OFFSET_MASK;
    int lenA = length(chunkA, offA);
    int fromA = offA + header(lenA);
    int addressB = addresses.get(b);
    byte[] chunkB = chunks[addressB >>> CHUNK_BITS];
    int offB = addressB & OFFSET_MASK;
    int lenB = length(chunkB, offB);
    int fromB = offB + header(lenB);
    return Arrays.compareUnsigned(chunkA, fromA, fromA + lenA, chunkB, fromB, fromB + lenB);
  }

  /** Trims the last chunk to its content and drops what {@link #index()} built. */
  public void trim() {
    lookup = null;
    small = null;
    if (current != null && used < current.length) {
      current = Arrays.copyOf(current, used);
      chunks[chunkCount - 1] = current;
    }
  }

  /** Approximate bytes held. */
  public long footprint() {
    long bytes = 4L * size + (table == null ? 0 : 4L * table.length);
    for (int c = 0; c < chunkCount; c++) {
      bytes += chunks[c].length;
    }
    return bytes;
  }

  /** The id as a sequence of UTF-8 bytes, one per char (the id itself when it is ASCII). */
  private static CharSequence key(CharSequence id) {
    for (int i = 0, n = id.length(); i < n; i++) {
      if (id.charAt(i) >= 0x80) {
        return new String(
            id.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      }
    }
    return id;
  }

  private static int header(int len) {
    return len < 0x80 ? 1 : 4;
  }

  private static int length(byte[] chunk, int off) {
    int b = chunk[off] & 0xFF;
    if (b < 0x80) {
      return b;
    }
    return ((b & 0x7F) << 24)
        | ((chunk[off + 1] & 0xFF) << 16)
        | ((chunk[off + 2] & 0xFF) << 8)
        | (chunk[off + 3] & 0xFF);
  }

  private int append(CharSequence k) {
    lookup = null;
    small = null;
    int n = k.length();
    hasLongIds |= n > INLINE;
    longestId = Math.max(longestId, n);
    if (!hasLongIds) {
      referencesSinceIndexed = 0;
    }
    int total = header(n) + n;
    if (current == null || used + total > current.length) {
      if (current != null && current.length < CHUNK && used + total <= CHUNK) {
        current =
            Arrays.copyOf(current, Math.min(CHUNK, Math.max(current.length * 2, used + total)));
        chunks[chunkCount - 1] = current;
      } else {
        if (chunkCount == MAX_CHUNKS) {
          throw new IllegalStateException("an id pool holds at most 2 GB of ids");
        }
        if (chunkCount == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        current = new byte[total > CHUNK ? total : chunkCount == 0 ? Math.max(1024, total) : CHUNK];
        chunks[chunkCount++] = current;
        used = 0;
      }
    }
    addresses.add(((chunkCount - 1) << CHUNK_BITS) | used);
    byte[] c = current;
    int p = used;
    if (n < 0x80) {
      c[p++] = (byte) n;
    } else {
      c[p++] = (byte) (0x80 | (n >>> 24));
      c[p++] = (byte) (n >>> 16);
      c[p++] = (byte) (n >>> 8);
      c[p++] = (byte) n;
    }
    for (int i = 0; i < n; i++) {
      c[p++] = (byte) k.charAt(i);
    }
    used = p;
    return size++;
  }

  private boolean equalsAt(int index, CharSequence k) {
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    if (len != k.length()) {
      return false;
    }
    int p = off + header(len);
    for (int i = 0; i < len; i++) {
      if ((chunk[p + i] & 0xFF) != k.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int compareAt(int index, CharSequence k) {
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    int p = off + header(len);
    int n = Math.min(len, k.length());
    for (int i = 0; i < n; i++) {
      int d = (chunk[p + i] & 0xFF) - k.charAt(i);
      if (d != 0) {
        return d;
      }
    }
    return len - k.length();
  }

  private int hashAt(int index) {
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    int p = off + header(len);
    int h = 1;
    for (int i = 0; i < len; i++) {
      h = 31 * h + (chunk[p + i] & 0xFF);
    }
    return mix(h);
  }

  private static int hash(CharSequence k) {
    int h = 1;
    for (int i = 0, n = k.length(); i < n; i++) {
      h = 31 * h + k.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private void rehash(int capacity) {
    int[] t = new int[capacity];
    int m = capacity - 1;
    for (int i = 0; i < size; i++) {
      int slot = hashAt(i) & m;
      while (t[slot] != 0) {
        slot = (slot + 1) & m;
      }
      t[slot] = i + 1;
    }
    table = t;
    mask = m;
  }
}
