package be.terrain.csv.internal;

import be.terrain.core.ProblemCodes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The recovering path of reading a CSV file: a small RFC 4180 tokenizer over the file's bytes that
 * reports broken quoting and invalid UTF-8 on the cell where they are and goes on. Used from the
 * record where FastCSV gave up ({@link FastCsvSource}) to the end of the file.
 *
 * <p>It agrees with FastCSV on well-formed input: a cell is quoted when it starts with a quote,
 * {@code ""} inside quotes is a quote, CR, LF and CRLF each end a line (inside quotes too, for the
 * line count), lines holding nothing are skipped. On broken input:
 *
 * <ul>
 *   <li>a quote inside an unquoted cell: the cell is broken; the quote is data, as FastCSV reads
 *       it;
 *   <li>text after a closing quote: the cell is broken and runs to the next separator or line end;
 *   <li>a quote never closed: the cell is broken; reading goes back to just after the opening quote
 *       and takes the rest of that cell as unquoted data, so the following cells and lines are read
 *       as they stand instead of being swallowed;
 *   <li>bytes that are not UTF-8: the cell is unreadable;
 *   <li>a cell longer than {@link FileRows#MAX_CELL_CHARS}: the cell is unreadable and is not held
 *       in memory past that length.
 * </ul>
 *
 * Bytes are read through a fixed buffer: memory does not grow with the file.
 */
final class ByteTokenizer {
  private static final int CR = '\r';
  private static final int LF = '\n';
  private static final int QUOTE = '"';
  private static final int EOF = -1;
  private static final int SEP = -2;
  private static final int NEWLINE = -3;

  /** Bytes a cell may hold: enough for {@link FileRows#MAX_CELL_CHARS} characters of UTF-8. */
  private static final int MAX_CELL_BYTES = 4 * FileRows.MAX_CELL_CHARS;

  private final SeekableByteChannel channel;
  private final int separator;
  private final CellSink sink;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
  private final byte[] buf = buffer.array();
  private int pos;
  private int lim;
  private long bufferStart;

  private byte[] cell = new byte[256];
  private int cellLength;
  private boolean nonAscii;
  private boolean broken;
  private boolean tooLong;
  private int line = 1;

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  ByteTokenizer(SeekableByteChannel channel, char separator, CellSink sink) {
    this.channel = channel;
    this.separator = separator;
    this.sink = sink;
  }

  /**
   * Reads the file from its start, delivering the records that start on or after a line.
   *
   * @param fromLine the first record line to deliver (earlier ones were delivered by FastCSV)
   */
  void run(int fromLine) throws IOException {
    seek(0);
    if (!(next() == 0xEF && next() == 0xBB && next() == 0xBF)) {
      seek(0);
    }
    while (true) {
      int c = peek();
      if (c == EOF) {
        return;
      }
      if (c == CR || c == LF) {
        next();
        newline(c);
        continue;
      }
      boolean deliver = line >= fromLine;
      if (deliver) {
        sink.beginRecord(line);
      }
      int end;
      do {
        end = readCell();
        if (deliver) {
          deliverCell();
        }
      } while (end == SEP);
      if (deliver) {
        sink.endRecord();
      }
      if (end == EOF) {
        return;
      }
    }
  }

  /** Reads one cell; returns what ended it: {@link #SEP}, {@link #NEWLINE} or {@link #EOF}. */
  private int readCell() throws IOException {
    cellLength = 0;
    nonAscii = false;
    broken = false;
    tooLong = false;
    if (peek() == QUOTE) {
      next();
      long quoteOffset = offset();
      int quoteLine = line;
      while (true) {
        int c = next();
        if (c == EOF) {
          // never closed: read again from the opening quote as unquoted, broken data
          seek(quoteOffset);
          line = quoteLine;
          cellLength = 0;
          nonAscii = false;
          tooLong = false;
          append(QUOTE);
          broken = true;
          return unquoted();
        }
        if (c == QUOTE) {
          if (peek() == QUOTE) {
            next();
            append(QUOTE);
            continue;
          }
          int after = next();
          if (after == separator) {
            return SEP;
          }
          if (after == CR || after == LF) {
            newline(after);
            return NEWLINE;
          }
          if (after == EOF) {
            return EOF;
          }
          broken = true;
          append(after);
          return unquoted();
        }
        if (c == CR) {
          line++;
          append(c);
          if (peek() == LF) {
            append(next());
          }
        } else {
          if (c == LF) {
            line++;
          }
          append(c);
        }
      }
    }
    return unquoted();
  }

  private int unquoted() throws IOException {
    while (true) {
      if (pos == lim && !fill()) {
        return EOF;
      }
      int c = buf[pos++] & 0xFF;
      if (c == separator) {
        return SEP;
      }
      if (c == CR || c == LF) {
        newline(c);
        return NEWLINE;
      }
      if (c == QUOTE) {
        broken = true;
      }
      append(c);
    }
  }

  /** After a CR or LF was read outside quotes: counts the line, and takes the LF of a CRLF. */
  private void newline(int c) throws IOException {
    line++;
    if (c == CR && peek() == LF) {
      next();
    }
  }

  private void append(int b) {
    if (b >= 0x80) {
      nonAscii = true;
    }
    if (cellLength == MAX_CELL_BYTES) {
      tooLong = true;
      return;
    }
    if (cellLength == cell.length) {
      cell = Arrays.copyOf(cell, Math.min(MAX_CELL_BYTES, cell.length * 2));
    }
    cell[cellLength++] = (byte) b;
  }

  private void deliverCell() {
    if (broken) {
      sink.badCell(ProblemCodes.BROKEN_QUOTING, lenient());
      return;
    }
    if (tooLong) {
      sink.badCell(
          ProblemCodes.LIMIT_EXCEEDED,
          lenient(),
          "a cell longer than " + FileRows.MAX_CELL_CHARS + " characters");
      return;
    }
    if (!nonAscii) {
      sink.cell(
          cellLength == 0 ? "" : new String(cell, 0, cellLength, StandardCharsets.ISO_8859_1));
      return;
    }
    CharBuffer chars;
    try {
      decoder.reset();
      chars = decoder.decode(ByteBuffer.wrap(cell, 0, cellLength));
    } catch (CharacterCodingException e) {
      sink.badCell(ProblemCodes.INVALID_ENCODING, lenient());
      return;
    }
    sink.cell(chars.toString());
  }

  /** The cell decoded with replacement characters, for a problem's value (its start is enough). */
  private String lenient() {
    return new String(cell, 0, Math.min(cellLength, 1024), StandardCharsets.UTF_8);
  }

  private int next() throws IOException {
    if (pos == lim && !fill()) {
      return EOF;
    }
    return buf[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (pos == lim && !fill()) {
      return EOF;
    }
    return buf[pos] & 0xFF;
  }

  private long offset() {
    return bufferStart + pos;
  }

  private void seek(long offset) throws IOException {
    channel.position(offset);
    bufferStart = offset;
    pos = 0;
    lim = 0;
  }

  private boolean fill() throws IOException {
    bufferStart += lim;
    pos = 0;
    lim = 0;
    buffer.clear();
    int n;
    do {
      n = channel.read(buffer);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    lim = n;
    return true;
  }
}
