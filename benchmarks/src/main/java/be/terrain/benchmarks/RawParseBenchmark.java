package be.terrain.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * How fast the CSV files of a sample folder can be parsed at all, single-threaded: FastCSV, Jackson
 * CSV, and reading every byte. Terrain's reader is measured against the FastCSV figure of the same
 * run. One invocation reads the whole folder; each iteration prints its MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RawParseBenchmark {
  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private List<Path> files;
  private long bytes;
  private String lastName;
  private long lastNanos;

  /** Generates the folder if needed. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = SampleFolders.ensure(scale);
    files = SampleFolders.csvFiles(dir);
    bytes = SampleFolders.csvBytes(dir);
  }

  /** FastCSV 4.4. */
  @Benchmark
  public RawParsers.Counts fastCsv() throws IOException {
    long start = System.nanoTime();
    RawParsers.Counts c = RawParsers.fastCsv(files);
    done("fastCsv", start);
    return c;
  }

  /** Jackson CSV 3.3, token stream. */
  @Benchmark
  public RawParsers.Counts jacksonCsv() {
    long start = System.nanoTime();
    RawParsers.Counts c = RawParsers.jackson(files);
    done("jacksonCsv", start);
    return c;
  }

  /** Every byte read, line feeds counted. */
  @Benchmark
  public RawParsers.Counts readBytes() throws IOException {
    long start = System.nanoTime();
    RawParsers.Counts c = RawParsers.bytes(files);
    done("readBytes", start);
    return c;
  }

  private void done(String name, long start) {
    lastName = name;
    lastNanos = System.nanoTime() - start;
  }

  /** Prints the iteration's throughput. */
  @TearDown(Level.Iteration)
  public void report() {
    if (lastName != null) {
      PrintStream out = System.out;
      out.printf(
          Locale.ROOT,
          "%n  %s %s: %.1f MB in %.3f s = %.1f MB/s%n",
          lastName,
          scale,
          bytes / 1e6,
          lastNanos / 1e9,
          bytes / 1e6 / (lastNanos / 1e9));
    }
  }
}
