package be.terrain.json.internal;

import static be.terrain.json.internal.MemberTable.TYPE_OF;

import be.terrain.core.ProblemCodes;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a record member's value as a cell of a {@link RecordBatch}, from the characters the parser
 * holds (no string is made): the text of a string or integer, pathogens joined with {@code |}. A
 * value of the wrong type leaves its problem in {@link #problem()}.
 */
final class ValueReader {
  private final RecordBatch out;
  private JsonParser p;
  private int maxStringLength = Integer.MAX_VALUE;

  /** The problem of the value last read, null when none. */
  private Deferred typeProblem;

  ValueReader(RecordBatch out) {
    this.out = out;
  }

  /** Reads from a parser from now on. */
  void use(JsonParser parser) {
    p = parser;
    maxStringLength = parser.streamReadConstraints().getMaxStringLength();
  }

  /** The problem of the value last read (a wrong type), null when none. */
  Deferred problem() {
    return typeProblem;
  }

  /**
   * Reads a member's value as a cell: the text of a string or integer, pathogens joined with {@code
   * |}, {@link RecordBatch#NULL_CELL} for {@code null}; {@link RecordBatch#BAD_CELL} for a value of
   * the wrong type, whose problem is left in {@link #problem()}.
   *
   * @param m the member's index in {@link MemberTable#NAMES}, negative for another name
   */
  long read(int m, String field, JsonToken t) {
    typeProblem = null;
    if (t == JsonToken.VALUE_NULL) {
      return RecordBatch.NULL_CELL;
    }
    switch (m < 0 ? Members.STRING : TYPE_OF[m]) {
      case Members.INTEGER:
        if (t == JsonToken.VALUE_NUMBER_INT) {
          return text(field);
        }
        return wrongType(field, t, "an integer");
      case Members.PATHOGENS:
        if (t == JsonToken.START_ARRAY) {
          return readPathogens(field);
        }
        return wrongType(field, t, "an array of strings");
      default:
        if (t == JsonToken.VALUE_STRING) {
          return text(field);
        }
        return wrongType(field, t, "a string");
    }
  }

  /** The text of the token the parser is on, as a cell, without making a string. */
  private long text(String field) {
    int len = p.getStringLength();
    checkLength(len);
    if (p.currentToken() == JsonToken.VALUE_STRING
        && hasLoneSurrogate(p.getStringCharacters(), p.getStringOffset(), len)) {
      return loneSurrogate(field);
    }
    int start = out.append(p.getStringCharacters(), p.getStringOffset(), len);
    return RecordBatch.cell(start, start + len);
  }

  /**
   * A string holding a lone surrogate (an escape such as {@code \ud800} that is not half of a
   * pair): an encoding problem, as invalid UTF-8 is in a CSV file, never read as {@code ?}. Its
   * value is the string as written.
   */
  private long loneSurrogate(String field) {
    TokenStreamLocation at = p.currentTokenLocation();
    String written = p.getString();
    p.skipChildren();
    typeProblem = new Deferred(ProblemCodes.INVALID_ENCODING, field, written, new Object[0], at);
    return RecordBatch.BAD_CELL;
  }

  /** Whether the characters hold a surrogate that is not half of a pair. */
  static boolean hasLoneSurrogate(char[] c, int off, int len) {
    int end = off + len;
    for (int i = off; i < end; i++) {
      char ch = c[i];
      if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  private long wrongType(String field, JsonToken t, String expected) {
    TokenStreamLocation at = p.currentTokenLocation();
    String shown = RecordReader.shown(p, t);
    p.skipChildren();
    typeProblem = new Deferred(ProblemCodes.WRONG_TYPE, field, shown, new Object[] {expected}, at);
    return RecordBatch.BAD_CELL;
  }

  private long readPathogens(String field) {
    int start = out.length();
    int count = 0;
    String bad = null;
    boolean encoding = false;
    TokenStreamLocation badAt = null;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      boolean lone = false;
      if (t == JsonToken.VALUE_STRING) {
        char[] c = p.getStringCharacters();
        int off = p.getStringOffset();
        int len = p.getStringLength();
        checkLength(len);
        lone = hasLoneSurrogate(c, off, len);
        if (len > 0 && indexOf(c, off, len, Members.PATHOGEN_SEPARATOR) < 0 && !lone) {
          if (count++ > 0) {
            out.append(Members.PATHOGEN_SEPARATOR);
          }
          out.append(c, off, len);
          continue;
        }
      }
      if (badAt == null) {
        badAt = p.currentTokenLocation();
        encoding = lone;
        bad = lone ? p.getString() : RecordReader.shown(p, t);
      }
      p.skipChildren();
    }
    if (badAt != null) {
      out.truncate(start);
      typeProblem =
          encoding
              ? new Deferred(ProblemCodes.INVALID_ENCODING, field, bad, new Object[0], badAt)
              : new Deferred(
                  ProblemCodes.WRONG_TYPE,
                  field,
                  bad,
                  new Object[] {"an array of pathogen codes (non-empty strings without |)"},
                  badAt);
      return RecordBatch.BAD_CELL;
    }
    return count == 0 ? RecordBatch.NULL_CELL : RecordBatch.cell(start, out.length());
  }

  /**
   * Refuses a string over the limit as {@link JsonParser#getString()} does (reading its characters
   * does not check it).
   */
  private void checkLength(int len) {
    if (len > maxStringLength) {
      p.streamReadConstraints().validateStringLength(len);
    }
  }

  private static int indexOf(char[] c, int off, int len, char x) {
    for (int i = off; i < off + len; i++) {
      if (c[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
