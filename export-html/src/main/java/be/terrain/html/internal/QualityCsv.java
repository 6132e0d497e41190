package be.terrain.html.internal;

import be.terrain.stats.quality.QualityEntry;
import be.terrain.stats.quality.QualityReport;

/**
 * {@code quality.csv}: one header line, then one line per entry: {@code
 * scope_level,scope_id,population,attribute,n,unknown,percent,previous_n,previous_unknown,previous_percent,change_points};
 * empty cells for null, LF line ends, no BOM; an id that starts like a formula gets the exchange
 * format's {@code '} prefix.
 */
public final class QualityCsv {
  private QualityCsv() {}

  /** The header line's columns. */
  public static final String HEADER =
      "scope_level,scope_id,population,attribute,n,unknown,percent,previous_n,previous_unknown,"
          + "previous_percent,change_points";

  /** The file. */
  public static String csv(QualityReport q) {
    StringBuilder b = new StringBuilder(HEADER.length() + 1 + q.entries().size() * 80);
    b.append(HEADER).append('\n');
    for (QualityEntry e : q.entries()) {
      b.append(e.scope().level()).append(',').append(cell(e.scope().id())).append(',');
      b.append(e.population()).append(',').append(e.attribute()).append(',');
      b.append(e.n()).append(',').append(e.unknown()).append(',');
      b.append(e.percent().isPresent() ? String.valueOf(e.percent().getAsInt()) : "").append(',');
      b.append(e.previousN()).append(',').append(e.previousUnknown()).append(',');
      b.append(
          e.previousPercent().isPresent() ? String.valueOf(e.previousPercent().getAsInt()) : "");
      b.append(',').append(e.changePoints().map(c -> c.toPlainString()).orElse("")).append('\n');
    }
    return b.toString();
  }

  private static String cell(String s) {
    String t = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
