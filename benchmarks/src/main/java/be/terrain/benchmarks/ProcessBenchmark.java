package be.terrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a user waits for: whole processes, each a fresh JVM, timed by the operating system and
 * paired (issue #13). For each scale it runs {@code bin/terrain report DIR --year 2020 --out ...}
 * against a DuckDB process doing the same job ({@link DuckDbProcess}), and {@code bin/terrain
 * validate DIR} against the raw FastCSV parse of the same files ({@link RawParseProcess}): one
 * warm-up of each, then n runs of each, alternating which goes first, and prints wall, CPU and peak
 * RSS medians with their ranges, and the median of the pairs' wall ratios with the number of pairs
 * over the goal. On demand only (never in the build).
 *
 * <p>Usage (from the repository root, after building {@code benchmarks.jar} with {@code -P bench}
 * and the shaded {@code cli/target/terrain.jar}): {@code java -cp benchmarks/target/benchmarks.jar
 * be.terrain.benchmarks.ProcessBenchmark [--data /tmp/terrain-data] [--scales S1,S2] [--n 5]
 * [--jobs report,validate] [--terrain bin/terrain] [--a "cmd {dir}"] [--b "cmd {dir}"]}. {@code
 * --a} and {@code --b} replace the two commands of every job (words split at spaces, {@code {dir}}
 * the folder, {@code {java}} this JVM, {@code {cp}} this class path), to pair any two commands.
 */
public final class ProcessBenchmark {
  private ProcessBenchmark() {}

  /**
   * Runs the pairs.
   *
   * @param args the options above
   * @throws IOException when a process cannot run or fails
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("data", System.getProperty("terrain.data", "/tmp/terrain-data"));
    o.put("scales", "S1,S2");
    o.put("n", "5");
    o.put("jobs", "report,validate");
    o.put("terrain", "bin/terrain");
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int n = Integer.parseInt(o.get("n"));
    Path log = Files.createTempFile("terrain-process-benchmark", ".log");
    Path out = Files.createTempDirectory("terrain-process-benchmark");
    System.out.printf("machine: %d cores, load %s; child output in %s%n", cores(), load(), log);
    for (String scale : o.get("scales").split(",")) {
      Path dir = Path.of(o.get("data"), scale);
      for (String job : o.get("jobs").split(",")) {
        List<String> a = command(o, "a", job, dir, out, true);
        List<String> b = command(o, "b", job, dir, out, false);
        double goal = job.equals("validate") ? 1.5 : scale.equals("S1") ? 1.0 : 0.75;
        pairs(scale + " " + job, a, b, n, goal, log);
      }
    }
  }

  private static List<String> command(
      Map<String, String> o, String side, String job, Path dir, Path out, boolean terrain) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("java.class.path");
    String given = o.get(side);
    if (given != null) {
      List<String> words = new ArrayList<>();
      for (String w : given.trim().split("\\s+")) {
        words.add(w.replace("{dir}", dir.toString()).replace("{java}", java).replace("{cp}", cp));
      }
      return words;
    }
    String t = o.get("terrain");
    return switch (job + (terrain ? "/terrain" : "/other")) {
      case "report/terrain" ->
          List.of(t, "report", dir.toString(), "--year", "2020", "--out", out + "/r.json");
      case "report/other" ->
          List.of(java, "-cp", cp, DuckDbProcess.class.getName(), dir.toString(), "2020");
      case "validate/terrain" -> List.of(t, "validate", dir.toString(), "--today", "2026-01-01");
      case "validate/other" ->
          List.of(java, "-cp", cp, RawParseProcess.class.getName(), dir.toString());
      default -> throw new IllegalArgumentException("no job " + job);
    };
  }

  private static void pairs(
      String title, List<String> a, List<String> b, int n, double goal, Path log)
      throws IOException {
    System.out.printf("%n== %s (goal: A/B wall <= %.2f)%nA: %s%nB: %s%n", title, goal, a, b);
    ProcessRun.of(a, log);
    ProcessRun.of(b, log);
    List<ProcessRun> as = new ArrayList<>();
    List<ProcessRun> bs = new ArrayList<>();
    double[] ratios = new double[n];
    for (int i = 0; i < n; i++) {
      ProcessRun ra;
      ProcessRun rb;
      if (i % 2 == 0) {
        ra = ProcessRun.of(a, log);
        rb = ProcessRun.of(b, log);
      } else {
        rb = ProcessRun.of(b, log);
        ra = ProcessRun.of(a, log);
      }
      as.add(ra);
      bs.add(rb);
      ratios[i] = ra.wallSeconds() / rb.wallSeconds();
      System.out.printf(
          Locale.ROOT,
          "pair %d: A %.2f s wall, %.2f s CPU, %.0f MB | B %.2f s wall, %.2f s CPU, %.0f MB |"
              + " ratio %.2f (load %s)%n",
          i + 1,
          ra.wallSeconds(),
          ra.cpuSeconds(),
          ra.peakRssMb(),
          rb.wallSeconds(),
          rb.cpuSeconds(),
          rb.peakRssMb(),
          ratios[i],
          load());
    }
    summary("A", as);
    summary("B", bs);
    long over = Arrays.stream(ratios).filter(r -> r > goal).count();
    System.out.printf(
        Locale.ROOT,
        "wall ratio A/B: median %.2f (%.2f to %.2f); %d of %d pairs over %.2f%n",
        median(ratios),
        Arrays.stream(ratios).min().orElse(0),
        Arrays.stream(ratios).max().orElse(0),
        over,
        n,
        goal);
  }

  private static void summary(String side, List<ProcessRun> runs) {
    double[] wall = runs.stream().mapToDouble(ProcessRun::wallSeconds).toArray();
    double[] cpu = runs.stream().mapToDouble(ProcessRun::cpuSeconds).toArray();
    double[] rss = runs.stream().mapToDouble(ProcessRun::peakRssMb).toArray();
    System.out.printf(
        Locale.ROOT,
        "%s: wall %s s, CPU %s s, peak RSS %s MB%n",
        side,
        range(wall, "%.2f"),
        range(cpu, "%.2f"),
        range(rss, "%.0f"));
  }

  private static String range(double[] v, String f) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(
        Locale.ROOT, f + " (" + f + " to " + f + ")", median(s), s[0], s[s.length - 1]);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
