package be.terrain.benchmarks;

import be.terrain.core.Dataset;
import be.terrain.core.rules.Breach;
import be.terrain.core.rules.DistributionDesk;
import be.terrain.core.rules.Handout;
import be.terrain.core.rules.HandoutAnswer;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.Violation;
import be.terrain.core.rules.ViolationKind;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The distribution rules on a large ledger (issue #5): the full check of a ledger of ten million
 * rows against three rules ({@link RulesCheck#of}), and the hand-out question a desk answers at
 * every hand-out ({@link DistributionDesk#check}). The ledger is built in memory by {@link
 * RulesLedger} in the trial setup (not timed).
 *
 * <p>{@link #fullCheck} is single-shot: one check per iteration, printed in rows/s (rows of the
 * whole ledger, every item). {@link #handoutQuestion} asks a million pre-made questions per
 * invocation and is scored in µs per question. Each iteration prints its figures, the CPU time they
 * took (a figure the load of other processes inflates less than wall time) and the peak resident
 * memory so far ({@code VmHWM}).
 *
 * <p>Memory: the 10M-row dataset holds about 0.5 GB of heap once built, but building it needs more
 * ({@code -Xmx1g} runs out of memory in {@code DatasetBuilder.build}; {@code -Xmx2g} is enough):
 * the fork runs with {@code -Xmx3g}, and peaks at about 1.5 to 2.3 GB resident (see the module's
 * README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class RulesBenchmark {
  /** The questions asked per invocation of {@link #handoutQuestion}. */
  public static final int QUESTIONS = 1_000_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The seed of the ledger and of the questions. */
  public static final long SEED = 2021;

  /** The rows of the ledger. */
  @Param({"10000000"})
  public int rows;

  /** The persons of the ledger. */
  @Param({"200000"})
  public int persons;

  private RulesLedger ledger;
  private Dataset dataset;
  private RuleSet rules;
  private final LocalDate asOf = RulesLedger.LAST_DAY;

  private RulesCheck lastCheck;
  private long lastNanos;
  private long lastCpuNanos;
  private boolean summarised;

  /** Builds the ledger and the rules (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    long start = System.nanoTime();
    ledger = new RulesLedger(rows, persons, SEED);
    dataset = ledger.dataset();
    rules = ledger.rules();
    long built = System.nanoTime() - start;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "%n  ledger: %,d distribution rows (%,d acts), %,d persons, built in %.1f s;"
            + " heap used after GC %d MB, peak RSS %d MB%n  rules: %s%n",
        dataset.distributions().size(),
        ledger.acts(),
        dataset.persons().size(),
        built / 1e9,
        (rt.totalMemory() - rt.freeMemory()) >> 20,
        PeakMemory.peakResidentMb(),
        rules);
  }

  /** A desk opened on the ledger, and the questions to ask it, for {@link #handoutQuestion}. */
  @State(Scope.Benchmark)
  public static class Desk {
    private DistributionDesk desk;
    private Handout[] questions;
    private long nanos;
    private long cpuNanos;
    private long asked;

    /** Opens the desk as of the ledger's last day and makes the questions (not timed). */
    @Setup(Level.Trial)
    public void setUp(RulesBenchmark benchmark) {
      long start = System.nanoTime();
      desk = DistributionDesk.open(benchmark.dataset, benchmark.rules, benchmark.asOf);
      long opened = System.nanoTime() - start;
      questions = benchmark.ledger.questions(QUESTIONS, SEED + 1);
      int refused = 0;
      Map<ViolationKind, Integer> kinds = new EnumMap<>(ViolationKind.class);
      for (Handout h : questions) {
        HandoutAnswer a = desk.check(h);
        if (!a.isAllowed()) {
          refused++;
          for (Breach b : a.breaches()) {
            kinds.merge(b.kind(), 1, Integer::sum);
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%n  desk opened on %,d rows in %.2f s; of %,d questions %,d (%.1f%%) are refused: %s;"
              + " peak RSS %d MB%n",
          benchmark.dataset.distributions().size(),
          opened / 1e9,
          questions.length,
          refused,
          100.0 * refused / questions.length,
          kinds,
          PeakMemory.peakResidentMb());
    }

    /** Prints the questions per second of the iteration. */
    @TearDown(Level.Iteration)
    public void report() {
      if (asked > 0) {
        double seconds = nanos / 1e9;
        System.out.printf(
            Locale.ROOT,
            "%n  handoutQuestion: %,d questions in %.3f s: %.3f µs/question, %,.0f questions/s"
                + " (CPU %.3f µs/question), peak RSS %d MB%n",
            asked,
            seconds,
            seconds * 1e6 / asked,
            asked / seconds,
            cpuNanos / 1e3 / asked,
            PeakMemory.peakResidentMb());
      }
      nanos = 0;
      cpuNanos = 0;
      asked = 0;
    }
  }

  /** Checks the whole ledger against the three rules as of its last day. */
  @Benchmark
  public RulesCheck fullCheck() {
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    RulesCheck check = RulesCheck.of(dataset, rules, asOf);
    lastNanos = System.nanoTime() - start;
    lastCpuNanos = processCpuNanos() - cpu;
    lastCheck = check;
    return check;
  }

  /** Asks the desk a million hand-out questions; the score is per question. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @OperationsPerInvocation(QUESTIONS)
  @Warmup(iterations = 1, time = 5)
  @Measurement(iterations = 3, time = 5)
  public void handoutQuestion(Desk desk, Blackhole bh) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    DistributionDesk d = desk.desk;
    for (Handout h : desk.questions) {
      bh.consume(d.check(h));
    }
    desk.nanos += System.nanoTime() - start;
    desk.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    desk.asked += desk.questions.length;
  }

  /** Prints the check's time in rows/s, and once what it found. */
  @TearDown(Level.Iteration)
  public void report() {
    if (lastCheck == null) {
      return;
    }
    PrintStream out = System.out;
    int n = dataset.distributions().size();
    out.printf(
        Locale.ROOT,
        "%n  fullCheck: %,d rows x %d rules in %.3f s: %,.0f rows/s (process CPU %.3f s),"
            + " peak RSS %d MB%n",
        n,
        rules.size(),
        lastNanos / 1e9,
        n / (lastNanos / 1e9),
        lastCpuNanos / 1e9,
        PeakMemory.peakResidentMb());
    if (!summarised) {
      summarised = true;
      for (RuleResult r : lastCheck.rules()) {
        Map<ViolationKind, Integer> kinds = new EnumMap<>(ViolationKind.class);
        for (Violation v : r.violations()) {
          kinds.merge(v.kind(), 1, Integer::sum);
        }
        out.printf(
            Locale.ROOT,
            "  %s: %,d units, %,d persons, spent %,d cents, left %s, runs out on %s;"
                + " %,d violations %s%n",
            r.id(),
            r.units(),
            r.persons(),
            r.spentCents(),
            r.leftCents().isPresent()
                ? String.format(Locale.ROOT, "%,d", r.leftCents().getAsLong())
                : "-",
            r.plan().runsOutOn().map(LocalDate::toString).orElse("-"),
            r.violations().size(),
            kinds);
      }
    }
    lastCheck = null;
  }

  /**
   * The CPU time of the whole process (every thread, GC included), which the load of other
   * processes on the machine does not inflate as it does wall time; -1 where unknown.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  /** Prints the trial's peak resident memory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf(
        Locale.ROOT, "%n  trial peak RSS (VmHWM) %d MB%n", PeakMemory.peakResidentMb());
  }
}
