package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.json.RulesCheckJsonWriter;
import be.terrain.json.RulesJsonReader;
import be.terrain.platform.Terrain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code terrain rules DATASET --rules RULES.json}: the distribution ledger's check and plan. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Check a distribution ledger against its rules and plan the budget.",
    description = {
      "Reads DATASET and RULES.json (terrain-rules/1), checks every distribution row the rules"
          + " apply to (quota per person and period, budget, eligible roles, antennas) as of a date,"
          + " and plans what the budget still allows. Shows the check on the terminal, or writes"
          + " rules-check.json with --out. Violations are findings, not errors: exit 0 once the"
          + " check is made; exit 1 when the dataset or the rules file is invalid. Distribution rule"
          + " kinds that plugins add (see 'terrain plugins') are checked too, as of the same day, and"
          + " shown with the rules, or written in rules-check.json (member rule_kinds).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  terrain rules my-data/ --rules rules.json --as-of 2021-11-01",
      "  terrain rules my-data/ --rules rules.json --out rules-check.json"
    })
final class RulesCommand extends DatasetCommand {
  /** How many violations the terminal lists per rule. */
  static final int SHOWN_VIOLATIONS = 50;

  @Option(
      names = "--rules",
      paramLabel = "RULES.json",
      required = true,
      description = "The rules (terrain-rules/1).")
  Path rules;

  @Option(
      names = "--as-of",
      paramLabel = "D",
      converter = Converters.Date.class,
      description =
          "Check and plan as of this day (default: --today, else the real date; capped at each rule's end).")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the check as rules-check.json (terrain-rules-check/1) to FILE, a .json file.")
  Path out;

  @Mixin DatasetInput input;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (out != null
        && !String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new ParameterException(
          cl, "--out " + out + ": the check is written as JSON, the name must end in .json");
    }
    if (out != null) {
      OutputChecks.file(cl, "--out", out, "rules-check.json");
    }
    if (!Files.isRegularFile(rules)) {
      throw new ParameterException(cl, "no such rules file: " + rules);
    }
    Optional<Dataset> read = readValid(input);
    if (read.isEmpty()) {
      return TerrainCli.INVALID;
    }
    RulesReadResult rr = RulesJsonReader.read(rules, read.get());
    if (!rr.isValid()) {
      input.refuse(rules, rr.problems(), cl);
      return TerrainCli.INVALID;
    }
    RuleSet ruleSet = rr.rules().orElseThrow();
    LocalDate day = asOf != null ? asOf : input.today();
    Terrain terrain = top.terrain(cl);
    RulesCheck check =
        Progress.during(
            cl.getErr(),
            top.progress(),
            "checking the ledger",
            () -> terrain.check(read.get(), ruleSet, day));
    if (out == null) {
      RulesText.write(check, ruleSet, SHOWN_VIOLATIONS, cl.getOut());
      if (check.ruleKinds().isPresent()) {
        cl.getOut().println();
        RulesText.writeKinds(check, terrain.ruleKinds(), SHOWN_VIOLATIONS, cl.getOut());
      }
      return TerrainCli.OK;
    }
    Output.write(out, f -> RulesCheckJsonWriter.write(check, f));
    cl.getErr().println("terrain rules: wrote " + out);
    return TerrainCli.OK;
  }
}
