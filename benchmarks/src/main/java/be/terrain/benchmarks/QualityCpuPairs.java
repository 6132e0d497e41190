package be.terrain.benchmarks;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import be.terrain.stats.quality.Quality;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The quality report's cost (issue #16's "under 10 % more" goal) as paired, alternating CPU times
 * in one JVM, for a loaded shared machine where wall times of separate JMH runs drift: reads a
 * sample folder ({@code -Dterrain.data=DIR}, default {@code /tmp/terrain-data}; never writes
 * there), then after warm-up pairs, each pair times {@link DocumentBenchmark#standardReport} and
 * {@link DocumentBenchmark#reportWithQuality}'s work on the same dataset (the order alternating)
 * and keeps their ratio; prints each pair and the medians with their ranges.
 *
 * <pre>{@code
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar be.terrain.benchmarks.QualityCpuPairs S2 9 3
 * }</pre>
 */
public final class QualityCpuPairs {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private QualityCpuPairs() {}

  /**
   * Runs the pairs.
   *
   * @param args the scale folder (S1, S2), the number of pairs (default 9) and of warm-up pairs
   *     (default 3)
   * @throws IOException when the folder cannot be read
   */
  public static void main(String[] args) throws IOException {
    String scale = args.length > 0 ? args[0] : "S1";
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = Path.of(System.getProperty("terrain.data", "/tmp/terrain-data")).resolve(scale);
    Dataset dataset =
        CsvDatasetReader.builder().today(ReportBenchmark.TODAY).build().read(dir).orThrow();
    ReportOptions options = ReportOptions.of(Period.ofYear(ReportBenchmark.YEAR));
    Runnable standard = () -> Statistics.compute(dataset, options);
    Runnable quality = () -> Quality.computeWith(dataset, ReportDefinition.standard(), options);
    for (int i = 0; i < warmUp; i++) {
      standard.run();
      quality.run();
    }
    List<Double> cpuRatios = new ArrayList<>();
    List<Double> wallRatios = new ArrayList<>();
    List<Double> standardCpu = new ArrayList<>();
    List<Double> qualityCpu = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      double[] s;
      double[] q;
      if (i % 2 == 0) {
        s = time(standard);
        q = time(quality);
      } else {
        q = time(quality);
        s = time(standard);
      }
      cpuRatios.add(q[0] / s[0]);
      wallRatios.add(q[1] / s[1]);
      standardCpu.add(s[0]);
      qualityCpu.add(q[0]);
      System.out.printf(
          Locale.ROOT,
          "pair %d: standard cpu %.3f s wall %.3f s | with quality cpu %.3f s wall %.3f s%n",
          i,
          s[0],
          s[1],
          q[0],
          q[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d pairs: standard cpu s %s; with quality cpu s %s; ratio cpu %s; ratio wall %s%n",
        scale,
        pairs,
        median(standardCpu),
        median(qualityCpu),
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
