package be.terrain.csv.internal;

import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;

/**
 * Receives the records of one CSV file from a tokenizer, cell by cell. Empty lines are never
 * delivered. A record is only complete at {@link #endRecord()}: a tokenizer that fails in the
 * middle of a record simply starts it again with {@link #beginRecord(int)}, so nothing of the
 * abandoned attempt is kept.
 */
interface CellSink {
  /** A record starts on this physical line (the header's line is the first non-empty one). */
  void beginRecord(int line);

  /** A well-formed cell, as a slice of the tokenizer's buffer (valid only during the call). */
  void cell(char[] buf, int offset, int length);

  /** A well-formed cell. */
  void cell(String text);

  /**
   * A cell that was not quoted, as a slice of the tokenizer's buffer (valid only during the call):
   * one holding a quote is broken quoting ({@link #badCell}), any other is {@link #cell(char[],
   * int, int)}.
   */
  default void unquotedCell(char[] buf, int offset, int length) {
    if (hasQuote(buf, offset, length)) {
      badCell(ProblemCodes.BROKEN_QUOTING, new String(buf, offset, length));
    } else {
      cell(buf, offset, length);
    }
  }

  /**
   * A cell of a plain record ({@link PlainRecords}): ASCII bytes without a quote, CR or LF, as a
   * slice of the reader's buffer (valid only during the call). The same as {@link #cell(char[],
   * int, int)} of the bytes widened to chars, which is what this default does; a sink reads the
   * bytes itself to skip the copy.
   */
  default void asciiCell(byte[] buf, int offset, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) buf[offset + i];
    }
    cell(chars, 0, length);
  }

  /**
   * A whole plain record ({@link PlainRecords}): its bytes at {@code [from, end)}, ASCII without a
   * quote, CR or LF, its cells cut at the separators noted at {@code separators[0..count)} (offsets
   * from {@code from}), valid only during the call. The same as {@link #beginRecord}, {@link
   * #asciiCell} for each cell and {@link #endRecord}, which is what this default does; a sink takes
   * the cells it wants itself to skip a call per cell.
   */
  default void plainRecord(int line, byte[] buf, int from, int end, int[] separators, int count) {
    beginRecord(line);
    int start = 0;
    for (int s = 0; s < count; s++) {
      int cut = separators[s];
      asciiCell(buf, from + start, cut - start);
      start = cut + 1;
    }
    asciiCell(buf, from + start, end - from - start);
    endRecord();
  }

  /** Whether the slice holds a {@code "}. */
  static boolean hasQuote(char[] buf, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (buf[i] == '"') {
        return true;
      }
    }
    return false;
  }

  /**
   * A cell that could not be read (broken quoting, invalid UTF-8, too long).
   *
   * @param code the problem
   * @param shown the cell's text as well as it could be decoded, for the problem's value
   * @param args the message arguments of the code
   */
  void badCell(ProblemCode code, String shown, Object... args);

  /** The record is complete. */
  void endRecord();
}
