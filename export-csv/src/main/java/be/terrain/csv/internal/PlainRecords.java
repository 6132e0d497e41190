package be.terrain.csv.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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

  private final InputStream in;
  private final byte separator;
  private final CellSink sink;
  private byte[] buf = new byte[FIRST_BUFFER];
  private char[] chars = new char[FIRST_BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private int line = 1;

  private PlainRecords(InputStream in, char separator, CellSink sink) {
    this.in = in;
    this.separator = (byte) separator;
    this.sink = sink;
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
   * record without one; -1 when the record is not plain. Reads more of the file as needed (which
   * may move the record to the buffer's start).
   */
  private int recordEnd() throws IOException {
    int i = pos;
    while (true) {
      byte[] b = buf;
      int n = lim;
      for (; i < n; i++) {
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          return i;
        }
        if (c == '"' || c < 0) {
          return -1;
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

  /** Delivers the plain record from {@link #pos} to {@code end}, its bytes widened to chars. */
  private void deliver(int end) {
    int n = end - pos;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    char[] c = chars;
    byte[] b = buf;
    byte sep = separator;
    sink.beginRecord(line);
    int start = 0;
    for (int i = 0, from = pos; i < n; i++) {
      byte x = b[from + i];
      if (x == sep) {
        sink.cell(c, start, i - start);
        start = i + 1;
      } else {
        c[i] = (char) x;
      }
    }
    sink.cell(c, start, n - start);
    sink.endRecord();
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
