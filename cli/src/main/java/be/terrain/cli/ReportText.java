package be.terrain.cli;

import be.terrain.core.Antenna;
import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.TableSpec;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A report as text tables for a terminal: one block per scope (the organisation, its provinces, its
 * antennas), each table with its title, N and what it counts, rows of label, count and percent (and
 * history and change where the table has them), columns aligned. Labels are those of the report's
 * rows (compute the report with a language).
 */
final class ReportText {
  private final Dataset dataset;
  private final Language language;
  private final Map<String, TableSpec> specs = new HashMap<>();

  /**
   * @param definition the report's definition, whose tables give their titles (a plugin's too)
   */
  ReportText(Dataset dataset, Language language, ReportDefinition definition) {
    this.dataset = dataset;
    this.language = language;
    definition.tables().forEach(t -> specs.put(t.id(), t));
  }

  /** Writes every table, one block per scope. */
  void write(Report report, PrintWriter out) {
    write(report, t -> true, out);
  }

  /** Writes the tables that pass a filter, one block per scope. */
  void write(Report report, Predicate<ReportTable> which, PrintWriter out) {
    Map<Scope, List<ReportTable>> byScope = new TreeMap<>();
    for (ReportTable t : report.tables()) {
      if (which.test(t)) {
        byScope.computeIfAbsent(t.scope(), s -> new ArrayList<>()).add(t);
      }
    }
    Comparator<ReportTable> readingOrder = Comparator.comparingInt(ReportText::position);
    boolean first = true;
    for (Map.Entry<Scope, List<ReportTable>> e : byScope.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      String heading =
          "=== "
              + scopeName(e.getKey())
              + " ("
              + Words.level(e.getKey().level(), language)
              + " "
              + e.getKey().id()
              + ") — "
              + label(report.period())
              + " ===";
      out.println(heading);
      List<ReportTable> tables = new ArrayList<>(e.getValue());
      tables.sort(readingOrder);
      for (ReportTable t : tables) {
        out.println();
        write(report, t, out);
      }
    }
    out.flush();
  }

  /** Writes one table. */
  void write(Report report, ReportTable t, PrintWriter out) {
    // a table without a title in this language shows its id alone
    String title =
        Optional.ofNullable(specs.get(t.id()))
                .flatMap(spec -> spec.title(language))
                .map(name -> name + " (" + t.id() + ")")
                .orElse(t.id())
            + " — N = "
            + t.n()
            + " "
            + Words.measure(t.measure(), language);
    if (t.n() == 0) {
      out.println(title + " : " + Words.nothing(language));
      return;
    }
    out.println(title);
    String hidden =
        report.suppressBelow().isPresent() ? "<" + report.suppressBelow().getAsInt() : "";
    TextTable table = new TextTable("  ", "l");
    if (t.history() > 0) {
      List<String> head = new ArrayList<>(List.of("", label(report.period()), ""));
      for (int k = 1; k <= t.history(); k++) {
        head.add(label(report.period().previous(k)));
      }
      head.add(Words.change(language));
      table.row(head.toArray(String[]::new));
    }
    for (ReportRow r : t.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.label().orElse(r.code()));
      cells.add(count(r.count(), hidden));
      cells.add(r.percent().isPresent() ? r.percent().getAsInt() + " %" : "");
      if (t.history() > 0) {
        for (OptionalLong h : r.history()) {
          cells.add(count(h, hidden));
        }
        cells.add(r.changePercent().map(this::change).orElse("—"));
      }
      table.row(cells.toArray(String[]::new));
    }
    table.write(out);
    TableSpec spec = specs.get(t.id());
    if (spec != null && !spec.rowsAddUpToN()) {
      out.println("  * " + Words.severalRows(language));
    }
  }

  /** The scope's name: the organisation's or antenna's name, the province's. */
  String scopeName(Scope s) {
    return switch (s.level()) {
      case ORGANISATION -> dataset.organisation().name();
      case PROVINCE -> Words.province(s.id(), language);
      case ANTENNA ->
          dataset.antennas().stream()
              .filter(a -> a.id().equals(s.id()))
              .map(Antenna::name)
              .findFirst()
              .orElse(s.id());
    };
  }

  /** A period as a year ({@code 2020}), a month ({@code 2020-03}) or two dates. */
  static String label(Period p) {
    LocalDate from = p.from();
    if (from.getDayOfYear() == 1 && p.to().equals(from.withDayOfYear(from.lengthOfYear()))) {
      return String.valueOf(from.getYear());
    }
    if (from.getDayOfMonth() == 1 && p.to().equals(YearMonth.from(from).atEndOfMonth())) {
      return YearMonth.from(from).toString();
    }
    return p.toString();
  }

  private String change(BigDecimal c) {
    String s = (c.signum() > 0 ? "+" : "") + c.toPlainString();
    return (language == Language.EN ? s : s.replace('.', ',')) + " %";
  }

  private static String count(OptionalLong c, String hidden) {
    return c.isPresent() ? String.valueOf(c.getAsLong()) : hidden;
  }

  /** The table's place in the standard report (the order of its specification), others after. */
  private static int position(ReportTable t) {
    List<TableSpec> specs = ReportDefinition.standard().tables();
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).id().equals(t.id())) {
        return i;
      }
    }
    return specs.size();
  }
}
