package be.terrain.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a CSV resource that Terrain ships itself (quoted cells, doubled quotes, no
 * line breaks inside cells). Not a reader of user files: those go through the CSV module.
 */
public final class SimpleCsv {
  private SimpleCsv() {}

  /** The cells of a line. */
  public static List<String> splitLine(String line, char separator) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
