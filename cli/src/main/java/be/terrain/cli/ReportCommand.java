package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.html.DocumentFormat;
import be.terrain.html.ReportCharts;
import be.terrain.html.ReportDocument;
import be.terrain.platform.Terrain;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Reports;
import be.terrain.stats.Rounding;
import be.terrain.stats.Statistics;
import be.terrain.stats.TableSpec;
import be.terrain.stats.quality.Quality;
import be.terrain.stats.spi.ReportFormat;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code terrain report DATASET (--year Y | --from D --to D) [--definition NAME] ...}: the standard
 * report, or another definition a plugin registered (a federation's {@code fdss-2020}).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Compute the activity report of a dataset: the standard one, or a plugin's.",
    customSynopsis = {
      "terrain report DATASET (--year=Y | --from=D --to=D) [--rounding=R]",
      "               [--suppress-below=K] [--lang=L] [--out=FILE [--format=NAME]]",
      "               [--scope=ID[,ID...]] [--table=ID[,ID...]] [--definition=NAME] [--today=D]",
      "               [--charts=DIR] [--dialect=DIALECT]",
      "               [--problems=FORMAT] [--debug] [-hV]"
    },
    description = {
      "Computes every table of the standard report (terrain-report/1) for the organisation, each"
          + " province and each antenna. With --out, writes report.json or report.csv (from the"
          + " file's name, or --format, which also offers the formats plugins add); without, shows"
          + " the tables on the terminal, one block per scope."
          + " Refuses an invalid dataset with its problems (exit 1). --definition computes another"
          + " report a plugin registered (see 'terrain plugins'), by the same engine.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain report my-data/ --year 2020",
      "  terrain report my-data/ --from 2020-01-01 --to 2020-06-30 --lang en",
      "  terrain report my-data/ --year 2020 --scope extra-ring --table profile.sex",
      "  terrain report export.json --year 2020 --suppress-below 5 --out report.csv",
      "  terrain report my-data/ --year 2020 --format csv --out report-2020.txt",
      "  terrain report my-data/ --year 2020 --out report.pdf --charts charts/",
      "  terrain --plugin-path plugins/ report my-data/ --year 2020 --definition fdss-2020 --out r.json"
    })
final class ReportCommand extends DatasetCommand {
  /** The highest small-count threshold: beyond, a report would hide nearly everything. */
  static final int MAX_SUPPRESS_BELOW = 1000;

  @Mixin PeriodOptions period;

  @Option(
      names = "--rounding",
      paramLabel = "R",
      converter = Converters.RoundingName.class,
      description = "half-up (default, as the published report) or largest-remainder.")
  Rounding rounding = Rounding.HALF_UP;

