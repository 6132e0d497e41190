package be.terrain.core.spi;

import be.terrain.core.Problem;

/** Where a {@link DatasetRule} reports the problems it finds. Not thread-safe: one per check. */
@FunctionalInterface
public interface ProblemSink {
  /** Reports a problem. */
  void report(Problem problem);
}
