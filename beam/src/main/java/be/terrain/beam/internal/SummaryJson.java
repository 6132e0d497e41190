package be.terrain.beam.internal;

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
        + quote(spec)
        + ", \"organisation\": "
        + quote(organisation)
        + "}";
  }

  /** A left-out member's entry. */
  static String leftOut(int line, String spec, int problems, String first, String file) {
    return "{\"line\": "
        + line
        + ", \"dataset\": "
        + quote(spec)
        + ", \"problems\": "
        + problems
        + ", \"reason\": "
        + quote(first)
        + ", \"problems_file\": "
        + quote(file)
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
    b.append("  \"federation\": ").append(quote(federation)).append(",\n");
    b.append("  \"report\": ").append(report == null ? "null" : quote(report)).append(",\n");
    array(b, "included", included, true);
    array(b, "left_out", leftOut, true);
    array(b, "refused", refused.stream().map(SummaryJson::quote).toList(), false);
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

  /** A JSON string. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
