package be.terrain.benchmarks;

import be.terrain.core.ReadResult;
import be.terrain.csv.CsvDatasetReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Terrain's CSV reader on a sample folder, read and fully validated into a {@link ReadResult},
 * against the raw FastCSV parse of the same files in the same run (issue #3: at most 1.5 times the
 * parse, peak resident memory under 1.5 GB at S2). Each iteration prints its time, its MB/s and the
 * fork's peak resident memory so far; JMH runs each method in its own fork, so the peak is that
 * method's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1200m"})
public class ReadCsvBenchmark {
  /** The day the sample is read on (after its last activity). */
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Path dir;
  private List<Path> files;
  private long bytes;
  private CsvDatasetReader reader;
  private String lastName;
  private long lastNanos;
  private String lastNote = "";

  /** Generates the folder if needed. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = SampleFolders.ensure(scale);
    files = SampleFolders.csvFiles(dir);
    bytes = SampleFolders.csvBytes(dir);
    reader = CsvDatasetReader.builder().today(TODAY).build();
  }

  /** The baseline: FastCSV 4.4 parsing every file, single-threaded, cells touched. */
  @Benchmark
  public RawParsers.Counts fastCsv() throws IOException {
    long start = System.nanoTime();
    RawParsers.Counts c = RawParsers.fastCsv(files);
    done("fastCsv", start, "");
    return c;
  }

  /** Terrain: the folder read into a dataset, every field and dataset rule checked. */
  @Benchmark
  public ReadResult terrain() {
    long start = System.nanoTime();
    ReadResult r = reader.read(dir);
    done("terrain", start, r.validation().problems().size() + " problems, " + r.dataset());
    if (!r.isValid()) {
      throw new IllegalStateException(
          "the sample should be valid: " + r.validation().problems().get(0));
    }
    return r;
  }

  private void done(String name, long start, String note) {
    lastName = name;
    lastNanos = System.nanoTime() - start;
    lastNote = note;
  }

  /** Prints the iteration's time, throughput and peak resident memory. */
  @TearDown(Level.Iteration)
  public void report() {
    if (lastName != null) {
      PrintStream out = System.out;
      out.printf(
          Locale.ROOT,
          "%n  csv %s %s: %.1f MB in %.3f s = %.1f MB/s, peak RSS %d MB, heap max %d MB %s%n",
          lastName,
          scale,
          bytes / 1e6,
          lastNanos / 1e9,
          bytes / 1e6 / (lastNanos / 1e9),
          PeakMemory.peakResidentMb(),
          Runtime.getRuntime().maxMemory() >> 20,
          lastNote);
    }
  }
}
