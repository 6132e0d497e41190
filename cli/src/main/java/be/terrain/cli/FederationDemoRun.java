package be.terrain.cli;

import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.ReadResult;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Contributions;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.federation.Provenance;
import be.terrain.platform.Terrain;
import be.terrain.stats.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code terrain demo --federation}: three members with overlapping persons contribute with a key,
 * the federation merges them, and the estimate of distinct persons is shown beside the truth, which
 * the demo knows because it generated the members.
 */
final class FederationDemoRun {
  /** The demo's federation id. */
  static final String FEDERATION = "fdss-demo";

  /** The demo's key: a fixed, public one, for the demo only. */
  static final String KEY = "terrain demo federation key: never use it for real data\n";

  private FederationDemoRun() {}

  /** Runs the demo into {@code folder} (made absolute), printing on {@code out}. */
  static void run(Path folder, Terrain terrain, Language language, PrintWriter out) {
    Path dir = folder.resolve("federation");
    FederationDemo.Members members;
    try {
      members = FederationDemo.write(dir);
    } catch (IOException e) {
      throw CliFailure.cannotWrite(dir, e);
    }
    Path keyFile = dir.resolve("fdss.key");
    Output.write(keyFile, f -> Files.writeString(f, KEY, StandardCharsets.UTF_8));
    FederationKey key = FederationKey.read(keyFile);
    ContributionSet set = ContributionSet.empty();
    for (Path m : members.folders()) {
      ReadResult read = terrain.read(m, LocalDate.now());
      if (!read.isValid()) {
        throw new IllegalStateException("a generated member is invalid: " + m);
      }
      Dataset d = read.dataset();
      var c =
          Contributions.standard(
              d,
              FederationDemo.YEAR,
              Optional.of(key),
              Provenance.of(ContributeCommand.generator(), m, d));
      Path file = dir.resolve(d.organisation().id() + ".contribution.json");
      Output.write(file, f -> ContributionJson.write(c, f));
      set.add(file.getFileName().toString(), c);
    }
    FederationReport report =
        Federation.merge(FEDERATION, set, FederationOptions.of()).report().orElseThrow();
    Path reportFile = dir.resolve(FEDERATION + ".json");
    Output.write(reportFile, f -> FederationReportJson.write(report, f));

    FederationDemoText text = new FederationDemoText(language);
    out.println(text.intro(members.folders().size()));
    out.println();
    FederationTable t =
        report
            .table(
                FederationDemo.TABLE,
                new FederationScope(FederationScope.Level.FEDERATION, FEDERATION))
            .orElseThrow();
    new FederationText(report, language, Reports.of(terrain), terrain.codes()).write(t, out);
    out.println();
    out.println(
        text.distinct(
            FederationText.grouped(t.n().orElse(0)),
            t.nInterval()
                .map(
                    i ->
                        text.interval(
                            FederationText.grouped(i.lo()), FederationText.grouped(i.hi())))
                .orElse(""),
            FederationText.grouped(members.distinct()),
            FederationText.grouped(members.sum())));
    out.println();
    out.println(text.wroteInto(dir.toString()));
    out.println("  alpha/ beta/ gamma/      " + text.memberFolders());
    out.println("  *.contribution.json      " + text.contributions());
    out.println("  " + FEDERATION + ".json          " + text.federationReport());
    out.println();
    out.println(text.tryNext());
    out.println(
        "  bin/terrain federate "
            + dir.resolve("*.contribution.json")
            + " --federation "
            + FEDERATION
            + " --lang "
            + language.name().toLowerCase(java.util.Locale.ROOT));
    out.flush();
  }
}
