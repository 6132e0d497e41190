package be.terrain.benchmarks;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.ReadResult;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.json.ReportJsonWriter;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.SortedMap;
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
 * From the CSV folder to the report (issue #4), Terrain against DuckDB on the same files in the
 * same run:
 *
 * <ul>
 *   <li>{@link #terrainReport}: what {@code terrain report DIR --year 2020 --out report.json} does:
 *       read the folder, validate it fully (field and dataset rules; the sample is valid), compute
 *       the whole standard report (every table, every scope, with history) and write {@code
 *       report.json} to a temporary file;
 *   <li>{@link #duckDbLoadAndQuery}: DuckDB in-process loading the same files and computing the
 *       subset of the tables of {@link DuckDbReport} with {@code GROUPING SETS}.
 * </ul>
 *
 * <p>Each method runs in its own fork (JMH forks per benchmark method), so the peak resident memory
 * ({@code VmHWM}) each iteration prints is that method's. Terrain's fork runs with {@code -Xmx3g}
 * (override with {@code -jvmArgsAppend}); DuckDB's with {@code -Xmx1g}, its tables living in native
 * memory. Each iteration also prints its wall and process CPU times, the load of other processes
 * inflating the wall time more than the CPU time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EndToEndBenchmark {
  /** The year of the report. */
  public static final int YEAR = ReportBenchmark.YEAR;

  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Path dir;
  private long bytes;
  private Path out;
  private String lastName;
  private CpuTimes.Sample last;
  private String lastDetail;

  /** Generates the folder if needed, makes the temporary output file (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = SampleFolders.ensure(scale);
    bytes = SampleFolders.csvBytes(dir);
    out = Files.createTempFile("terrain-report-", ".json");
  }

  /** Deletes the temporary output file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(out);
    System.out.printf(
        Locale.ROOT, "%n  trial peak RSS (VmHWM) %d MB%n", PeakMemory.peakResidentMb());
  }

  /** Reads and validates the folder, computes the standard report, writes report.json. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx3g"})
  public long terrainReport() throws IOException {
    CpuTimes times = CpuTimes.start();
    long startNanos = System.nanoTime();
    ReadResult read = CsvDatasetReader.builder().today(ReportBenchmark.TODAY).build().read(dir);
    Dataset dataset = read.orThrow();
    long readNanos = System.nanoTime();
    Report report = Statistics.compute(dataset, ReportOptions.of(Period.ofYear(YEAR)));
    long computedNanos = System.nanoTime();
    ReportJsonWriter.write(report, out);
    long writtenNanos = System.nanoTime();
    last = times.stop();
    lastName = "terrainReport";
    lastDetail =
        String.format(
            Locale.ROOT,
            "read+validate %.3f s, compute %.3f s (%d tables), write %.3f s (%,d bytes)",
            (readNanos - startNanos) / 1e9,
            (computedNanos - readNanos) / 1e9,
            report.tables().size(),
            (writtenNanos - computedNanos) / 1e9,
            Files.size(out));
    return Files.size(out);
  }

  /** DuckDB: loads the folder into a fresh in-memory database and computes its tables. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx1g"})
  public SortedMap<String, Long> duckDbLoadAndQuery() throws SQLException {
    CpuTimes times = CpuTimes.start();
    SortedMap<String, Long> counts = DuckDbReport.compute(dir, YEAR);
    last = times.stop();
    lastName = "duckDbLoadAndQuery";
    lastDetail = String.format(Locale.ROOT, "%,d counts", counts.size());
    return counts;
  }

  /** Prints the iteration's times, throughput and the peak resident memory. */
  @TearDown(Level.Iteration)
  public void report() {
    if (last != null) {
      System.out.printf(
          Locale.ROOT,
          "%n  %s %s: %.3f s (%.1f MB of CSV, %.1f MB/s), process CPU %.3f s (%.2f cores);"
              + " %s; peak RSS %d MB%n",
          lastName,
          scale,
          last.wallNanos() / 1e9,
          bytes / 1e6,
          bytes / 1e6 / (last.wallNanos() / 1e9),
          last.processNanos() / 1e9,
          last.coresUsed(),
          lastDetail,
          PeakMemory.peakResidentMb());
      last = null;
    }
  }
}
