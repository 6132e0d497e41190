package be.terrain.benchmarks;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The statistics on a loaded dataset (issue #4): the whole standard report (every table, every
 * scope, {@value #YEAR} with its history) computed by {@link Statistics#compute(Dataset,
 * ReportOptions)}. The sample folder is read and validated in the trial setup (not timed).
 *
 * <p>Single-shot: one report per iteration. Each iteration prints its wall time, the process's CPU
 * time and how it splits between the calling thread and the common fork-join pool's workers (the
 * engine splits the records across the cores and merges), and the peak resident memory so far.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ReportBenchmark {
  /** The year of the report. */
  public static final int YEAR = 2020;

  /** The day the sample is read as of (the sample's years are in the past). */
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Dataset dataset;
  private ReportOptions options;
  private long rows;
  private CpuTimes.Sample last;
  private Report lastReport;

  /** Generates the folder if needed, reads and validates it (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = SampleFolders.ensure(scale);
    long start = System.nanoTime();
    dataset = CsvDatasetReader.builder().today(TODAY).build().read(dir).orThrow();
    long read = System.nanoTime() - start;
    options = ReportOptions.of(Period.ofYear(YEAR));
    rows = rows(dataset);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%n  %s: %,d rows (%,d persons) read and validated in %.1f s; heap used after GC %d MB,"
            + " peak RSS %d MB; %d cores (common pool parallelism %d)%n",
        scale,
        rows,
        dataset.persons().size(),
        read / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        PeakMemory.peakResidentMb(),
        Runtime.getRuntime().availableProcessors(),
        ForkJoinPool.getCommonPoolParallelism());
  }

  /** Computes the standard report for the year, with its history. */
  @Benchmark
  public Report standardReport() {
    CpuTimes times = CpuTimes.start();
    Report report = Statistics.compute(dataset, options);
    last = times.stop();
    lastReport = report;
    return report;
  }

  /** Prints the iteration's times and the peak resident memory. */
  @TearDown(Level.Iteration)
  public void report() {
    if (last != null) {
      System.out.printf(
          Locale.ROOT,
          "%n  report %s: %d tables, %,.0f rows/s; %s; peak RSS %d MB%n",
          scale,
          lastReport.tables().size(),
          rows / (last.wallNanos() / 1e9),
          last,
          PeakMemory.peakResidentMb());
      last = null;
      lastReport = null;
    }
  }

  /** Every record of a dataset: organisation, antennas, persons, profiles and activities. */
  static long rows(Dataset d) {
    return 1L
        + d.antennas().size()
        + d.persons().size()
        + d.profiles().size()
        + d.contacts().size()
        + d.accompaniments().size()
        + d.health().size()
        + d.distributions().size();
  }
}
