package be.terrain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Statistics;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terrain's standard report and DuckDB's queries ({@link DuckDbReport}) give the same counts on the
 * same CSV folder: for every key DuckDB computes ({@code table|LEVEL|scope|code}), and no other
 * non-zero count in Terrain's rows of those tables (DuckDB leaves out zeros). This is what makes
 * the end-to-end benchmark a comparison of equals.
 */
class TerrainMatchesDuckDbTest {
  private static final int YEAR = 2020;

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(Scale.of("small", 300, 3_000, 600, 600, 2_000), 5L),
        Arguments.of(Scale.of("small", 300, 3_000, 600, 600, 2_000), 77L),
        Arguments.of(Scale.DEMO, 2020L),
        // enough records (about 95,000) for the engine to split the pass across two cores
        Arguments.of(Scale.of("split", 3_000, 60_000, 6_000, 6_000, 20_000), 11L));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void terrainCountsWhatDuckDbCounts(Scale scale, long seed, @TempDir Path dir)
      throws IOException, SQLException {
    SampleFolders.ensure(dir, scale, seed);
    Dataset dataset =
        CsvDatasetReader.builder().today(ReportBenchmark.TODAY).build().read(dir).orThrow();

    Report report = Statistics.compute(dataset, ReportOptions.of(Period.ofYear(YEAR)));
    SortedMap<String, Long> duck = DuckDbReport.compute(dir, YEAR);

    SortedMap<String, Long> terrain = counts(report);
    assertThat(terrain).isEqualTo(duck);
    // the comparison covers every table DuckDB computes, at every level
    assertThat(tablesOf(duck)).containsExactlyInAnyOrderElementsOf(DuckDbReport.TABLES);
    assertThat(duck.keySet().stream().map(k -> k.split("\\|")[1]).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("ORGANISATION", "PROVINCE", "ANTENNA");
    assertThat(duck).hasSizeGreaterThan(300);
  }

  /** Terrain's non-zero counts of the tables DuckDB computes, keyed as {@link DuckDbReport#key}. */
  private static SortedMap<String, Long> counts(Report report) {
    SortedMap<String, Long> out = new TreeMap<>();
    for (String id : DuckDbReport.TABLES) {
      if (id.endsWith("@history1")) {
        continue;
      }
      for (ReportTable t : report.tables(id)) {
        for (ReportRow r : t.rows()) {
          put(out, id, t, r.code(), r.count());
          if (id.equals("contacts.channel")) {
            put(out, id + "@history1", t, r.code(), r.history().get(0));
          }
        }
      }
    }
    return out;
  }

  private static void put(
      SortedMap<String, Long> out, String id, ReportTable t, String code, OptionalLong count) {
    assertThat(count).as("%s %s %s (no suppression asked)", id, t.scope(), code).isPresent();
    if (count.getAsLong() != 0) {
      out.put(
          DuckDbReport.key(id, t.scope().level().name(), t.scope().id(), code), count.getAsLong());
    }
  }

  private static Set<String> tablesOf(SortedMap<String, Long> counts) {
    return counts.keySet().stream()
        .map(k -> k.substring(0, k.indexOf('|')))
        .collect(Collectors.toSet());
  }
}
