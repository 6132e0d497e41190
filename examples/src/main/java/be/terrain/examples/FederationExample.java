package be.terrain.examples;

import be.terrain.cli.sample.LinkageCodes;
import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.ReadResult;
import be.terrain.federation.Bounds;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Contributions;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.federation.Provenance;
import be.terrain.platform.Terrain;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A federation of three members that share persons, end to end: the sample generator draws the
 * members from one population of linkage codes, each member makes its contribution with the shared
 * key (its counts and sketches of keyed hashes, never a code), the federation merges them, and the
 * estimate of distinct persons stands beside the true count, which this program knows because it
 * generated the data.
 */
public final class FederationExample {
  /** The members' organisation ids. */
  static final List<String> MEMBERS = List.of("north", "centre", "south");

  /** The table whose N is compared with the truth. */
  static final String TABLE = "profile.sex";

  private FederationExample() {}

  /**
   * Runs the example.
   *
   * @param args the folder to write the members and their contributions into (default: a new
   *     temporary folder)
   * @throws IOException when the folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("terrain-federation");
    Terrain terrain = Terrain.builder().findPlugins().build();
    Period year = Period.ofYear(SampleGenerator.LAST_DAY.getYear());
    // the secret the members share and never send: here a fixed one, for the example only
    FederationKey key =
        FederationKey.of(
            "example federation key, never a real one".getBytes(StandardCharsets.UTF_8));
    // three members of 500 persons drawn from 1 000 identities: they overlap
    LinkageCodes population = LinkageCodes.shared(14L, 1_000);

    ContributionSet contributions = ContributionSet.empty();
    Set<String> truth = ConcurrentHashMap.newKeySet();
    for (int m = 0; m < MEMBERS.size(); m++) {
      String id = MEMBERS.get(m);
      Path folder = dir.resolve(id);
      new SampleGenerator(Scale.DEMO, SampleGenerator.DEFAULT_SEED + m)
          .withLinkageCodes(population)
          .writeCsvFolder(folder);
      // the generator names every organisation alike: each member gets its own id
      Files.writeString(
          folder.resolve("organisation.csv"),
          "id,name\n" + id + ",Member " + id + "\n",
          StandardCharsets.UTF_8);
      ReadResult read = terrain.read(folder, LocalDate.now());
      if (!read.isValid()) {
        read.validation().problems().forEach(System.out::println);
        return;
      }
      Dataset dataset = read.dataset();
      var contribution =
          Contributions.standard(
              dataset,
              year,
              Optional.of(key),
              Provenance.of(Provenance.terrainGenerator(), folder, dataset));
      Path file = dir.resolve(id + ".contribution.json");
      ContributionJson.write(contribution, file); // what a member sends to the federation
      contributions.add(file.getFileName().toString(), contribution);
      truth.addAll(counted(dataset, year));
      System.out.printf(
          "%-8s N = %d persons in %s (%s)%n",
          id,
          contribution.table(TABLE, Scope.organisation(id)).orElseThrow().n(),
          TABLE,
          file.getFileName());
    }

    FederationReport report =
        Federation.merge("fdss-example", contributions, FederationOptions.of())
            .report()
            .orElseThrow();
    FederationTable table =
        report
            .table(TABLE, new FederationScope(FederationScope.Level.FEDERATION, "fdss-example"))
            .orElseThrow();
    Bounds bounds = table.nBounds().orElseThrow();
    Bounds interval = table.nInterval().orElseThrow();
    System.out.printf(
        "Distinct persons across members: estimated %d (interval %d-%d; between %d and %d)%n",
        table.n().orElseThrow(), interval.lo(), interval.hi(), bounds.lo(), bounds.hi());
    System.out.printf("Distinct persons across members: truly %d%n", truth.size());
  }

  /** The linkage codes of the persons {@link #TABLE}'s N counts for the organisation. */
  private static Set<String> counted(Dataset dataset, Period year) {
    Set<String> codes = ConcurrentHashMap.newKeySet();
    Statistics.compute(
        dataset,
        ReportDefinition.standard(),
        ReportOptions.of(year),
        (table, scope, n, rows) -> {
          if (table.id().equals(TABLE) && scope.level() == Scope.Level.ORGANISATION) {
            n.forEach(p -> dataset.persons().linkageCode(p).ifPresent(codes::add));
          }
        });
    return codes;
  }
}
