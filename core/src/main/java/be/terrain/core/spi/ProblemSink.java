package be.terrain.core.spi;

import be.terrain.core.Problem;
import org.apiguardian.api.API;

/** Where a {@link DatasetRule} reports the problems it finds. Not thread-safe: one per check. */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ProblemSink {
  /**
   * Reports a problem.
   *
   * @param problem the problem, located
   */
  void report(Problem problem);
}
