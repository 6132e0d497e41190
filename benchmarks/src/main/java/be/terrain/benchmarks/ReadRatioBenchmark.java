package be.terrain.benchmarks;

import be.terrain.core.ReadResult;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.json.JsonDatasetReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The ratios of issue #3, measured in pairs: each iteration times both reads of a pair one right
 * after the other, in the same JVM, and the trial prints the median of the iterations' ratios.
 *
 * <p>Why pairs: on a shared machine the speed drifts by ±20 % or more from one minute to the next.
 * {@link ReadCsvBenchmark}'s two methods run in two forks, minutes apart, so the ratio of their
 * means carries that drift. A pair's two reads are seconds apart, and the order alternates from one
 * iteration to the next, so that neither read always comes first. The score JMH reports (both reads
 * together) is not the figure: the printed ratios are.
 *
 * <ul>
 *   <li>{@link #csvAgainstFastCsv}: Terrain's CSV read and full validation, against the raw FastCSV
 *       parse of the same files (goal: at most 1.5).
 *   <li>{@link #jsonLinesAgainstCsv}: Terrain's JSON Lines read, against its CSV read of the same
 *       dataset (goal: at most 2, "no less than half the CSV speed").
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class ReadRatioBenchmark {
  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Path dir;
  private Path jsonLines;
  private List<Path> files;
  private CsvDatasetReader csv;
  private JsonDatasetReader json;
  private int iteration;
  private String pair;
  private boolean measuring;
  private final List<Double> ratios = new ArrayList<>();

  /** The last raw parse's counts, kept so that the parse is not optimised away. */
  private RawParsers.Counts parsed;

  /** Generates the sample if needed (the JSON Lines file only for the JSON Lines pair). */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws IOException {
    dir = SampleFolders.ensure(scale);
    files = SampleFolders.csvFiles(dir);
    csv = CsvDatasetReader.builder().today(ReadCsvBenchmark.TODAY).build();
    json = JsonDatasetReader.builder().today(ReadCsvBenchmark.TODAY).build();
    if (params.getBenchmark().endsWith("jsonLinesAgainstCsv")) {
      jsonLines = SampleFolders.ensureJsonLines(scale);
    }
  }

  /** Whether this iteration is measured (its ratio counts) or a warm-up. */
  @Setup(Level.Iteration)
  public void iteration(IterationParams params) {
    boolean measured = params.getType() == IterationType.MEASUREMENT;
    if (measured && !measuring) {
      iteration = 0; // the measured pairs alternate from the first one on
    }
    measuring = measured;
  }

  /** The raw FastCSV parse and Terrain's CSV read, one after the other. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx1200m"})
  public long csvAgainstFastCsv() throws IOException {
    pair = "csv/fastCsv";
    long parse = 0;
    boolean parseFirst = iteration++ % 2 == 0;
    if (parseFirst) {
      parse = timeFastCsv();
    }
    long read = time(() -> csv.read(dir));
    if (!parseFirst) {
      parse = timeFastCsv();
    }
    return record("terrain csv", read, "fastCsv", parse);
  }

  /** Terrain's CSV read and its JSON Lines read of the same dataset, one after the other. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx3g"})
  public long jsonLinesAgainstCsv() {
    pair = "jsonl/csv";
    long csvRead = 0;
    boolean csvFirst = iteration++ % 2 == 0;
    if (csvFirst) {
      csvRead = time(() -> csv.read(dir));
    }
    long jsonRead = time(() -> json.read(jsonLines));
    if (!csvFirst) {
      csvRead = time(() -> csv.read(dir));
    }
    return record("terrain jsonl", jsonRead, "terrain csv", csvRead);
  }

  private long timeFastCsv() throws IOException {
    long start = System.nanoTime();
    parsed = RawParsers.fastCsv(files);
    return System.nanoTime() - start;
  }

  private static long time(Supplier<ReadResult> read) {
    long start = System.nanoTime();
    ReadResult r = read.get();
    long nanos = System.nanoTime() - start;
    if (!r.isValid()) {
      throw new IllegalStateException(
          "the sample should be valid: " + r.validation().problems().get(0));
    }
    return nanos;
  }

  private long record(String name, long nanos, String baseName, long baseNanos) {
    double ratio = (double) nanos / baseNanos;
    if (measuring) {
      ratios.add(ratio);
    }
    System.out.printf(
        Locale.ROOT,
        "%n  %s %s: %.3f s, %s %.3f s, ratio %.2f, peak RSS %d MB%n",
        name,
        scale,
        nanos / 1e9,
        baseName,
        baseNanos / 1e9,
        ratio,
        PeakMemory.peakResidentMb());
    return nanos + baseNanos;
  }

  /** Prints the median, lowest and highest ratio of the measured iterations. */
  @TearDown(Level.Trial)
  public void summary() {
    if (ratios.isEmpty()) {
      return;
    }
    List<Double> sorted = new ArrayList<>(ratios);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%n  ratio %s %s: median %.2f (%.2f to %.2f) over %d pairs%n",
        pair,
        scale,
        median,
        sorted.get(0),
        sorted.get(n - 1),
        n);
  }
}
