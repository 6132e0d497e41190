package be.terrain.cli.sample;

/**
 * Ids made of a prefix and a zero-padded number as wide as the largest number ({@code d-00000042}),
 * without {@link String#format}: generators make millions of them. Not thread-safe.
 */
public final class IdFormat {
  private final char[] buffer;
  private final int prefixLength;

  /**
   * A format for numbers up to {@code max} (at least four digits wide).
   *
   * @param prefix what every id starts with, e.g. {@code d-}
   * @param max the largest number, which sets the width
   */
  public IdFormat(String prefix, long max) {
    int width = Math.max(4, Long.toString(Math.max(1, max)).length());
    this.prefixLength = prefix.length();
    this.buffer = new char[prefixLength + width];
    prefix.getChars(0, prefixLength, buffer, 0);
  }

  /**
   * The id of a number.
   *
   * @param n a number from 0 to the format's {@code max}
   * @return the prefix and the zero-padded number
   */
  public String format(int n) {
    int v = n;
    for (int i = buffer.length - 1; i >= prefixLength; i--) {
      buffer[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    return new String(buffer);
  }
}
