package be.terrain.core;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Every problem a validation found, in a stable order: the reader's and field problems in reading
 * order, then the dataset rules kind by kind, row by row. Empty when the dataset is valid.
 *
 * @param problems the problems
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ValidationResult(List<Problem> problems) {
  /** Copies the list. */
  public ValidationResult {
    problems = List.copyOf(problems);
  }

  /** Whether no problem was found. */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Returns normally when valid.
   *
   * @throws InvalidDatasetException carrying every problem otherwise
   */
  public void orThrow() {
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
  }
}
