package be.terrain.beam.internal;

import be.terrain.stats.spi.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The run's summary ({@code terrain-beam-summary/1}), beside the report: which members were
 * included, which were left out and why (the first problem, their count, the problems file), and
 * the merge's refusal if any. Entries sorted by the members file's line numbers: same run, same
 * bytes.
 */
public final class SummaryJson {
  private SummaryJson() {}

  /** An included member's entry. */
  static String included(int line, String spec, String organisation) {
    return "{\"line\": "
        + line
        + ", \"dataset\": "
        + JsonText.quoted(spec)
        + ", \"organisation\": "
        + JsonText.quoted(organisation)
        + "}";
  }

  /** A left-out member's entry. */
  static String leftOut(int line, String spec, int problems, String first, String file) {
    return "{\"line\": "
        + line
        + ", \"dataset\": "
        + JsonText.quoted(spec)
        + ", \"problems\": "
        + problems
        + ", \"reason\": "
        + JsonText.quoted(first)
        + ", \"problems_file\": "
        + JsonText.quoted(file)
        + "}";
  }

  /** The whole summary; entries already sorted. */
  static byte[] summary(
      String federation,
      String report,
      List<String> included,
      List<String> leftOut,
      List<String> refused) {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"format\": \"terrain-beam-summary/1\",\n");
    b.append("  \"federation\": ").append(JsonText.quoted(federation)).append(",\n");
    b.append("  \"report\": ")
        .append(report == null ? "null" : JsonText.quoted(report))
        .append(",\n");
    array(b, "included", included, true);
    array(b, "left_out", leftOut, true);
    array(b, "refused", refused.stream().map(JsonText::quoted).toList(), false);
    b.append("}\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void array(StringBuilder b, String name, List<String> items, boolean comma) {
    b.append("  \"").append(name).append("\": [");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "\n    " : ",\n    ").append(items.get(i));
    }
    b.append(items.isEmpty() ? "]" : "\n  ]").append(comma ? ",\n" : "\n");
  }
}