  @Option(
      names = "--suppress-below",
      paramLabel = "K",
      description = "Small-count protection: hide every count from 1 to K-1.")
  Integer suppressBelow;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = Converters.LanguageTag.class,
      description =
          "fr, nl or en: the language of the labels (terminal: fr by default; files: no labels by default).")
  Language lang;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the report to FILE: report.json (terrain-report/1) or report.csv, from the name"
              + " (or in the --format given).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "NAME",
      description =
          "With --out: the report format, json, csv or one a plugin registered ('terrain plugins'"
              + " lists them); default: the one whose extension ends FILE's name.")
  String format;

  @Option(
      names = "--scope",
      paramLabel = "ID",
      split = ",",
      description =
          "On the terminal, only these scopes: antenna ids, province codes (BE-WHT) or the organisation's id.")
  List<String> scopes = List.of();

  @Option(
      names = "--table",
      paramLabel = "ID",
      split = ",",
      description = "On the terminal, only these tables, e.g. profile.sex,contacts.channel.")
  List<String> tables = List.of();

  @Option(
      names = "--definition",
      paramLabel = "NAME",
      description =
          "The report definition: standard (default) or one a plugin registered, e.g. fdss-2020.")
  String definition = "standard";

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description =
          "Also write every chart into DIR as PNG and SVG, named {scope}-{table}.png (e.g."
              + " antenna-extra-ring-profile.sex.png), to paste into a word processor.")
  Path charts;

  @Mixin DatasetInput input;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    ReportOptions options = options(cl);
    if (out != null && !(scopes.isEmpty() && tables.isEmpty())) {
      throw new ParameterException(
          cl, "--scope and --table choose what the terminal shows; --out writes the whole report");
    }
    if (out == null && format != null) {
      throw new ParameterException(
          cl, "--format " + format + " says how to write --out FILE: give --out too");
    }
    if (out != null) {
      OutputChecks.file(cl, "--out", out, "report." + (format != null ? format : "json"));
    }
    Terrain terrain = top.terrain(cl);
    Optional<ReportFormat> kind = out == null ? Optional.empty() : Optional.of(format(terrain, cl));
    ReportDefinition chosen =
        Reports.of(terrain)
            .findDefinition(definition)
            .orElseThrow(
                () ->
                    new ParameterException(
                        cl,
                        "--definition "
                            + definition
                            + ": no such report definition; registered are "
                            + String.join(", ", Reports.of(terrain).definitions().keySet())
                            + " (plugins add others: --plugin-path DIR)"));
    OptionChecks.known(
        cl,
        "--table",
        "table in the " + definition + " report",
        tables,
        chosen.tables().stream().map(TableSpec::id).toList());
    Optional<Dataset> read = readValid(input);
    if (read.isEmpty()) {
      return TerrainCli.INVALID;
    }
    OptionChecks.known(cl, "--scope", "scope in " + dataset, scopes, scopeIds(read.get()));
    boolean document = kind.isPresent() && kind.get() instanceof DocumentFormat;
    // a document opens with the data-quality report, computed in the same pass
    Optional<Quality.Both> both =
        document
            ? Optional.of(
                Progress.during(
                    cl.getErr(),
                    top.progress(),
                    "computing the report",
                    () -> Quality.computeWith(read.get(), chosen, options)))
            : Optional.empty();
    Report report =
        both.isPresent()
            ? both.get().report()
            : Progress.during(
                cl.getErr(),
                top.progress(),
                "computing the report",
                () -> Statistics.compute(read.get(), chosen, options));
    ReportDocument doc = documentOf(report, both, read.get(), chosen);
    if (charts != null) {
      Output.write(charts, folder -> ReportCharts.write(doc, folder));
      cl.getErr().println("terrain report: wrote the charts into " + charts);
    }
    if (document) {
      DocumentFormat f = (DocumentFormat) kind.get();
      Output.write(
          out,
          path -> {
            try (OutputStream stream = Files.newOutputStream(path)) {
              f.write(doc, stream);
            }
          });
      cl.getErr().println("terrain report: wrote " + out);
    } else if (kind.isEmpty()) {
      new ReportText(read.get(), report.language().orElse(Language.FR), chosen)
          .write(
              report,
              t ->
                  (scopes.isEmpty() || scopes.contains(t.scope().id()))
                      && (tables.isEmpty() || tables.contains(t.id())),
              cl.getOut());
    } else {
      write(report, out, kind.get());
      cl.getErr().println("terrain report: wrote " + out);
    }
    return TerrainCli.OK;
  }

  /** The report as a document: names, titles, the language (fr by default), its quality. */
  private ReportDocument documentOf(
      Report report, Optional<Quality.Both> both, Dataset dataset, ReportDefinition definition) {
    ReportDocument.Builder b =
        ReportDocument.builder(report)
            .dataset(dataset)
            .definition(definition)
            .language(lang != null ? lang : Language.FR);
    both.ifPresent(q -> b.quality(q.quality()));
    return b.build();
  }

  private ReportOptions options(CommandLine cl) {
    Period p = period.period(cl);
    ReportOptions o = ReportOptions.of(p).withRounding(rounding);
    if (suppressBelow != null) {
      o =
          o.withSuppressBelow(
              OptionChecks.within(
                  cl, "--suppress-below", suppressBelow, 1, MAX_SUPPRESS_BELOW, "a threshold"));
    }
    Language labels = lang != null ? lang : out == null ? Language.FR : null;
    return labels == null ? o : o.withLanguage(labels);
  }

  /** The ids --scope may name: the organisation's, its provinces' and its antennas'. */
  private static List<String> scopeIds(Dataset d) {
    List<String> ids = new ArrayList<>();
    ids.add(d.organisation().id());
    ids.addAll(d.provinces());
    d.antennas().forEach(a -> ids.add(a.id()));
    return ids;
  }

  /**
   * The format --out is written in: --format's, else the first registered (Terrain's json and csv,
   * then the plugins', in loading order) whose extension ends the file's name.
   */
  private ReportFormat format(Terrain terrain, CommandLine cl) {
    String registered = String.join(", ", Reports.of(terrain).reportFormats().keySet());
    if (format != null) {
      return Reports.of(terrain)
          .findReportFormat(format)
          .orElseThrow(
              () ->
                  new ParameterException(
                      cl,
                      "--format "
                          + format
                          + ": no such report format; registered are "
                          + registered
                          + " (plugins add others: --plugin-path DIR)"));
    }
    Path name = out.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (ReportFormat f : Reports.of(terrain).reportFormats().values()) {
      if (n.endsWith(f.fileExtension().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new ParameterException(
        cl,
        "--out "
            + out
            + ": the name must end in .json, .csv, .html or .pdf, or give"
            + " --format (registered: "
            + registered
            + ")");
  }

  /** Writes a report file in a registered format, creating its folder. */
  static void write(Report report, Path file, ReportFormat format) {
    Output.write(
        file,
        path -> {
          try (OutputStream stream = Files.newOutputStream(path)) {
            format.write(report, stream);
          }
        });
  }
}
