package be.terrain.csv.internal;

import java.nio.charset.StandardCharsets;

/**
 * A plain record's cell read straight from the reader's bytes (ASCII: one byte a char), reused from
 * record to record. Why: copying each wanted cell's bytes into chars was over a quarter of the
 * reading threads' time in a cold S2 read (issue #13); a cell only lives while its record is
 * delivered (the builder reads the cells during {@link RowTarget#addRow} only), and the reader's
 * bytes do not move meanwhile.
 */
final class AsciiCell implements CharSequence {
  private byte[] bytes;
  private int offset;
  private int length;

  /** Makes this cell the bytes at {@code [offset, offset + length)} (ASCII, read only). */
  void set(byte[] newBytes, int newOffset, int newLength) {
    this.bytes = newBytes;
    this.offset = newOffset;
    this.length = newLength;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return (char) bytes[offset + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
  }

  @Override
  public String toString() {
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }
}
