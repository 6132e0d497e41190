package be.terrain.benchmarks;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.html.HtmlReport;
import be.terrain.html.ReportDocument;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import be.terrain.stats.quality.Quality;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The report documents (issue #16), warm: {@link #html} writes the whole HTML document (every scope
 * and table, its charts drawn by XChart, the quality section) of a computed report (goal: under 3 s
 * at S2); {@link #standardReport} and {@link #reportWithQuality} compute the standard report alone
 * and with the quality report in the same pass (goal: under 10 % more). Reads an existing sample
 * folder, {@code -Dterrain.data=DIR} (default {@code /tmp/terrain-data}), and never writes there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
public class DocumentBenchmark {
  /** The sample scale: S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Dataset dataset;
  private ReportOptions options;
  private ReportDocument document;

  /** Reads the folder, computes the report and its quality report once (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("terrain.data", "/tmp/terrain-data")).resolve(scale);
    dataset = CsvDatasetReader.builder().today(ReportBenchmark.TODAY).build().read(dir).orThrow();
    options = ReportOptions.of(Period.ofYear(ReportBenchmark.YEAR));
    Quality.Both both = Quality.computeWith(dataset, ReportDefinition.standard(), options);
    document =
        ReportDocument.builder(both.report()).dataset(dataset).quality(both.quality()).build();
  }

  /** The whole HTML document of the computed report. */
  @Benchmark
  public String html() {
    return HtmlReport.html(document);
  }

  /** The standard report alone. */
  @Benchmark
  public Report standardReport() {
    return Statistics.compute(dataset, options);
  }

  /** The standard report and its quality report, one pass. */
  @Benchmark
  public Quality.Both reportWithQuality() {
    return Quality.computeWith(dataset, ReportDefinition.standard(), options);
  }
}
