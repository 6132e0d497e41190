package be.terrain.core;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link ValidationResult#orThrow()} when a caller asked to fail on an invalid dataset.
 * Carries every problem; the message names the first few.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidDatasetException extends TerrainException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception for these problems.
   *
   * @param problems the problems found, at least one; copied
   */
  public InvalidDatasetException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found} */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    StringBuilder b = new StringBuilder("the dataset has " + problems.size() + " problem(s)");
    problems.stream().limit(5).forEach(p -> b.append("\n  ").append(p));
    if (problems.size() > 5) {
      b.append("\n  ...");
    }
    return b.toString();
  }
}
