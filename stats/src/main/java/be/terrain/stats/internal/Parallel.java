package be.terrain.stats.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** Splits loops over ranges across the cores of the common fork-join pool. */
final class Parallel {
  private Parallel() {}

  /** A loop body over {@code [from, to)}. */
  @FunctionalInterface
  interface Range {
    void run(int from, int to);
  }

  /** The number of cores the common pool computes on (its workers and the calling thread). */
  static int cores() {
    return ForkJoinPool.getCommonPoolParallelism() + 1;
  }

  /**
   * Runs the body over {@code [0, size)} split into at most {@link #cores()} ranges of at least
   * {@code minimum} elements; returns when all are done.
   */
  static void ranges(int size, int minimum, Range body) {
    int k = (int) Math.max(1, Math.min(cores(), (long) size / Math.max(1, minimum)));
    if (k == 1) {
      body.run(0, size);
      return;
    }
    IntStream.range(0, k)
        .parallel()
        .forEach(i -> body.run((int) ((long) size * i / k), (int) ((long) size * (i + 1) / k)));
  }
}
