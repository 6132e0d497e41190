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
import java.util.Locale;
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
      "Writes into a folder (--out; by default terrain-demo in the temporary folder):"
          + " report.json and report.csv (the whole report), report.html and report.pdf (the"
          + " report as a document with charts), sample/ (the dataset as a CSV folder) and"
          + " rules.json (its Tickets S rule), to try the other commands on. Speaks"
          + " one language (--lang, else the locale's, else English); the Tickets S check is in"
          + " English, as 'terrain rules' shows it.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain demo",
      "  terrain demo --out my-demo --lang fr",
      "  terrain demo --federation --lang en"
    })
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

  /** The folder the demo writes into by default: {@code terrain-demo} in the temporary folder. */
  static Path defaultFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"), "terrain-demo");
  }

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "The folder to write into (default: terrain-demo in the temporary folder, here "
              + "${sys:java.io.tmpdir}).")
  Path dir;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = Converters.LanguageTag.class,
      description =
          "fr, nl or en: the language of the prose and the tables (default: the locale's, when"
              + " French or Dutch, else English).")
  Language lang;

  @Option(
      names = "--federation",
      description =
          "Show the federation instead: three members with overlapping persons contribute with a"
              + " key, the federation merges them; the estimate of distinct persons beside the"
              + " truth.")
  boolean federation;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter out = cl.getOut();
    Path given = dir != null ? dir : defaultFolder();
    OutputChecks.folder(cl, "--out", given);
    DemoText text = new DemoText(lang != null ? lang : DemoText.of(Locale.getDefault()));
    Language language = text.language();
    if (federation) {
      FederationDemoRun.run(given.toAbsolutePath().normalize(), top.terrain(cl), language, out);
      return TerrainCli.OK;
    }
    Dataset dataset;
    TicketsLedger tickets;
    Report report;
    RuleSet rules;
    RulesCheck check;
    Path folder = given.toAbsolutePath().normalize();
    Period year = Period.ofYear(SampleGenerator.LAST_DAY.getYear());
    DemoDocuments documents;
    try (Progress p = Progress.start(cl.getErr(), top.progress(), "generating the sample")) {
      dataset = SampleGenerator.demoDataset();
      tickets = SampleGenerator.demoTickets();
      p.step("validating the sample");
      List<Problem> problems = dataset.validateWithoutPlugins(LocalDate.now()).problems();
      if (!problems.isEmpty()) {
        problems.forEach(out::println);
        return TerrainCli.INTERNAL; // the bundled sample is always valid: a bug
      }
      // the documents (the PDF takes longest) start now, beside the rest of the demo
      documents = DemoDocuments.start(dataset, year, language, folder);
      p.step("computing the report");
      report = Statistics.compute(dataset, ReportOptions.of(year).withLanguage(language));
      RulesReadResult rr =
          RulesJsonReader.read(
              new ByteArrayInputStream(tickets.rulesJson().getBytes(StandardCharsets.UTF_8)),
              "rules.json",
              dataset);
      rules = rr.orThrow();
      check = RulesCheck.of(dataset, rules, TICKETS_AS_OF);
    }

    out.println(text.intro(dataset.organisation().name()));
    out.println(text.sample(dataset));
    out.println();
    out.println(text.mainTables(ReportText.label(report.period()), report.tables().size()));
    out.println();
    Scope organisation = Scope.organisation(dataset.organisation().id());
    new ReportText(dataset, language, ReportDefinition.standard())
        .write(report, t -> t.scope().equals(organisation) && SHOWN_TABLES.contains(t.id()), out);
    out.println();
    out.println(
        text.tickets(
            tickets.validFrom().getYear(),
            RulesText.euros(tickets.unitValueCents()),
            tickets.quotaUnits(),
            RulesText.euros(tickets.budgetCents()),
            TICKETS_AS_OF.toString()));
    out.println();
    RulesText.write(check, rules, 5, out);
    out.println();

    Terrain terrain = top.terrain(cl);
    ReportCommand.write(
        report, folder.resolve("report.json"), Reports.of(terrain).reportFormat("json"));
    ReportCommand.write(
        report, folder.resolve("report.csv"), Reports.of(terrain).reportFormat("csv"));
    documents.writeHtml();
    Output.write(folder.resolve("sample"), f -> terrain.datasetFormat("csv").write(dataset, f));
    Output.write(
        folder.resolve("rules.json"),
        f -> Files.writeString(f, tickets.rulesJson(), StandardCharsets.UTF_8));
    documents.finish();
    out.println(text.wroteInto(folder.toString()));
    out.println("  report.json   " + text.reportJson());
    out.println("  report.csv    " + text.reportCsv());
    out.println("  report.html   " + text.reportHtml());
    out.println("  report.pdf    " + text.reportPdf());
    out.println("  sample/       " + text.sampleFolder());
    out.println("  rules.json    " + text.rulesJson());
    out.println();
    out.println(text.next());
    Path shown = dir != null ? dir : folder;
    out.println(
        "  bin/terrain report "
            + shown.resolve("sample")
            + " --year "
            + report.period().from().getYear()
            + " --lang "
            + language.name().toLowerCase(Locale.ROOT));
    out.println(
        "  bin/terrain rules "
            + shown.resolve("sample")
            + " --rules "
            + shown.resolve("rules.json")
            + " --as-of "
            + TICKETS_AS_OF);
    out.println("  bin/terrain --help");
    out.flush();
    return TerrainCli.OK;
  }
}
