package be.terrain.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two pieces of work timed in pairs in one JVM, the order alternating, for a loaded shared machine
 * where the wall times of separate JMH runs drift: after the warm-up pairs, each pair keeps the
 * ratio of the second's process CPU (and wall) time to the first's; prints each pair and the
 * medians with their ranges. Used by {@link QualityCpuPairs} and {@link FederationCpuPairs}.
 */
final class CpuPairs {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuPairs() {}

  /** Times {@code first} and {@code second}, named as given, and prints the figures. */
  static void run(
      String label,
      String firstName,
      Runnable first,
      String secondName,
      Runnable second,
      int pairs,
      int warmUps) {
    for (int i = 0; i < warmUps; i++) {
      first.run();
      second.run();
    }
    List<Double> cpuRatios = new ArrayList<>();
    List<Double> wallRatios = new ArrayList<>();
    List<Double> firstCpu = new ArrayList<>();
    List<Double> secondCpu = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      double[] a;
      double[] b;
      if (i % 2 == 0) {
        a = time(first);
        b = time(second);
      } else {
        b = time(second);
        a = time(first);
      }
      cpuRatios.add(b[0] / a[0]);
      wallRatios.add(b[1] / a[1]);
      firstCpu.add(a[0]);
      secondCpu.add(b[0]);
      System.out.printf(
          Locale.ROOT,
          "pair %d: %s cpu %.3f s wall %.3f s | %s cpu %.3f s wall %.3f s%n",
          i,
          firstName,
          a[0],
          a[1],
          secondName,
          b[0],
          b[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d pairs after %d warm-up pairs: %s cpu s %s; %s cpu s %s; ratio cpu %s; ratio wall %s%n",
        label,
        pairs,
        warmUps,
        firstName,
        median(firstCpu),
        secondName,
        median(secondCpu),
        median(cpuRatios),
        median(wallRatios));
  }

  private static String median(List<Double> values) {
    List<Double> s = new ArrayList<>(values);
    Collections.sort(s);
    return String.format(
        Locale.ROOT, "%.3f (%.3f-%.3f)", s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
  }

  /** The process CPU seconds and the wall seconds of a run. */
  private static double[] time(Runnable work) {
    long cpu = OS.getProcessCpuTime();
    long wall = System.nanoTime();
    work.run();
    return new double[] {(OS.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
  }
}
