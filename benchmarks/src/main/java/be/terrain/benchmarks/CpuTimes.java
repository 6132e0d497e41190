package be.terrain.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of the process and of its Java threads, taken before and after a piece of work: shows
 * how much of the work ran on the calling thread and how much on the common fork-join pool's
 * workers (whether it used both cores), and its CPU time, which the load of other processes on a
 * shared machine inflates less than its wall time.
 */
public final class CpuTimes {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long wallStart;
  private final long processStart;
  private final long callerId;
  private final Map<Long, Long> threadStart;

  private CpuTimes() {
    callerId = Thread.currentThread().getId();
    threadStart = threadCpu();
    processStart = processCpuNanos();
    wallStart = System.nanoTime();
  }

  /** Starts measuring on the calling thread. */
  public static CpuTimes start() {
    return new CpuTimes();
  }

  /** Stops measuring: the work's wall and CPU times since {@link #start()}. */
  public Sample stop() {
    long wall = System.nanoTime() - wallStart;
    long process = processCpuNanos() - processStart;
    long caller = 0;
    long pool = 0;
    long other = 0;
    if (THREADS.isThreadCpuTimeSupported()) {
      for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        long now = THREADS.getThreadCpuTime(info.getThreadId());
        if (now < 0) {
          continue;
        }
        long delta = now - threadStart.getOrDefault(info.getThreadId(), 0L);
        if (info.getThreadId() == callerId) {
          caller += delta;
        } else if (info.getThreadName().startsWith("ForkJoinPool.commonPool-worker")) {
          pool += delta;
        } else {
          other += delta;
        }
      }
    }
    return new Sample(wall, process, caller, pool, other);
  }

  /**
   * What a piece of work took, in nanoseconds.
   *
   * @param wallNanos elapsed time
   * @param processNanos CPU time of the whole process (every thread, the JVM's GC and compiler
   *     threads included); -1 where unknown
   * @param callerNanos CPU time of the thread that started the work
   * @param poolNanos CPU time of the common fork-join pool's workers
   * @param otherJavaNanos CPU time of the other Java threads
   */
  public record Sample(
      long wallNanos, long processNanos, long callerNanos, long poolNanos, long otherJavaNanos) {

    /** The process's CPU time over the wall time: about 2 when the work kept two cores busy. */
    public double coresUsed() {
      return processNanos < 0 ? Double.NaN : (double) processNanos / wallNanos;
    }

    /** One line: wall, process CPU, cores used, and the split between caller and pool. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "wall %.3f s, process CPU %.3f s (%.2f cores): calling thread %.3f s, fork-join pool"
              + " %.3f s, other Java threads %.3f s, JVM (GC, JIT) %.3f s",
          wallNanos / 1e9,
          processNanos / 1e9,
          coresUsed(),
          callerNanos / 1e9,
          poolNanos / 1e9,
          otherJavaNanos / 1e9,
          Math.max(0, processNanos - callerNanos - poolNanos - otherJavaNanos) / 1e9);
    }
  }

  private static Map<Long, Long> threadCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    if (THREADS.isThreadCpuTimeSupported()) {
      for (long id : THREADS.getAllThreadIds()) {
        long t = THREADS.getThreadCpuTime(id);
        if (t >= 0) {
          cpu.put(id, t);
        }
      }
    }
    return cpu;
  }

  /** The CPU time of the whole process, or -1 where unknown. */
  public static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
