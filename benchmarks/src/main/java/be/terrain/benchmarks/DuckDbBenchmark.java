package be.terrain.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
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
 * DuckDB in-process on a sample folder: loading the CSV files, computing the tables of {@link
 * DuckDbReport} for 2020 on loaded tables, and both end to end. Each iteration prints its time and
 * the process's peak resident memory so far.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class DuckDbBenchmark {
  /** The year of the report. */
  public static final int YEAR = 2020;

  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Path dir;
  private long bytes;
  private String lastName;
  private long lastNanos;

  /** Generates the folder if needed and loads DuckDB's native library (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    dir = SampleFolders.ensure(scale);
    bytes = SampleFolders.csvBytes(dir);
    DuckDbReport.open().close();
  }

  /**
   * The folder loaded once, for {@link #query} only (so that the other benchmarks' peak memory is
   * that of one database).
   */
  @State(Scope.Benchmark)
  public static class Loaded {
    private Connection connection;

    /** Loads the benchmark's folder. */
    @Setup(Level.Trial)
    public void setUp(DuckDbBenchmark benchmark) throws SQLException {
      connection = DuckDbReport.open();
      DuckDbReport.load(connection, benchmark.dir);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  /** Loads every CSV file into a fresh in-memory database. */
  @Benchmark
  public Connection load() throws SQLException {
    long start = System.nanoTime();
    try (Connection c = DuckDbReport.open()) {
      DuckDbReport.load(c, dir);
      done("load", start);
      return c;
    }
  }

  /** Computes the tables on the tables loaded in setup. */
  @Benchmark
  public SortedMap<String, Long> query(Loaded loaded) throws SQLException {
    long start = System.nanoTime();
    SortedMap<String, Long> out = DuckDbReport.tables(loaded.connection, YEAR);
    done("query", start);
    return out;
  }

  /** Loads and computes, from the folder to the counts. */
  @Benchmark
  public SortedMap<String, Long> loadAndQuery() throws SQLException {
    long start = System.nanoTime();
    SortedMap<String, Long> out = DuckDbReport.compute(dir, YEAR);
    done("loadAndQuery", start);
    return out;
  }

  private void done(String name, long start) {
    lastName = name;
    lastNanos = System.nanoTime() - start;
  }

  /** Prints the iteration's time, the CSV throughput and the peak resident memory. */
  @TearDown(Level.Iteration)
  public void report() {
    if (lastName != null) {
      PrintStream out = System.out;
      out.printf(
          Locale.ROOT,
          "%n  duckdb %s %s: %.3f s (%.1f MB of CSV, %.1f MB/s), peak RSS %d MB%n",
          lastName,
          scale,
          lastNanos / 1e9,
          bytes / 1e6,
          bytes / 1e6 / (lastNanos / 1e9),
          PeakMemory.peakResidentMb());
    }
  }
}
