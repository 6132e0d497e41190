package be.terrain.json.internal;

/**
 * Whether the first bytes of a file whose name says nothing look like a JSON document or JSON
 * Lines: JSON Lines when the first line is a whole object and more lines follow, a document when
 * the file starts with an object otherwise.
 */
public final class JsonSniffer {
  private JsonSniffer() {}

  /**
   * How surely the head is of the form asked: 2 for JSON Lines that look like JSON Lines, 1 for a
   * document that starts with an object, else 0.
   *
   * @param head the file's first bytes
   * @param lines whether JSON Lines is asked, else a document
   */
  public static int recognises(byte[] head, boolean lines) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i == head.length || head[i] != '{') {
      return 0;
    }
    boolean linesLike = wholeFirstLineThenMore(head, i);
    if (lines) {
      return linesLike ? 2 : 0;
    }
    return 1;
  }

  private static boolean wholeFirstLineThenMore(byte[] head, int start) {
    int depth = 0;
    boolean inString = false;
    int i = start;
    for (; i < head.length && head[i] != '\n'; i++) {
      byte c = head[i];
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    boolean wholeFirstLine = depth == 0 && i < head.length;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return wholeFirstLine && i < head.length;
  }
}
