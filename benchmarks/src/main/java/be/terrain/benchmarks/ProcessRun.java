package be.terrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a command as a child process, measured by the operating system: wall time, CPU time
 * (user + system of the process and every process it waited for) and peak resident memory. Uses
 * {@code /usr/bin/time} (GNU time: {@code getrusage} of the child) where installed; else polls the
 * child's {@code /proc/<pid>/stat} and {@code status} every 10 ms (CPU and {@code VmHWM} as last
 * seen, so slightly under).
 *
 * @param wallSeconds from start to exit, as this process saw it
 * @param cpuSeconds user + system
 * @param peakRssMb the peak resident set size
 */
public record ProcessRun(double wallSeconds, double cpuSeconds, double peakRssMb) {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final double TICK = 100.0; // USER_HZ on Linux

  /**
   * Runs the command to its end, its output to a log file (appended).
   *
   * @throws IOException when it cannot start, or exits with a non-zero status
   */
  public static ProcessRun of(List<String> command, Path log) throws IOException {
    boolean gnu = Files.isExecutable(GNU_TIME);
    Path times = Files.createTempFile("terrain-run", ".time");
    List<String> full = new ArrayList<>();
    if (gnu) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
    }
    full.addAll(command);
    ProcessBuilder pb =
        new ProcessBuilder(full)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    Process p = pb.start();
    double[] polled = {0, 0};
    try {
      while (!p.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!gnu) {
          poll(p.pid(), polled);
        }
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    try {
      if (p.exitValue() != 0) {
        throw new IOException("exit " + p.exitValue() + " from " + command + "; see " + log);
      }
      if (!gnu) {
        return new ProcessRun(wall, polled[0], polled[1]);
      }
      String[] f = Files.readString(times).trim().split("\\s+");
      // GNU time may print a line before the figures (e.g. "Command exited..."): take the last four
      int n = f.length;
      double cpu = Double.parseDouble(f[n - 3]) + Double.parseDouble(f[n - 2]);
      return new ProcessRun(wall, cpu, Double.parseDouble(f[n - 1]) / 1024);
    } finally {
      Files.deleteIfExists(times);
    }
  }

  /** Reads CPU seconds and peak RSS (MB) of a live process into {@code out}; keeps the last. */
  private static void poll(long pid, double[] out) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      out[0] = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICK;
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          out[1] = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between two polls: keep what was seen
    }
  }
}
