package be.terrain.benchmarks;

import be.terrain.cli.TerrainCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine;

/**
 * A contribution against the standard report as a member makes them (issue #14, "Speed"), warm: the
 * command line's {@code terrain contribute DIR --year 2020 --federation-key KEY --out c.json}
 * against {@code terrain report DIR --year 2020 --out r.json}, run in this JVM on the scale's
 * sample folder with linkage codes ({@link SampleFolders#ensureLinked}: read, validated, computed
 * and written, the contribution with its dataset's SHA-256). {@link FederationBenchmark} compares
 * the two computations alone, on a dataset already in memory; the processes themselves are compared
 * in {@code benchmarks/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class FederationFolderBenchmark {
  /** The sample scale: DEMO, S1 or S2 (its folder with linkage codes). */
  @Param({"S1"})
  public String scale;

  private Path dir;
  private Path tmp;

  /** Generates the linked folder if needed, writes the key (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = SampleFolders.ensureLinked(scale);
    tmp = Files.createTempDirectory("terrain-federation-folder-");
    Files.write(tmp.resolve("fdss.key"), FederationBenchmark.KEY_BYTES);
  }

  /** Deletes the outputs and the key. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    for (String f : new String[] {"c.json", "r.json", "fdss.key"}) {
      Files.deleteIfExists(tmp.resolve(f));
    }
    Files.deleteIfExists(tmp);
  }

  /** {@code terrain report DIR --year 2020 --out r.json}: the reference cost. */
  @Benchmark
  public int report() {
    return run("report", dir.toString(), "--year", year(), "--out", out("r.json"));
  }

  /** {@code terrain contribute DIR --year 2020 --federation-key KEY --out c.json}. */
  @Benchmark
  public int contribute() {
    return run(
        "contribute",
        dir.toString(),
        "--year",
        year(),
        "--federation-key",
        tmp.resolve("fdss.key").toString(),
        "--out",
        out("c.json"));
  }

  private static String year() {
    return Integer.toString(ReportBenchmark.YEAR);
  }

  private String out(String name) {
    return tmp.resolve(name).toString();
  }

  /** Runs one command as {@code bin/terrain} would, failing the benchmark unless it succeeds. */
  private static int run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = TerrainCli.commandLine(false);
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    if (exit != TerrainCli.OK) {
      throw new IllegalStateException("terrain " + args[0] + " exited " + exit + ": " + err);
    }
    return exit;
  }
}
