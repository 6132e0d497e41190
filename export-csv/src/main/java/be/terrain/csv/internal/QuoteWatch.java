package be.terrain.csv.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes a file's bytes through and notes whether a {@code "} has gone by. Until one has, no cell
 * the parser delivers can hold one, so the reader may skip looking for a stray quote in each
 * unquoted cell, which would read every character of the file once more. The usual activity file
 * has no quote at all; a file that has one is checked cell by cell from there on.
 *
 * <p>Exact for UTF-8: no byte of a multi-byte sequence equals the quote's byte. The scan reads
 * eight bytes at a time.
 */
final class QuoteWatch extends FilterInputStream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long QUOTES = 0x2222222222222222L;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private boolean seen;

  QuoteWatch(InputStream in) {
    super(in);
  }

  /** Whether a quote has been read so far. */
  boolean seen() {
    return seen;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    seen |= b == '"';
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (!seen && n > 0) {
      seen = containsQuote(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped bytes never reach the parser
    return in.skip(n);
  }

  /** Whether {@code b[off, off + n)} holds a {@code "} byte. */
  static boolean containsQuote(byte[] b, int off, int n) {
    int i = off;
    int end = off + n;
    for (; i + 8 <= end; i += 8) {
      long v = (long) LONGS.get(b, i) ^ QUOTES;
      // a zero byte in v is a quote in b (the classic "has a zero byte" test, exact)
      if (((v - ONES) & ~v & HIGHS) != 0) {
        return true;
      }
    }
    for (; i < end; i++) {
      if (b[i] == '"') {
        return true;
      }
    }
    return false;
  }
}
