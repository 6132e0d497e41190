package be.terrain.cli;

import be.terrain.core.CodeRegistry;
import be.terrain.core.Language;
import be.terrain.federation.Bounds;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationRow;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Reports;
import be.terrain.stats.TableSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A federation report as text tables for a terminal, as {@link ReportText} shows a report: one
 * block per scope (the federation, its provinces, its members), each table with its title and N,
 * rows of label, count and percent. Distinct persons across members read as {@code 1 304 (1 281–1
 * 330; between 402 and 1 390)}: the estimate, its interval, and the bounds that hold whatever the
 * overlap (without linkage, the bounds alone).
 */
final class FederationText {
  private final FederationReport report;
  private final Language language;
  private final CodeRegistry codes;
  private final Map<String, TableSpec> specs = new HashMap<>();
  private final List<String> order = new ArrayList<>();

  FederationText(FederationReport report, Language language, Reports reports, CodeRegistry codes) {
    this.report = report;
    this.language = language;
    this.codes = codes;
    ReportDefinition definition =
        reports.findDefinition(report.definition()).orElse(ReportDefinition.standard());
    for (TableSpec t : definition.tables()) {
      specs.put(t.id(), t);
      order.add(t.id());
    }
  }

  /** Writes every table, one block per scope. */
  void write(PrintWriter out) {
    Map<FederationScope, List<FederationTable>> byScope = new TreeMap<>();
    for (FederationTable t : report.tables()) {
      byScope.computeIfAbsent(t.scope(), s -> new ArrayList<>()).add(t);
    }
    boolean first = true;
    for (Map.Entry<FederationScope, List<FederationTable>> e : byScope.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(
          "=== "
              + scopeName(e.getKey())
              + " — "
              + ReportText.label(report.period())
              + " — "
              + members()
              + " ===");
      List<FederationTable> tables = new ArrayList<>(e.getValue());
      tables.sort(Comparator.comparingInt(t -> position(t.id())));
      for (FederationTable t : tables) {
        out.println();
        write(t, out);
      }
    }
    out.flush();
  }

  /** Writes one table. */
  void write(FederationTable t, PrintWriter out) {
    TableSpec spec = specs.get(t.id());
    String title =
        Optional.ofNullable(spec)
                .flatMap(s -> s.title(language))
                .map(name -> name + " (" + t.id() + ")")
                .orElse(t.id())
            + " — N = "
            + figure(t.n(), t.nInterval(), t.nBounds(), t.acrossMembers(), "")
            + " "
            + Words.measure(t.measure(), language);
    out.println(title);
    String hidden =
        report.suppressBelow().isPresent() ? "<" + report.suppressBelow().getAsInt() : "";
    TextTable table = new TextTable("  ", "l");
    for (FederationRow r : t.rows()) {
      String count =
          r.suppressed()
              ? hidden
              : figure(r.count(), r.interval(), r.bounds(), t.acrossMembers(), hidden);
      table.row(
          label(spec, r.code()),
          count,
          r.percent().isPresent() ? r.percent().getAsInt() + " %" : "");
    }
    table.write(out);
    if (spec != null && (!spec.rowsAddUpToN() || t.acrossMembers())) {
      out.println("  * " + Words.severalRows(language));
    }
  }

  /** A count; across members, with its interval and bounds. */
  private String figure(
      OptionalLong count,
      Optional<Bounds> interval,
      Optional<Bounds> bounds,
      boolean across,
      String hidden) {
    String c = count.isPresent() ? grouped(count.getAsLong()) : across ? "—" : hidden;
    if (!across || bounds.isEmpty()) {
      return c;
    }
    String between =
        FederationWords.between(language, grouped(bounds.get().lo()), grouped(bounds.get().hi()));
    return c
        + " ("
        + interval.map(i -> grouped(i.lo()) + "–" + grouped(i.hi()) + "; ").orElse("")
        + between
        + ")";
  }

  private String label(TableSpec spec, String code) {
    if (spec == null) {
      return code;
    }
    return codes
        .find(spec.dimension().codeList())
        .flatMap(l -> l.find(code))
        .map(c -> c.label(language))
        .orElse(code);
  }

  private String scopeName(FederationScope s) {
    return switch (s.level()) {
      case FEDERATION -> FederationWords.federation(language) + " " + s.id();
      case PROVINCE ->
          Words.province(s.id(), language)
              + " ("
              + FederationWords.province(language)
              + " "
              + s.id()
              + ")";
      case MEMBER -> FederationWords.member(language) + " " + s.id();
    };
  }

  private String members() {
    return report.members().size()
        + " "
        + FederationWords.members(language, report.members().size());
  }

  private int position(String id) {
    int i = order.indexOf(id);
    return i < 0 ? order.size() : i;
  }

  /** A count with its thousands apart: {@code 1 304}. */
  static String grouped(long v) {
    String s = Long.toString(v);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append(' ');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }
}
