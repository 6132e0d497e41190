package be.terrain.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns ids compactly: their bytes in an {@link IdBytes}, found while ids are added through a
 * {@link GrowingIndex} (none at all while they come sorted), and through a {@link FrozenIndex} (or
 * the {@link SmallKeys} of a small pool) once {@link #index() indexed}. Ten million sorted ids of
 * ten characters take about 15 bytes each.
 *
 * <p>Ids are taken from any {@link CharSequence} (a parser's reused buffer, say) without making a
 * string. Not thread-safe while ids are added; {@link #find} and {@link #get} only read, so an
 * indexed pool that no longer changes may be read by several threads.
 */
public final class IdPool {
  private static final int SMALL_POOL = 64;

  private final IdBytes bytes = new IdBytes();
  private final GrowingIndex growing = new GrowingIndex(bytes);

  /** Built by {@link #index()} for looking up while the pool does not change; else null. */
  private FrozenIndex frozen;

  /**
   * Built by {@link #index()} for a pool of at most {@link #SMALL_POOL} ids (antennas): their valid
   * ids, found by {@link #findValidId} from a few characters and one comparison, in a few
   * nanoseconds rather than the tens that building and hashing a full key takes.
   */
  private SmallKeys small;

  private int longestId;
  private boolean hasLongIds;
  private int referencesSinceIndexed;

  /**
   * The ids while they are one prefix and increasing numbers of one width (see {@link
   * NumberedRun}), for a pool made by {@link #ofRecordIds}; null before its first id and once they
   * are in {@link #bytes}.
   */
  private NumberedRun run;

  /** Whether the ids may still be (or start) a {@link #run}. */
  private boolean runOpen;

  /** Whether the {@link #run}'s first id, and so each of its ids, is a valid id. */
  private boolean runValid;

  /** An empty pool. */
  public IdPool() {}

  /**
   * An empty pool for the record ids of a file (contacts, acts): while its ids are one prefix and
   * increasing numbers of one width, as exports number their records, it keeps only their numbers
   * (no bytes, no comparison of text); at the first other id it stores them as any pool does. The
   * same ids get the same indexes either way. Not for a pool that is looked up by reference
   * (persons, antennas): {@link #index()} would first have to store its ids.
   */
  public static IdPool ofRecordIds() {
    IdPool pool = new IdPool();
    pool.runOpen = true;
    return pool;
  }

  /** The number of distinct ids. */
  public int size() {
    NumberedRun r = run;
    return r != null ? r.size() : bytes.size();
  }

  /**
   * Expects about this many distinct ids in all (an estimate, a file's rows say): the index built
   * if they come unsorted is then sized once for them instead of growing. Changes no result.
   */
  public void expect(int n) {
    growing.expect(n);
  }

  /** The index of the id, adding it when new. */
  public int intern(CharSequence id) {
    if (runOpen) {
      int index = internRun(id);
      if (index >= 0) {
        return index;
      }
    }
    return internKey(key(id));
  }

  /**
   * {@link #intern} for a reference to an id that is usually there already (a person's id in a
   * contact): after many references without a new id, the pool is {@link #index() indexed} so that
   * each is found in one memory access.
   */
  public int internReference(CharSequence id, boolean ascii) {
    general();
    CharSequence k = ascii ? id : key(id);
    if (frozen == null && bytes.size() > 1024 && ++referencesSinceIndexed > bytes.size() / 4) {
      index();
    }
    FrozenIndex f = frozen;
    if (f != null) {
      int i = f.find(k);
      if (i >= 0) {
        return i;
      }
    }
    return internKey(k);
  }

  /** {@link #intern} of an id known to be ASCII (a valid id), without checking it again. */
  public int internAscii(CharSequence id) {
    if (runOpen) {
      int index = internRun(id);
      if (index >= 0) {
        return index;
      }
    }
    return internKey(id);
  }

  /**
   * {@link #internAscii} of a text that the pool keeps as a number and that is then a valid id
   * ({@link FieldRules#isValidId}: same prefix and width as the valid first id, digits), without
   * checking it first; -1 for any other text, which the caller checks and interns as usual.
   */
  public int internValidNumbered(CharSequence id) {
    NumberedRun r = run;
    return r != null && runValid ? r.intern(id) : -1;
  }

  /** The index of the id in the {@link #run} (started by the first id), or -1: not there. */
  private int internRun(CharSequence id) {
    NumberedRun r = run;
    if (r == null) {
      r = bytes.size() == 0 ? NumberedRun.start(id) : null;
      if (r == null) {
        runOpen = false;
        return -1;
      }
      run = r;
      runValid = FieldRules.isValidId(id);
      return 0;
    }
    int index = r.intern(id);
    if (index < 0) {
      general();
    }
    return index;
  }

  /**
   * Stores the ids of the {@link #run}, if any, as any pool does (in their order: same indexes),
   * and keeps every later id there.
   */
  private void general() {
    runOpen = false;
    NumberedRun r = run;
    if (r == null) {
      return;
    }
    run = null;
    for (int i = 0, n = r.size(); i < n; i++) {
      internKey(r.get(i));
    }
  }

  private int internKey(CharSequence k) {
    int before = bytes.size();
    int index = growing.intern(k);
    if (bytes.size() != before) {
      added(k.length());
    }
    return index;
  }

  /** After a new id of {@code n} bytes: what was built for looking up no longer holds. */
  private void added(int n) {
    frozen = null;
    small = null;
    hasLongIds |= n > IdKey.INLINE;
    longestId = Math.max(longestId, n);
    if (!hasLongIds) {
      referencesSinceIndexed = 0;
    }
  }

  /**
   * Prepares the pool for many {@link #find}s while it does not change (until the next id is
   * added), so that each takes constant time; call it before sharing the pool between threads.
   */
  public void index() {
    general();
    int size = bytes.size();
    if (size > 0 && size <= SMALL_POOL && small == null && !hasLongIds) {
      String[] valid = new String[size];
      for (int i = 0; i < size; i++) {
        String id = get(i);
        valid[i] = FieldRules.isValidId(id) ? id : null;
      }
      small = new SmallKeys(valid);
    }
    if (frozen != null || size == 0) {
      return;
    }
    if (hasLongIds) {
      growing.ensureTable();
      referencesSinceIndexed = Integer.MIN_VALUE;
      return;
    }
    frozen = FrozenIndex.build(bytes, longestId);
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
    FrozenIndex f = frozen;
    return f == null ? -1 : f.findValidId(k);
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
    FrozenIndex f = frozen;
    return f != null && f.validIdKey(k, keys, at);
  }

  /**
   * The index of each of the first {@code n} keys made by {@link #validIdKey}, or -1 for an id the
   * pool does not hold (or when the pool is no longer indexed). Only reads.
   */
  public void findValidIds(long[] keys, int n, int[] out) {
    FrozenIndex f = frozen;
    if (f == null) {
      Arrays.fill(out, 0, n, -1);
      return;
    }
    f.findValidIds(keys, n, out);
  }

  /** The id whose key {@link #validIdKey} made at {@code at}. */
  public static String keyText(long[] keys, int at) {
    return FrozenIndex.keyText(keys, at);
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
    NumberedRun r = run;
    if (r != null) {
      return r.find(k);
    }
    FrozenIndex f = frozen;
    if (f != null) {
      return f.find(k);
    }
    return growing.find(k);
  }

  /** The id at an index. */
  public String get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("no id at " + index + " of " + size());
    }
    NumberedRun r = run;
    return r != null ? r.get(index) : bytes.get(index);
  }

  /** The UTF-8 bytes of the id at an index, in a new array (no string made). */
  public byte[] bytes(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("no id at " + index + " of " + size());
    }
    NumberedRun r = run;
    return r != null ? r.get(index).getBytes(StandardCharsets.US_ASCII) : bytes.bytes(index);
  }

  /** Drops what {@link #index()} built for looking up (memory), once no longer needed. */
  public void dropLookup() {
    frozen = null;
    small = null;
  }

  /**
   * Compares two interned ids by code point, without making strings: UTF-8 bytes compared as
   * unsigned values order like code points.
   */
  public int compare(int a, int b) {
    if (run != null) {
      // one prefix and width, numbers increasing with the index: the indexes' order is the ids'
      return Integer.compare(a, b);
    }
    return a == b ? 0 : bytes.compare(a, b);
  }

  /** Trims the last chunk to its content and drops what {@link #index()} built. */
  public void trim() {
    frozen = null;
    small = null;
    bytes.trim();
  }

  /** Approximate bytes held. */
  public long footprint() {
    NumberedRun r = run;
    return bytes.footprint() + growing.footprint() + (r == null ? 0 : r.footprint());
  }

  /** The id as a sequence of UTF-8 bytes, one per char (the id itself when it is ASCII). */
  private static CharSequence key(CharSequence id) {
    for (int i = 0, n = id.length(); i < n; i++) {
      if (id.charAt(i) >= 0x80) {
        return IdText.key(id);
      }
    }
    return id;
  }
}
