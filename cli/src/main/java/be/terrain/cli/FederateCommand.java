package be.terrain.cli;

import be.terrain.core.Language;
import be.terrain.core.Problem;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionRead;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.FederationResult;
import be.terrain.federation.KnownDefinitions;
import be.terrain.json.ProblemJson;
import be.terrain.platform.Terrain;
import be.terrain.stats.Reports;
import be.terrain.stats.Rounding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code terrain federate CONTRIBUTION... --federation ID [--out FILE]}: the members' contributions
 * merged into the federation report ({@code terrain-federation-report/1}), or its tables on the
 * terminal.
 */
@Command(
    name = "federate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Merge members' contributions into the federation report.",
    customSynopsis = {
      "terrain federate CONTRIBUTION... --federation=ID [--out=FILE] [--rounding=R]",
      "                 [--suppress-below=K] [--no-linkage] [--lang=L] [--problems=FORMAT]",
      "                 [--debug] [-hV]"
    },
    description = {
      "Reads every contribution strictly (exit 1 listing every refused file's problems, each with"
          + " its file and JSON pointer), merges them for the federation, each province and each"
          + " member, and writes terrain-federation-report/1 to --out; without --out, shows the"
          + " tables on the terminal. Distinct persons across members are estimated from the"
          + " members' sketches: each figure shows the estimate, its interval and the bounds that"
          + " hold whatever the overlap, e.g. 1 304 (1 281–1 330; between 402 and 1 390).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain federate members/*.json --federation fdss --out fdss-2020.json",
      "  terrain federate e2w.json alias.json --federation fdss --suppress-below 5 --lang en"
    })
final class FederateCommand implements Callable<Integer> {
  @ParentCommand TerrainCli top;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0..*",
      arity = "1..*",
      paramLabel = "CONTRIBUTION",
      description = "The members' contribution files (terrain-contribution/1).")
  List<Path> contributions;

  @Option(
      names = "--federation",
      paramLabel = "ID",
      required = true,
      description = "The federation's id, e.g. fdss: the FEDERATION scope's id.")
  String federation;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the federation report (terrain-federation-report/1) to FILE.")
  Path out;

  @Option(
      names = "--rounding",
      paramLabel = "R",
      converter = Converters.RoundingName.class,
      description = "half-up (default) or largest-remainder.")
  Rounding rounding = Rounding.HALF_UP;

  @Option(
      names = "--suppress-below",
      paramLabel = "K",
      description = "Small-count protection after merging: hide every count from 1 to K-1.")
  Integer suppressBelow;

  @Option(
      names = "--no-linkage",
      description = "Merge without the sketches (also when the members' keys differ).")
  boolean noLinkage;

  @Option(
      names = "--lang",
      paramLabel = "L",
      converter = Converters.LanguageTag.class,
      description = "fr, nl or en: the language of the terminal's labels (default fr).")
  Language lang = Language.FR;

  @Option(
      names = "--problems",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default: one per line) or json (one JSON array).")
  DatasetInput.ProblemFormat problems;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (!federation.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new ParameterException(
          cl, "--federation " + federation + ": an id of letters, digits, '.', '_' or '-'");
    }
    FederationOptions options = FederationOptions.of().withRounding(rounding);
    if (suppressBelow != null) {
      options =
          options.withSuppressBelow(
              OptionChecks.within(
                  cl,
                  "--suppress-below",
                  suppressBelow,
                  1,
                  ReportCommand.MAX_SUPPRESS_BELOW,
                  "a threshold"));
    }
    for (Path c : contributions) {
      if (!Files.isRegularFile(c)) {
        throw new ParameterException(cl, "CONTRIBUTION " + c + ": no such file");
      }
    }
    if (out != null) {
      OutputChecks.file(cl, "--out", out, federation + ".json");
    }
    Terrain terrain = top.terrain(cl);
    KnownDefinitions known = KnownDefinitions.of(terrain);
    options = options.withLinkage(!noLinkage).withKnown(known);
    ContributionSet set = ContributionSet.empty();
    List<Problem> refused = new ArrayList<>();
    for (Path c : contributions) {
      ContributionRead read = ContributionJson.read(bytes(c), c.toString(), known);
      refused.addAll(read.problems());
      read.contribution().ifPresent(x -> set.add(c.toString(), x));
    }
    if (refused.isEmpty()) {
      FederationResult merged = Federation.merge(federation, set, options);
      refused.addAll(merged.problems());
      if (merged.isMerged()) {
        return show(merged.report().orElseThrow(), terrain, cl);
      }
    }
    print(refused, cl.getOut());
    cl.getErr()
        .println(
            "terrain federate: the contributions were refused: "
                + DatasetInput.count(refused.size()));
    cl.getErr().flush();
    return TerrainCli.INVALID;
  }

  private int show(FederationReport report, Terrain terrain, CommandLine cl) {
    if (out == null) {
      new FederationText(report, lang, Reports.of(terrain), terrain.codes()).write(cl.getOut());
    } else {
      Output.write(out, path -> FederationReportJson.write(report, path));
      cl.getErr()
          .println(
              "terrain federate: wrote "
                  + out
                  + " ("
                  + report.members().size()
                  + (report.members().size() == 1 ? " member)" : " members)"));
    }
    return TerrainCli.OK;
  }

  private byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "CONTRIBUTION " + file + ": " + CliFailure.reason(e));
    }
  }

  private void print(List<Problem> found, PrintWriter o) {
    if (problems == DatasetInput.ProblemFormat.JSON) {
      o.print(ProblemJson.toJson(found));
    } else {
      found.forEach(o::println);
    }
    o.flush();
  }
}
