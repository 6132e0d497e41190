package be.terrain.benchmarks;

import be.terrain.core.ReadResult;
import be.terrain.json.JsonDatasetReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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
 * Terrain's JSON Lines reader on the sample dataset written as {@link SampleFolders#JSON_LINES},
 * read and fully validated, beside the raw FastCSV parse of the same dataset's CSV folder (issue
 * #3: JSON Lines at no less than half the speed of the CSV read, in records per second; compare
 * with {@link ReadCsvBenchmark#terrain} of the same session). The JSON Lines file is written once
 * in the trial setup when missing (that needs the dataset in memory: the fork's heap is larger than
 * the CSV benchmark's, and the peak memory printed includes the writing when it happened in that
 * fork).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ReadJsonLinesBenchmark {
  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Path file;
  private List<Path> csvFiles;
  private long jsonBytes;
  private long csvBytes;
  private JsonDatasetReader reader;
  private String lastName;
  private long lastNanos;
  private long lastBytes;
  private String lastNote = "";

  /** Writes the JSON Lines file if needed. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = SampleFolders.ensureJsonLines(scale);
    Path dir = file.getParent();
    csvFiles = SampleFolders.csvFiles(dir);
    csvBytes = SampleFolders.csvBytes(dir);
    jsonBytes = Files.size(file);
    reader = JsonDatasetReader.builder().today(ReadCsvBenchmark.TODAY).build();
  }

  /** The baseline: FastCSV 4.4 parsing the CSV folder of the same dataset. */
  @Benchmark
  public RawParsers.Counts fastCsv() throws IOException {
    long start = System.nanoTime();
    RawParsers.Counts c = RawParsers.fastCsv(csvFiles);
    done("fastCsv", start, csvBytes, "");
    return c;
  }

  /** Terrain: the JSON Lines file read into a dataset, every field and dataset rule checked. */
  @Benchmark
  public ReadResult terrain() {
    long start = System.nanoTime();
    ReadResult r = reader.read(file);
    done(
        "terrain",
        start,
        jsonBytes,
        r.validation().problems().size() + " problems, " + r.dataset());
    if (!r.isValid()) {
      throw new IllegalStateException(
          "the sample should be valid: " + r.validation().problems().get(0));
    }
    return r;
  }

  private void done(String name, long start, long bytes, String note) {
    lastName = name;
    lastNanos = System.nanoTime() - start;
    lastBytes = bytes;
    lastNote = note;
  }

  /** Prints the iteration's time, throughput and peak resident memory. */
  @TearDown(Level.Iteration)
  public void report() {
    if (lastName != null) {
      PrintStream out = System.out;
      out.printf(
          Locale.ROOT,
          "%n  jsonl %s %s: %.1f MB in %.3f s = %.1f MB/s, peak RSS %d MB, heap max %d MB %s%n",
          lastName,
          scale,
          lastBytes / 1e6,
          lastNanos / 1e9,
          lastBytes / 1e6 / (lastNanos / 1e9),
          PeakMemory.peakResidentMb(),
          Runtime.getRuntime().maxMemory() >> 20,
          lastNote);
    }
  }
}
