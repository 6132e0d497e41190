package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Period;
import be.terrain.html.QualityFiles;
import be.terrain.html.ReportDocument;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.quality.Quality;
import be.terrain.stats.quality.QualityEntry;
import be.terrain.stats.quality.QualityReport;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code terrain quality DATASET (--year Y | --from D --to D) [--out FILE]}: the data-quality
 * report (terrain-quality/1), on the terminal or as quality.json, quality.csv or quality.html.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "How much of what the report counts is unknown, per scope, this period and the last.",
    description = {
      "For each scope (organisation, provinces, antennas), over the psychosocial and health"
          + " populations: how many persons have each attribute unknown (sex, birth_year,"
          + " nationality, first_contact, each profile attribute as of the period's end), have no"
          + " profile row, or a profile older than 12 months; the consultations without a coverage"
          + " of their own; the anonymous contacts. Beside the previous period, with the change in"
          + " points. docs/quality.md describes every entry.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain quality my-data/ --year 2020",
      "  terrain quality my-data/ --year 2020 --out quality.json"
    })
final class QualityCommand extends DatasetCommand {
  @Mixin PeriodOptions period;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = Converters.LanguageTag.class,
      description = "fr (default), nl or en: the language of quality.html.")
  Language lang = Language.FR;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write quality.json (terrain-quality/1), quality.csv or quality.html.")
  Path out;

  @Mixin DatasetInput input;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Period p = period.period(cl);
    String kind = out == null ? "" : kind(cl);
    Optional<Dataset> read = readValid(input);
    if (read.isEmpty()) {
      return TerrainCli.INVALID;
    }
    Quality.Both both =
        Progress.during(
            cl.getErr(),
            top.progress(),
            "computing the quality report",
            () ->
                Quality.computeWith(read.get(), ReportDefinition.standard(), ReportOptions.of(p)));
    QualityReport q = both.quality();
    if (out == null) {
      text(q, cl.getOut());
      return TerrainCli.OK;
    }
    ReportDocument doc =
        ReportDocument.builder(both.report()).dataset(read.get()).language(lang).build();
    Output.write(
        out,
        path -> {
          try (OutputStream s = Files.newOutputStream(path)) {
            switch (kind) {
              case "json" -> QualityFiles.json(q, s);
              case "csv" -> QualityFiles.csv(q, s);
              default -> QualityFiles.html(q, doc, s);
            }
          }
        });
    cl.getErr().println("terrain quality: wrote " + out);
    return TerrainCli.OK;
  }

  private String kind(CommandLine cl) {
    String n = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
    for (String k : new String[] {"json", "csv", "html"}) {
      if (n.endsWith("." + k)) {
        return k;
      }
    }
    throw new ParameterException(
        cl, "--out " + out + ": the name must end in .json, .csv or .html");
  }

  private static void text(QualityReport q, PrintWriter out) {
    TextTable t = new TextTable("  ", "l");
    t.row("scope", "population", "attribute", "n", "unknown", "%", "before %", "change (points)");
    for (QualityEntry e : q.entries()) {
      t.row(
          e.scope().level().name().toLowerCase(Locale.ROOT) + " " + e.scope().id(),
          e.population(),
          e.attribute(),
          String.valueOf(e.n()),
          String.valueOf(e.unknown()),
          e.percent().isPresent() ? e.percent().getAsInt() + " %" : "",
          e.previousPercent().isPresent() ? e.previousPercent().getAsInt() + " %" : "",
          e.changePoints().map(c -> (c.signum() > 0 ? "+" : "") + c.toPlainString()).orElse("—"));
    }
    out.println("Data quality, " + q.period() + " (previous period " + q.previous() + "):");
    t.write(out);
    out.flush();
  }
}
