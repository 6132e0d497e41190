package be.terrain.csv.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The first path of reading a CSV file: its plain records (no quote, every byte ASCII, shorter than
 * {@link #MAX_RECORD} bytes), split at the separator straight from the file's bytes, with no
 * decoding and no parser state. The usual file of a sample or an export is plain from its first
 * line to its last; the first record that is not hands the rest of the file, from that record's
 * start, to {@link FastCsvSource}, which reads it as it reads a whole file.
 *
 * <p>Why: in a cold process, FastCSV's general parser (quotes, multi-line cells, the decoder in
 * front of it) was a third of the reading threads' time on files that use none of it. On plain
 * records both read the same records, cells and lines: CR, LF and CRLF each end a line, a line
 * holding nothing is skipped, every other line is one record of the cells between its separators.
 */
final class PlainRecords {
  /** A record this long or longer goes to FastCSV (which also knows what a too long cell is). */
  static final int MAX_RECORD = FileRows.MAX_CELL_CHARS;

  private static final int FIRST_BUFFER = 1 << 16;

  private static final byte ORDINARY = 0;
  private static final byte SEPARATOR = 1;
  private static final byte LINE_END = 2;
  private static final byte NOT_PLAIN = 3;

  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;

  private final InputStream in;
  private final byte separator;
  private final CellSink sink;
  private byte[] buf = new byte[FIRST_BUFFER];

  /** {@link #buf} read eight bytes at a time. */
  private ByteBuffer words = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);

  /** The separator in each byte of a word. */
  private final long separatorWord;

  /** What each byte value is to the scan: {@link #ORDINARY}, a separator, a line end or neither. */
  private final byte[] kinds = new byte[256];

  /** The separators of the record scanned last, as offsets from its start. */
  private int[] separators = new int[64];

  private int separatorCount;
  private int pos;
  private int lim;
  private boolean eof;
  private int line = 1;

  private PlainRecords(InputStream in, char separator, CellSink sink) {
    this.in = in;
    this.separator = (byte) separator;
    this.sink = sink;
    this.separatorWord = ONES * (separator & 0xFF);
    kinds[separator & 0xFF] = SEPARATOR;
    kinds['\n'] = LINE_END;
    kinds['\r'] = LINE_END;
    kinds['"'] = NOT_PLAIN;
    for (int b = 0x80; b < 0x100; b++) {
      kinds[b] = NOT_PLAIN;
    }
  }

  /** Where the plain records ended: the line of the first other record, and the bytes from it. */
  record Rest(int line, InputStream bytes) {}

  /**
   * Reads the plain records of a file into the sink.
   *
   * @param in the file's bytes after any byte order mark (not closed here)
   * @param separator the dialect's separator (ASCII)
   * @param sink receives the records
   * @return null when the whole file was read, else where the first record not plain starts
   * @throws IOException when the file cannot be read
   */
  static Rest read(InputStream in, char separator, CellSink sink) throws IOException {
    return new PlainRecords(in, separator, sink).run();
  }

  private Rest run() throws IOException {
    while (true) {
      if (pos == lim && !more()) {
        return null;
      }
      int end = recordEnd();
      if (end < 0) {
        return rest();
      }
      if (end > pos) {
        deliver(end);
      }
      if (end == lim) {
        pos = lim; // the last record, without a line end
        return null;
      }
      pos = end + 1;
      line++;
      if (buf[end] == '\r') {
        if (pos == lim) {
          more();
        }
        if (pos < lim && buf[pos] == '\n') {
          pos++;
        }
      }
    }
  }

  /**
   * The index of the line end (CR or LF) of the record at {@link #pos}, or {@link #lim} for a last
   * record without one; -1 when the record is not plain. Notes the record's separators on the way
   * (one pass over its bytes, eight at a time). Reads more of the file as needed (which may move
   * the record to the buffer's start; the separators are noted from the record's start).
   */
  private int recordEnd() throws IOException {
    separatorCount = 0;
    byte[] table = kinds;
    int i = pos;
    while (true) {
      byte[] b = buf;
      int n = lim;
      int start = pos;
      ByteBuffer w = words;
      long sepWord = separatorWord;
      for (; i <= n - 8; i += 8) {
        // eight bytes at a time: most words hold one separator or none, and no other byte to see
        for (long m = special(w.getLong(i), sepWord); m != 0; m &= m - 1) {
          int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
          byte k = table[b[j] & 0xFF];
          if (k == SEPARATOR) {
            separator(j - start);
          } else {
            return k == LINE_END ? j : -1;
          }
        }
      }
      for (; i < n; i++) {
        byte k = table[b[i] & 0xFF];
        if (k != ORDINARY) {
          if (k == SEPARATOR) {
            separator(i - start);
          } else {
            return k == LINE_END ? i : -1;
          }
        }
      }
      if (lim - pos >= MAX_RECORD) {
        return -1;
      }
      int before = pos;
      if (!more()) {
        return lim;
      }
      i -= before - pos;
    }
  }

  /**
   * The bytes of a word (little-endian) the scan must look at, each as its high bit: the separator,
   * CR, LF, a quote, and every byte that is not ASCII.
   */
  private static long special(long word, long separatorWord) {
    return zero(word ^ separatorWord)
        | zero(word ^ (ONES * '\n'))
        | zero(word ^ (ONES * '\r'))
        | zero(word ^ (ONES * '"'))
        | (word & HIGH);
  }

  /** The high bit of each byte of {@code x} that is zero, and no other bit (no carry between). */
  private static long zero(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  private void separator(int at) {
    if (separatorCount == separators.length) {
      separators = Arrays.copyOf(separators, separatorCount * 2);
    }
    separators[separatorCount++] = at;
  }

  /** Delivers the plain record from {@link #pos} to {@code end}, cut at the separators noted. */
  private void deliver(int end) {
    sink.plainRecord(line, buf, pos, end, separators, separatorCount);
  }

  /**
   * Reads more bytes after {@link #lim}, first moving the unread ones to the buffer's start (and
   * growing it when they fill it); false at the end of the file.
   */
  private boolean more() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
      words = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  private Rest rest() {
    InputStream unread = new ByteArrayInputStream(buf, pos, lim - pos);
    return new Rest(line, eof ? unread : new SequenceInputStream(unread, in));
  }
}
