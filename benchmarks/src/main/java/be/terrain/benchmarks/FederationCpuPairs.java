package be.terrain.benchmarks;

import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.Contributions;
import be.terrain.federation.FederationKey;
import be.terrain.federation.Provenance;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.util.Optional;

/**
 * The contribution against the report (issue #14's 1.15x goal) as paired, alternating CPU times in
 * one JVM, for a loaded shared machine where wall times of separate JMH runs drift: after the
 * warm-up pairs (4 unless given; at S2 fewer do not settle the JIT), each pair times the report and
 * the contribution on the same dataset (the order alternating) and keeps their ratio; prints each
 * pair and the medians with their ranges. The dataset is {@link FederationBenchmark}'s (the scale's
 * sample with linkage codes, in memory).
 *
 * <pre>{@code
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar be.terrain.benchmarks.FederationCpuPairs S1 7
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar be.terrain.benchmarks.FederationCpuPairs S2 9 4
 * }</pre>
 */
public final class FederationCpuPairs {
  private FederationCpuPairs() {}

  /**
   * Runs the pairs.
   *
   * @param args the scale (DEMO, S1, S2), the number of pairs and the number of warm-up pairs
   */
  public static void main(String[] args) {
    Scale scale = Scale.named(args.length > 0 ? args[0] : "S1");
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Dataset dataset = FederationBenchmark.linkedSample(scale);
    Period year = Period.ofYear(ReportBenchmark.YEAR);
    FederationKey key = FederationBenchmark.KEY;
    Provenance provenance =
        new Provenance("terrain benchmark", "0".repeat(64), Provenance.records(dataset));
    Runnable report = () -> Statistics.compute(dataset, ReportOptions.of(year));
    Runnable contribution =
        () -> Contributions.standard(dataset, year, Optional.of(key), provenance);
    CpuPairs.run(scale.name(), "report", report, "contribution", contribution, pairs, warmUps);
  }
}
