package be.terrain.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * An id's bytes in the {@link IdPool}: UTF-8, except that a lone surrogate (half of a pair, alone)
 * is its own three bytes ({@code ED A0..BF xx}, which UTF-8 never holds) instead of {@code ?}, so
 * that ids differing only by lone surrogates stay apart and come back as written. (Readers report
 * such an id as an encoding problem; a dataset built in code may still hold one.)
 */
final class IdText {
  private IdText() {}

  /** The id's bytes, one per char (ISO-8859-1), for an id holding a non-ASCII char. */
  static String key(CharSequence id) {
    String s = id.toString();
    if (!hasLoneSurrogate(s)) {
      return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
    StringBuilder b = new StringBuilder(s.length() * 3);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        String pair = s.substring(i, i + 2);
        b.append(new String(pair.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        i++;
      } else if (Character.isSurrogate(c)) {
        b.append((char) (0xE0 | (c >> 12)))
            .append((char) (0x80 | ((c >> 6) & 0x3F)))
            .append((char) (0x80 | (c & 0x3F)));
      } else {
        b.append(
            new String(
                String.valueOf(c).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      }
    }
    return b.toString();
  }

  /** The id of its bytes. */
  static String text(byte[] bytes, int off, int len) {
    if (!hasEncodedSurrogate(bytes, off, len)) {
      return new String(bytes, off, len, StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder(len);
    int from = off;
    int end = off + len;
    for (int i = off; i + 2 < end; i++) {
      if ((bytes[i] & 0xFF) == 0xED && (bytes[i + 1] & 0xFF) >= 0xA0) {
        b.append(new String(bytes, from, i - from, StandardCharsets.UTF_8));
        b.append(
            (char)
                (((bytes[i] & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
        i += 2;
        from = i + 1;
      }
    }
    b.append(new String(bytes, from, end - from, StandardCharsets.UTF_8));
    return b.toString();
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEncodedSurrogate(byte[] bytes, int off, int len) {
    for (int i = off; i + 1 < off + len; i++) {
      if ((bytes[i] & 0xFF) == 0xED && (bytes[i + 1] & 0xFF) >= 0xA0) {
        return true;
      }
    }
    return false;
  }
}
