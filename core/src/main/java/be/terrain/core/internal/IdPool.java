package be.terrain.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns ids compactly: their UTF-8 bytes, each after its length, in chunks of 256 kB (growing never
 * copies what is there), one int address per id, and an open-addressing hash index.
 *
 * <p>Ids usually come sorted (files are written in id order; a distribution act's rows follow each
 * other): while every new id is greater than the one before, the pool needs no hash index at all
 * (an id equal to the last one is the same entry, a greater one is new) and builds one only at
 * the first id out of order, or when {@link #index()} asks for it. Ten million sorted ids of ten
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
   * that finding one touches one slot of memory instead of three (slot, address, bytes). Stride 3:
   * the id's first 8 bytes, its next 8, and {@code length << 32 | index + 1} (0: empty slot).
   */
  private long[] lookup;
  /**
   * Built by {@link #index()} for a pool of at most {@link #SMALL_POOL} ids (antennas): their valid
   * ids, found by {@link #findValidId} from a few characters and one comparison, in a few
   * nanoseconds rather than the tens that building and hashing a full key takes.
   */
  private SmallKeys small;
  private static final int SMALL_POOL = 64;
  private int lookupMask;
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
      // sorted so far, the last id the last one seen: one comparison says same, new, or out of order
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
    int capacity = 16;
    while (capacity < size * 2L) {
      capacity *= 2;
    }
    long[] l = new long[capacity * 3];
    int m = capacity - 1;
    for (int i = 0; i < size; i++) {
      int address = addresses.get(i);
      byte[] chunk = chunks[address >>> CHUNK_BITS];
      int off = address & OFFSET_MASK;
      int len = length(chunk, off);
      int p = off + header(len);
      long k0 = 0;
      long k1 = 0;
      boolean valid = len > 0;
      for (int j = 0; j < len; j++) {
        long b = chunk[p + j] & 0xFFL;
        valid &= FieldRules.isIdChar((int) b);
        if (j < 8) {
          k0 |= b << (8 * j);
        } else {
          k1 |= b << (8 * (j - 8));
        }
      }
      int slot = (int) inlineHash(k0, k1, len) & m;
      while (l[slot * 3 + 2] != 0) {
        slot = (slot + 1) & m;
      }
      l[slot * 3] = k0;
      l[slot * 3 + 1] = k1;
      l[slot * 3 + 2] = ((long) len << 32) | (valid ? VALID_ID : 0) | (i + 1);
    }
    lookup = l;
    lookupMask = m;
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

  private int findInline(CharSequence k) {
    int len = k.length();
    if (len > INLINE) {
      return -1;
    }
    long k0 = 0;
    long k1 = 0;
    for (int j = 0; j < len; j++) {
      long b = k.charAt(j);
      if (j < 8) {
        k0 |= b << (8 * j);
      } else {
        k1 |= b << (8 * (j - 8));
      }
    }
    long[] l = lookup;
    int m = lookupMask;
    long meta = (long) len << 32;
    int slot = (int) inlineHash(k0, k1, len) & m;
    while (true) {
      long e = l[slot * 3 + 2];
      if (e == 0) {
        return -1;
      }
      if (l[slot * 3] == k0 && l[slot * 3 + 1] == k1 && (e & LENGTH_BITS) == meta) {
        return (int) e - 1;
      }
      slot = (slot + 1) & m;
    }
  }

  /**
   * The index of an id that the pool holds and that is a valid id ({@link FieldRules#isValidId}),
   * found in one look-up of the {@link #index() index} without checking the text first (an id
   * found there was checked once, when indexed); -1 when the pool is not indexed, or the text is
   * not there, not ASCII or not a valid id (the caller then checks it and looks it up as usual).
   * Only reads.
   */
  public int findValidId(CharSequence k) {
    SmallKeys s = small;
    if (s != null) {
      return s.indexOf(k, 0, k.length());
    }
    long[] l = lookup;
    if (l == null) {
      return -1;
    }
    int len = k.length();
    if (len == 0 || len > INLINE) {
      return -1;
    }
    long k0 = 0;
    long k1 = 0;
    int any = 0;
    for (int j = 0; j < len; j++) {
      char c = k.charAt(j);
      any |= c;
      if (j < 8) {
        k0 |= (long) c << (8 * j);
      } else {
        k1 |= (long) c << (8 * (j - 8));
      }
    }
    if (any >= 0x80) {
      return -1;
    }
    int m = lookupMask;
    long meta = (long) len << 32;
    int slot = (int) inlineHash(k0, k1, len) & m;
    while (true) {
      long e = l[slot * 3 + 2];
      if (e == 0) {
        return -1;
      }
      if (l[slot * 3] == k0 && l[slot * 3 + 1] == k1 && (e & LENGTH_BITS) == meta) {
        return (e & VALID_ID) != 0 ? (int) e - 1 : -1;
      }
      slot = (slot + 1) & m;
    }
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
        return new String(id.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
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
    return ((b & 0x7F) << 24) | ((chunk[off + 1] & 0xFF) << 16) | ((chunk[off + 2] & 0xFF) << 8)
        | (chunk[off + 3] & 0xFF);
  }

  private int append(CharSequence k) {
    lookup = null;
    small = null;
    int n = k.length();
    hasLongIds |= n > INLINE;
    if (!hasLongIds) {
      referencesSinceIndexed = 0;
    }
    int total = header(n) + n;
    if (current == null || used + total > current.length) {
      if (current != null && current.length < CHUNK && used + total <= CHUNK) {
        current = Arrays.copyOf(current, Math.min(CHUNK, Math.max(current.length * 2, used + total)));
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
