package be.terrain.csv.internal;

import static java.util.Objects.requireNonNull;

import be.terrain.csv.CsvDialect;

/**
 * The text rules of Terrain's CSV files, shared by every CSV writer and reader of the project: RFC
 * 4180 quoting (a cell is quoted only when it holds the separator, a quote, CR or LF) and the
 * formula-injection guard (a cell a spreadsheet would take for a formula, starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR, gets a {@code '} prefix, which readers of id and name
 * columns strip again). Stateless; no regular expressions.
 */
public final class CsvText {
  private CsvText() {}

  /** Whether a cell starting with this character would be taken for a formula. */
  public static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Whether a text cell needs the {@code '} prefix: it starts with a formula character, or with
   * {@code '} characters and then one ({@code '=x} is written {@code ''=x}, so that the reader's
   * stripping of one {@code '} gives it back; without it, {@code '=x} came back as {@code =x}).
   */
  public static boolean needsFormulaPrefix(CharSequence cell) {
    return needsFormulaPrefix(cell, 0, cell.length());
  }

  private static boolean needsFormulaPrefix(CharSequence cell, int from, int to) {
    int i = from;
    while (i < to && cell.charAt(i) == '\'') {
      i++;
    }
    return i < to && isFormulaStart(cell.charAt(i));
  }

  /**
   * The cell with a {@code '} prefix when it starts like a formula, else the cell itself. For text
   * cells only: numbers are written as they are.
   */
  public static String prefixFormula(String cell) {
    requireNonNull(cell, "cell");
    return needsFormulaPrefix(cell) ? "'" + cell : cell;
  }

  /**
   * The cell without the one {@code '} a writer put before a formula character, or before {@code '}
   * characters and one ({@code ''=x} is {@code '=x}; {@code 'hello} stays {@code 'hello}).
   */
  public static String stripFormulaPrefix(String cell) {
    requireNonNull(cell, "cell");
    return hasFormulaPrefix(cell) ? cell.substring(1) : cell;
  }

  /**
   * Whether the cell is a {@code '} a writer put before a text that {@link #needsFormulaPrefix
   * needs it}: a {@code '} followed by a formula character, or by more {@code '} and then one.
   */
  public static boolean hasFormulaPrefix(CharSequence cell) {
    return cell.length() >= 2
        && cell.charAt(0) == '\''
        && needsFormulaPrefix(cell, 1, cell.length());
  }

  /** {@link #hasFormulaPrefix(CharSequence)} on a slice of a buffer. */
  public static boolean hasFormulaPrefix(char[] buf, int offset, int length) {
    if (length < 2 || buf[offset] != '\'') {
      return false;
    }
    int i = offset + 1;
    int end = offset + length;
    while (i < end && buf[i] == '\'') {
      i++;
    }
    return i < end && isFormulaStart(buf[i]);
  }

  /** {@link #hasFormulaPrefix(CharSequence)} on a slice of ASCII bytes. */
  public static boolean hasFormulaPrefix(byte[] buf, int offset, int length) {
    if (length < 2 || buf[offset] != '\'') {
      return false;
    }
    int i = offset + 1;
    int end = offset + length;
    while (i < end && buf[i] == '\'') {
      i++;
    }
    return i < end && isFormulaStart((char) buf[i]);
  }

  /** Whether the cell must be quoted: it holds the separator, a quote, CR or LF. */
  public static boolean needsQuotes(CharSequence cell, char separator) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == separator || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The cell as written in a file of the dialect: quoted, with quotes doubled, only when it holds
   * the separator, a quote, CR or LF. Does not add the formula prefix: text cells go through {@link
   * #prefixFormula} first (see {@link #textCell}).
   */
  public static String escape(String cell, CsvDialect dialect) {
    requireNonNull(cell, "cell");
    requireNonNull(dialect, "dialect");
    if (!needsQuotes(cell, dialect.separator())) {
      return cell;
    }
    StringBuilder b = new StringBuilder(cell.length() + 8);
    appendQuoted(b, cell);
    return b.toString();
  }

  /** A text cell as written: formula prefix, then quoting. */
  public static String textCell(String cell, CsvDialect dialect) {
    return escape(prefixFormula(cell), dialect);
  }

  /** Appends a text cell as written (formula prefix, then quoting) without intermediate strings. */
  public static void appendTextCell(StringBuilder out, String cell, char separator) {
    boolean prefix = needsFormulaPrefix(cell);
    if (needsQuotes(cell, separator)) {
      out.append('"');
      if (prefix) {
        out.append('\'');
      }
      appendDoubled(out, cell);
      out.append('"');
    } else {
      if (prefix) {
        out.append('\'');
      }
      out.append(cell);
    }
  }

  /** Appends a cell that is not text (a number, a date): quoted only when it must be. */
  public static void appendCell(StringBuilder out, String cell, char separator) {
    if (needsQuotes(cell, separator)) {
      appendQuoted(out, cell);
    } else {
      out.append(cell);
    }
  }

  private static void appendQuoted(StringBuilder out, String cell) {
    out.append('"');
    appendDoubled(out, cell);
    out.append('"');
  }

  private static void appendDoubled(StringBuilder out, String cell) {
    int from = 0;
    int q;
    while ((q = cell.indexOf('"', from)) >= 0) {
      out.append(cell, from, q + 1).append('"');
      from = q + 1;
    }
    out.append(cell, from, cell.length());
  }
}
