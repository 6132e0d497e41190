package be.terrain.benchmarks;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import be.terrain.stats.quality.Quality;
import java.io.IOException;
import java.nio.file.Path;

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
    CpuPairs.run(scale, "standard", standard, "with quality", quality, pairs, warmUp);
  }
}
