package be.terrain.html.internal;

import be.terrain.core.Period;
import be.terrain.stats.quality.QualityEntry;
import be.terrain.stats.quality.QualityReport;
import be.terrain.stats.spi.JsonText;

/**
 * {@code quality.json}: {@code format, organisation, period, previous_period, entries}; an entry:
 * {@code scope, population, attribute, n, unknown, percent, previous_n, previous_unknown,
 * previous_percent, change_points} (null where n is 0). Two-space indent, LF, one entry a line.
 */
public final class QualityJson {
  private QualityJson() {}

  /** The document. */
  public static String json(QualityReport q) {
    StringBuilder b = new StringBuilder(256 + q.entries().size() * 260);
    b.append("{\n  \"format\": \"").append(QualityReport.FORMAT).append("\",\n");
    b.append("  \"organisation\": ").append(JsonText.quoted(q.organisation())).append(",\n");
    b.append("  \"period\": ").append(period(q.period())).append(",\n");
    b.append("  \"previous_period\": ").append(period(q.previous())).append(",\n");
    b.append("  \"entries\": [");
    String sep = "\n    ";
    for (QualityEntry e : q.entries()) {
      b.append(sep);
      sep = ",\n    ";
      b.append("{\"scope\": {\"level\": \"").append(e.scope().level()).append("\", \"id\": ");
      b.append(JsonText.quoted(e.scope().id()))
          .append("}, \"population\": \"")
          .append(e.population());
      b.append("\", \"attribute\": \"").append(e.attribute()).append("\", \"n\": ").append(e.n());
      b.append(", \"unknown\": ").append(e.unknown());
      b.append(", \"percent\": ").append(e.percent().isPresent() ? e.percent().getAsInt() : "null");
      b.append(", \"previous_n\": ").append(e.previousN());
      b.append(", \"previous_unknown\": ").append(e.previousUnknown());
      b.append(", \"previous_percent\": ");
      b.append(e.previousPercent().isPresent() ? e.previousPercent().getAsInt() : "null");
      b.append(", \"change_points\": ");
      b.append(e.changePoints().map(c -> c.toPlainString()).orElse("null")).append('}');
    }
    b.append(q.entries().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return b.toString();
  }

  private static String period(Period p) {
    return "{\"from\": \"" + p.from() + "\", \"to\": \"" + p.to() + "\"}";
  }
}
