package be.terrain.cli;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.TicketsLedger;
import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.core.Problem;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.json.RulesJsonReader;
import be.terrain.platform.Terrain;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Reports;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code terrain demo}: the standard report and the Tickets S plan of the sample dataset bundled in
 * the jar, and the files to look at next.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Show what Terrain does, on a bundled sample dataset.",
    description = {
      "Reads the sample dataset bundled in the jar: a fictional organisation, \"Terrain Demo"
          + " asbl\", with five antennas in two provinces, two years of activity and a Tickets S"
          + " ledger (generated, no real person). Validates it, prints the main tables of its 2020"
          + " report and the Tickets S check and plan.",
      "",
      "Writes into a folder: report.json and report.csv (the whole report), sample/ (the"
          + " dataset as a CSV folder) and rules.json (its Tickets S rule), to try the other"
          + " commands on.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  terrain demo", "  terrain demo --out /tmp/terrain-demo --lang en"})
final class DemoCommand implements Callable<Integer> {
  /** The tables the demo prints, for the organisation. */
  static final Set<String> SHOWN_TABLES =
      Set.of(
          "profile.sex",
          "profile.age_band",
          "contacts.channel",
          "health.kind",
          "distributions.acts");

  /** The day the Tickets S check is made as of: two months before the ledger's end. */
  static final LocalDate TICKETS_AS_OF = SampleGenerator.LAST_DAY.minusMonths(2);

  @ParentCommand TerrainCli top;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "terrain-demo",
      description = "The folder to write into (default: ${DEFAULT-VALUE}, in the current folder).")
  Path dir;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = Converters.LanguageTag.class,
      defaultValue = "fr",
      description = "fr (default), nl or en: the language of the labels.")
  Language lang;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter out = cl.getOut();
    Dataset dataset;
    TicketsLedger tickets;
    Report report;
    RuleSet rules;
    RulesCheck check;
    try (Progress p = Progress.start(cl.getErr(), top.progress(), "generating the sample")) {
      dataset = SampleGenerator.demoDataset();
      tickets = SampleGenerator.demoTickets();
      p.step("validating the sample");
      List<Problem> problems = dataset.validateWithoutPlugins(LocalDate.now()).problems();
      if (!problems.isEmpty()) {
        problems.forEach(out::println);
        return TerrainCli.INTERNAL; // the bundled sample is always valid: a bug
      }
      p.step("computing the report");
      Period year = Period.ofYear(SampleGenerator.LAST_DAY.getYear());
      report = Statistics.compute(dataset, ReportOptions.of(year).withLanguage(lang));
      RulesReadResult rr =
          RulesJsonReader.read(
              new ByteArrayInputStream(tickets.rulesJson().getBytes(StandardCharsets.UTF_8)),
              "rules.json",
              dataset);
      rules = rr.orThrow();
      check = RulesCheck.of(dataset, rules, TICKETS_AS_OF);
    }

    out.println(
        "Terrain demo: "
            + dataset.organisation().name()
            + ", a fictional organisation (no real person).");
    out.println("The sample: " + ValidateCommand.summary(dataset) + ". Valid: no problem.");
    out.println();
    out.println(
        "Main tables of the "
            + ReportText.label(report.period())
            + " report, for the whole organisation"
            + " (the report has "
            + report.tables().size()
            + " tables: every table for the organisation, each province and each antenna):");
    out.println();
    Scope organisation = Scope.organisation(dataset.organisation().id());
    new ReportText(dataset, lang, ReportDefinition.standard())
        .write(report, t -> t.scope().equals(organisation) && SHOWN_TABLES.contains(t.id()), out);
    out.println();
    out.println(
        "Tickets S in "
            + tickets.validFrom().getYear()
            + ": vouchers of "
            + RulesText.euros(tickets.unitValueCents())
            + ", at most "
            + tickets.quotaUnits()
            + " per person per week, a budget of "
            + RulesText.euros(tickets.budgetCents())
            + ". The check and plan as of "
            + TICKETS_AS_OF
            + ":");
    out.println();
    RulesText.write(check, rules, 5, out);
    out.println();

    Path folder = dir.toAbsolutePath().normalize();
    Terrain terrain = top.terrain(cl);
    ReportCommand.write(
        report, folder.resolve("report.json"), Reports.of(terrain).reportFormat("json"));
    ReportCommand.write(
        report, folder.resolve("report.csv"), Reports.of(terrain).reportFormat("csv"));
    DemoDocuments.write(dataset, report.period(), lang, folder);
    Output.write(folder.resolve("sample"), f -> terrain.datasetFormat("csv").write(dataset, f));
    Output.write(
        folder.resolve("rules.json"),
        f -> Files.writeString(f, tickets.rulesJson(), StandardCharsets.UTF_8));
    out.println("Wrote into " + folder + ":");
    out.println("  report.json   the whole report (terrain-report/1)");
    out.println("  report.csv    the same, one line per row, for a spreadsheet");
    out.println(
        "  report.html   the report as a document, tables beside charts, data quality first");
    out.println("  report.pdf    the same document for A4");
    out.println("  sample/       the sample dataset as a CSV folder");
    out.println("  rules.json    its Tickets S rule (terrain-rules/1)");
    out.println();
    out.println("Next, try:");
    out.println(
        "  terrain report "
            + dir.resolve("sample")
            + " --year "
            + report.period().from().getYear());
    out.println(
        "  terrain rules "
            + dir.resolve("sample")
            + " --rules "
            + dir.resolve("rules.json")
            + " --as-of "
            + TICKETS_AS_OF);
    out.println("  terrain --help");
    out.flush();
    return TerrainCli.OK;
  }
}
