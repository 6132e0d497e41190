package be.terrain.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stored ids of a pool: their UTF-8 bytes, each after its length, in chunks of 256 kB (growing
 * never copies what is there), and one int address per id. Append only; the indexes over it are
 * {@link GrowingIndex} and {@link FrozenIndex}.
 */
final class IdBytes {
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

  /** The number of ids. */
  int size() {
    return size;
  }

  /** The address of an id: its chunk and offset in one int. */
  int address(int index) {
    return addresses.get(index);
  }

  /** The chunk an address is in. */
  byte[] chunk(int address) {
    return chunks[address >>> CHUNK_BITS];
  }

  /** The offset of an address in its chunk (where the id's length is). */
  static int offset(int address) {
    return address & OFFSET_MASK;
  }

  /** The bytes before an id's bytes, which hold its length. */
  static int header(int len) {
    return len < 0x80 ? 1 : 4;
  }

  /** The length of the id at an offset of a chunk. */
  static int length(byte[] chunk, int off) {
    int b = chunk[off] & 0xFF;
    if (b < 0x80) {
      return b;
    }
    return ((b & 0x7F) << 24)
        | ((chunk[off + 1] & 0xFF) << 16)
        | ((chunk[off + 2] & 0xFF) << 8)
        | (chunk[off + 3] & 0xFF);
  }

  /** The id at an index (which the caller checked). */
  String get(int index) {
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    return new String(chunk, off + header(len), len, StandardCharsets.UTF_8);
  }

  /** The UTF-8 bytes of the id at an index (which the caller checked), in a new array. */
  byte[] bytes(int index) {
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    return Arrays.copyOfRange(chunk, off + header(len), off + header(len) + len);
  }

  /**
   * Stores a key (an id's UTF-8 bytes, one a char) as the next id.
   *
   * @return its index
   */
  int append(CharSequence k) {
    int n = k.length();
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

  /** Whether the id at an index is the key. */
  boolean equalsAt(int index, CharSequence k) {
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

  /** The id at an index compared to the key (unsigned bytes: code point order). */
  int compareAt(int index, CharSequence k) {
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

  /** Two ids compared by code point: UTF-8 bytes compared unsigned order like code points. */
  int compare(int a, int b) {
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

  /**
   * The unmixed hash of the id at an index ({@code 31 * h + byte} from 1), equal to the one of its
   * key in {@link GrowingIndex}.
   */
  int polynomialHashAt(int index) {
    int address = addresses.get(index);
    byte[] chunk = chunks[address >>> CHUNK_BITS];
    int off = address & OFFSET_MASK;
    int len = length(chunk, off);
    int p = off + header(len);
    int h = 1;
    for (int i = 0; i < len; i++) {
      h = 31 * h + (chunk[p + i] & 0xFF);
    }
    return h;
  }

  /** Trims the last chunk to its content. */
  void trim() {
    if (current != null && used < current.length) {
      current = Arrays.copyOf(current, used);
      chunks[chunkCount - 1] = current;
    }
  }

  /** Approximate bytes held: the addresses and the chunks. */
  long footprint() {
    long bytes = 4L * size;
    for (int c = 0; c < chunkCount; c++) {
      bytes += chunks[c].length;
    }
    return bytes;
  }
}
