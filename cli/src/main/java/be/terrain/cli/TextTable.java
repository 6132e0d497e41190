package be.terrain.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a terminal: each column left- or right-aligned, two spaces between columns,
 * widths from the longest cell (counted in code points).
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final String indent;
  private final String align;

  /**
   * A table.
   *
   * @param indent what each line starts with
   * @param align {@code l} or {@code r} for each column, from the first; columns beyond are
   *     right-aligned
   */
  TextTable(String indent, String align) {
    this.indent = indent;
    this.align = align;
  }

  /** Adds a row. */
  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  /** Writes the rows, trailing spaces trimmed. */
  void write(PrintWriter out) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], length(r[c]));
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String cell = c < r.length ? r[c] : "";
        String pad = " ".repeat(width[c] - length(cell));
        if (c > 0) {
          line.append("  ");
        }
        line.append(c < align.length() && align.charAt(c) == 'l' ? cell + pad : pad + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
