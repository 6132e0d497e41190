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

  /** Counts over the words {@code [from, to)} of the person sets. */
  @FunctionalInterface
  interface WordCounts {
    long[] count(int from, int to);
  }

  /**
   * Counts over {@code words} words of person sets cut into chunks of at least 256 words (at most
   * four per core), on every core, and adds the chunks' counts up.
   */
  static long[] sumOverWords(int words, WordCounts body) {
    int chunks = Math.max(1, Math.min(cores() * 4, words / 256));
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(i -> body.count(words * i / chunks, words * (i + 1) / chunks))
        .reduce(
            (x, y) -> {
              for (int i = 0; i < x.length; i++) {
                x[i] += y[i];
              }
              return x;
            })
        .orElseThrow();
  }
}
