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
 * {@code --c "cmd {dir}"} adds a third command to every round (Terrain's previous build, say, with
 * {@code {job}} the job's arguments), run in turn with the other two (the order rotates from round
 * to round), so that one run gives A/B (the goal), C/B and A/C (before and after), pair by pair.
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
        List<String> c = o.containsKey("c") ? command(o, "c", job, dir, out, true) : null;
        double goal = job.equals("validate") ? 1.5 : scale.equals("S1") ? 1.0 : 0.75;
        pairs(scale + " " + job, a, b, c, n, goal, log);
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
        if (w.equals("{job}")) {
          List<String> own = command(Map.of("terrain", "-"), "-", job, dir, out, true);
          words.addAll(own.subList(1, own.size()));
          continue;
        }
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
      String title, List<String> a, List<String> b, List<String> c, int n, double goal, Path log)
      throws IOException {
    System.out.printf("%n== %s (goal: A/B wall <= %.2f)%nA: %s%nB: %s%n", title, goal, a, b);
    List<List<String>> sides = new ArrayList<>(List.of(a, b));
    if (c != null) {
      System.out.printf("C: %s%n", c);
      sides.add(c);
    }
    for (List<String> side : sides) {
      ProcessRun.of(side, log);
    }
    List<List<ProcessRun>> runs = new ArrayList<>();
    sides.forEach(side -> runs.add(new ArrayList<>()));
    double[] ratios = new double[n];
    double[] cb = new double[n];
    double[] ac = new double[n];
    for (int i = 0; i < n; i++) {
      // the order rotates: A B (C), then B (C) A, then (C) A B...
      ProcessRun[] round = new ProcessRun[sides.size()];
      for (int k = 0; k < sides.size(); k++) {
        int s = (i + k) % sides.size();
        round[s] = ProcessRun.of(sides.get(s), log);
      }
      StringBuilder line = new StringBuilder("pair " + (i + 1) + ":");
      for (int s = 0; s < round.length; s++) {
        runs.get(s).add(round[s]);
        line.append(
            String.format(
                Locale.ROOT,
                " %s %.2f s wall, %.2f s CPU, %.0f MB |",
                "ABC".charAt(s),
                round[s].wallSeconds(),
                round[s].cpuSeconds(),
                round[s].peakRssMb()));
      }
      ratios[i] = round[0].wallSeconds() / round[1].wallSeconds();
      line.append(String.format(Locale.ROOT, " A/B %.2f", ratios[i]));
      if (c != null) {
        cb[i] = round[2].wallSeconds() / round[1].wallSeconds();
        ac[i] = round[0].wallSeconds() / round[2].wallSeconds();
        line.append(
            String.format(
                Locale.ROOT,
                ", C/B %.2f, A/C %.2f wall, A/C %.2f CPU",
                cb[i],
                ac[i],
                round[0].cpuSeconds() / round[2].cpuSeconds()));
      }
      System.out.println(line.append(" (load ").append(load()).append(')'));
    }
    for (int s = 0; s < sides.size(); s++) {
      summary(String.valueOf("ABC".charAt(s)), runs.get(s));
    }
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
    if (c != null) {
      long cOver = Arrays.stream(cb).filter(r -> r > goal).count();
      System.out.printf(
          Locale.ROOT,
          "wall ratio C/B: %s; %d of %d pairs over %.2f%nwall ratio A/C: %s%n",
          range(cb, "%.2f"),
          cOver,
          n,
          goal,
          range(ac, "%.2f"));
    }
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
