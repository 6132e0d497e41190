package be.terrain.benchmarks;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.Dimensions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
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
 * The block classifiers of the six built-in record dimensions that read one column of a table
 * ({@code contact_channel}, {@code accompaniment_domain}, {@code health_kind}, {@code nursing_act},
 * {@code paramedical_target}, {@code item}), as the engine's pass calls them: every row of each
 * table classified in blocks of 1,024 records, the six one after the other in the same JVM so that
 * any shared loop sees every column (house issue #12: does one generic classifier cost the report
 * the speed the six specialised ones were kept for?).
 *
 * <p>{@link #builtIn} runs the classifiers the built-in dimensions bind to; {@link #generic} runs
 * one generic classifier over a column accessor ({@link ColumnClassifier}), the merged form. The
 * dataset is the sample generated in memory (not timed).
 *
 * <p>Each iteration also prints the benchmark thread's CPU time per operation ({@code cpu us/op}):
 * on a machine shared with other work the wall time also counts the time spent waiting for a core,
 * the CPU time does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx2g"})
public class ClassifierBenchmark {
  private static final int BLOCK = 1024;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The sample scale: DEMO, S1 or S2. */
  @Param({"S1"})
  public String scale;

  private Classifier[] builtIn;
  private Classifier[] generic;
  private int[] sizes;
  private final int[] records = new int[BLOCK];
  private final int[] codes = new int[BLOCK];
  private long cpuNanos;
  private long ops;

  /** Generates the dataset in memory and binds the dimensions (not timed). */
  @Setup
  public void setUp() {
    Dataset d = SampleGenerator.dataset(Scale.named(scale), SampleFolders.seed());
    DimensionContext context = DimensionContext.of(d, Period.ofYear(ReportBenchmark.YEAR));
    Dimension[] dims = {
      Dimensions.CONTACT_CHANNEL,
      Dimensions.ACCOMPANIMENT_DOMAIN,
      Dimensions.HEALTH_KIND,
      Dimensions.NURSING_ACT,
      Dimensions.PARAMEDICAL_TARGET,
      Dimensions.ITEM
    };
    builtIn = new Classifier[dims.length];
    for (int i = 0; i < dims.length; i++) {
      builtIn[i] = dims[i].bind(context);
    }
    generic =
        new Classifier[] {
          new ColumnClassifier(d.contacts()::channel),
          new ColumnClassifier(d.accompaniments()::domain),
          new ColumnClassifier(d.health()::healthKind),
          new ColumnClassifier(d.health()::act),
          new ColumnClassifier(d.health()::target),
          new ColumnClassifier(d.distributions()::item)
        };
    sizes =
        new int[] {
          d.contacts().size(),
          d.accompaniments().size(),
          d.health().size(),
          d.health().size(),
          d.health().size(),
          d.distributions().size()
        };
  }

  /** The built-in dimensions' classifiers. */
  @Benchmark
  public long builtIn() {
    return classifyAll(builtIn);
  }

  /** One generic classifier over a column accessor. */
  @Benchmark
  public long generic() {
    return classifyAll(generic);
  }

  /** Prints the iteration's CPU time per operation of the benchmark thread. */
  @TearDown(Level.Iteration)
  public void printCpu() {
    if (ops > 0) {
      System.out.printf(Locale.ROOT, "  [cpu %.1f us/op over %d ops]%n", cpuNanos / 1e3 / ops, ops);
    }
    cpuNanos = 0;
    ops = 0;
  }

  private long classifyAll(Classifier[] classifiers) {
    long start = THREADS.getCurrentThreadCpuTime();
    long sum = 0;
    for (int k = 0; k < classifiers.length; k++) {
      Classifier c = classifiers[k];
      int size = sizes[k];
      for (int from = 0; from < size; from += BLOCK) {
        int n = Math.min(BLOCK, size - from);
        for (int i = 0; i < n; i++) {
          records[i] = from + i;
        }
        c.classify(records, n, codes);
        sum += codes[n - 1] + codes[n >>> 1];
      }
    }
    cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    ops++;
    return sum;
  }

  /** The merged form: one block loop for every column, the column read through an accessor. */
  static final class ColumnClassifier implements Classifier {
    private final IntUnaryOperator column;

    ColumnClassifier(IntUnaryOperator column) {
      this.column = column;
    }

    @Override
    public int code(int record) {
      return column.applyAsInt(record);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      IntUnaryOperator c = column;
      for (int i = 0; i < count; i++) {
        out[i] = c.applyAsInt(records[i]);
      }
    }
  }
}
