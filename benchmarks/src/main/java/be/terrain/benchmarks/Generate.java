package be.terrain.benchmarks;

import be.terrain.cli.sample.SampleGenerator;
import be.terrain.cli.sample.Scale;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a sample CSV folder once, for the benchmarks to read: {@code java -cp
 * benchmarks/target/benchmarks.jar be.terrain.benchmarks.Generate S2 /tmp/terrain-data/S2 [SEED]}.
 * A folder that already holds the same scale, seed and generator version is left as it is.
 */
public final class Generate {
  private Generate() {}

  /**
   * Runs the generator.
   *
   * @param args {@code SCALE DIR [SEED]}, SCALE one of DEMO, S1, S2
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    if (args.length < 2 || args.length > 3) {
      out.println("usage: Generate DEMO|S1|S2 DIR [SEED]");
      System.exit(2);
    }
    Scale scale = Scale.named(args[0]);
    Path dir = Path.of(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : SampleGenerator.DEFAULT_SEED;
    boolean present = SampleFolders.matches(dir, scale, seed);
    long start = System.nanoTime();
    SampleFolders.ensure(dir, scale, seed);
    double seconds = (System.nanoTime() - start) / 1e9;
    double mb = SampleFolders.csvBytes(dir) / 1e6;
    out.printf(
        Locale.ROOT,
        "%s: %s seed %d, %d rows, %.1f MB of CSV%s%n",
        dir,
        scale.name(),
        seed,
        scale.totalRows(),
        mb,
        present ? " (already there)" : String.format(Locale.ROOT, ", written in %.1f s", seconds));
  }
}
