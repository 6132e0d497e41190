package be.terrain.cli;

import be.terrain.cli.sample.LinkageCodes;
import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Three member datasets of a fictional federation, drawn by the sample generator from one shared
 * population of linkage codes, so that members share persons: the data of {@code terrain demo
 * --federation} and of the command line's federation tests. The true number of distinct persons
 * across members is known because the codes are.
 */
final class FederationDemo {
  /** The members' organisation ids. */
  static final List<String> MEMBERS = List.of("alpha", "beta", "gamma");

  /** The table whose N the demo compares with the truth. */
  static final String TABLE = "profile.sex";

  /** The shared population: three members of 500 persons from 1 000 identities overlap. */
  static final LinkageCodes CODES = LinkageCodes.shared(14L, 1_000);

  /** The demo's period. */
  static final Period YEAR = Period.ofYear(SampleGenerator.LAST_DAY.getYear());

  private FederationDemo() {}

  /**
   * Members written as CSV folders.
   *
   * @param folders one folder per member, in {@link #MEMBERS} order
   * @param distinct the true number of distinct persons across members counted in {@link #TABLE}'s
   *     N for {@link #YEAR}
   * @param sum the sum of the members' N
   */
  record Members(List<Path> folders, long distinct, long sum) {}

  /** Writes the members' CSV folders into {@code dir} (one sub-folder each). */
  static Members write(Path dir) throws IOException {
    List<Path> folders = new ArrayList<>();
    Set<String> codes = new java.util.HashSet<>();
    long sum = 0;
    for (int m = 0; m < MEMBERS.size(); m++) {
      String id = MEMBERS.get(m);
      SampleGenerator g =
          new SampleGenerator(Scale.DEMO, SampleGenerator.DEFAULT_SEED + m).withLinkageCodes(CODES);
      Path folder = dir.resolve(id);
      g.writeCsvFolder(folder);
      // the generator's organisation is always terrain-demo: each member gets its own id
      Files.writeString(
          folder.resolve("organisation.csv"),
          "id,name\n" + id + ",Member " + id + "\n",
          StandardCharsets.UTF_8);
      folders.add(folder);
      Set<String> member = counted(g.dataset());
      sum += member.size();
      codes.addAll(member);
    }
    return new Members(folders, codes.size(), sum);
  }

  /** The linkage codes of the persons {@link #TABLE}'s N counts at the organisation scope. */
  private static Set<String> counted(Dataset d) {
    Set<String> codes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Statistics.compute(
        d,
        ReportDefinition.standard(),
        ReportOptions.of(YEAR),
        (table, scope, n, rows) -> {
          if (table.id().equals(TABLE) && scope.level() == Scope.Level.ORGANISATION) {
            n.forEach(p -> d.persons().linkageCode(p).ifPresent(codes::add));
          }
        });
    return codes;
  }
}
