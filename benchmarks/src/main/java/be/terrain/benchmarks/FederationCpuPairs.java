package be.terrain.benchmarks;

import be.terrain.cli.sample.LinkageCodes;
import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.Contributions;
import be.terrain.federation.FederationKey;
import be.terrain.federation.Provenance;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

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
    Dataset dataset =
        new SampleGenerator(scale, SampleGenerator.DEFAULT_SEED)
            .withLinkageCodes(LinkageCodes.shared(14L, 2 * scale.persons()))
            .dataset();
    Period year = Period.ofYear(ReportBenchmark.YEAR);
    FederationKey key =
        FederationKey.of("benchmark federation key, not a secret".getBytes(StandardCharsets.UTF_8));
    Provenance provenance =
        new Provenance("terrain benchmark", "0".repeat(64), Provenance.records(dataset));
    Runnable report = () -> Statistics.compute(dataset, ReportOptions.of(year));
    Runnable contribution =
        () -> Contributions.standard(dataset, year, Optional.of(key), provenance);
    for (int i = 0; i < warmUps; i++) {
      report.run();
      contribution.run();
    }
    List<Double> cpuRatios = new ArrayList<>();
    List<Double> wallRatios = new ArrayList<>();
    List<Double> reportCpu = new ArrayList<>();
    List<Double> contributionCpu = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      double[] r;
      double[] c;
      if (i % 2 == 0) {
        r = time(report);
        c = time(contribution);
      } else {
        c = time(contribution);
        r = time(report);
      }
      cpuRatios.add(c[0] / r[0]);
      wallRatios.add(c[1] / r[1]);
      reportCpu.add(r[0]);
      contributionCpu.add(c[0]);
      System.out.printf(
          Locale.ROOT,
          "pair %d: report cpu %.3f s wall %.3f s | contribution cpu %.3f s wall %.3f s%n",
          i,
          r[0],
          r[1],
          c[0],
          c[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d pairs after %d warm-up pairs: report cpu s %s; contribution cpu s %s; ratio cpu %s; ratio wall %s%n",
        scale.name(),
        pairs,
        warmUps,
        median(reportCpu),
        median(contributionCpu),
        median(cpuRatios),
        median(wallRatios));
  }

  private static String median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return String.format(
        Locale.ROOT, "%.3f (%.3f-%.3f)", s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
  }

  /** The process CPU seconds and the wall seconds of a run. */
  private static double[] time(Runnable work) {
    long cpu = OS.getProcessCpuTime();
    long wall = System.nanoTime();
    work.run();
    return new double[] {(OS.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
  }
}
