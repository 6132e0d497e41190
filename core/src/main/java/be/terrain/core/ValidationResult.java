package be.terrain.core;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Every problem a validation found, in a stable order: the reader's and field problems in reading
 * order, then the dataset rules kind by kind, row by row. Empty when the dataset is valid.
 *
 * <p>So that a wholly wrong input is answered in bounded memory, at most a limit of problems is
 * kept (the first ones in that order; {@link DatasetBuilder#DEFAULT_PROBLEM_LIMIT} unless the
 * reader was given another): those past it are counted in {@link #omitted()}, not stored.
 *
 * @param problems the problems kept
 * @param omitted how many more problems were found past the limit and not kept
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ValidationResult(List<Problem> problems, long omitted) {
  /**
   * Copies the list.
   *
   * @param problems the problems kept
   * @param omitted how many more problems were found past the limit and not kept
   */
  public ValidationResult {
    problems = List.copyOf(problems);
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative: " + omitted);
    }
  }

  /**
   * Every problem found, none omitted.
   *
   * @param problems the problems kept
   */
  public ValidationResult(List<Problem> problems) {
    this(problems, 0);
  }

  /** {@return whether no problem was found} */
  public boolean isValid() {
    return problems.isEmpty() && omitted == 0;
  }

  /** {@return how many problems were found in all: those kept and those omitted} */
  public long found() {
    return problems.size() + omitted;
  }

  /**
   * Returns normally when valid.
   *
   * @throws InvalidDatasetException carrying every problem kept otherwise
   */
  public void orThrow() {
    if (!isValid()) {
      throw new InvalidDatasetException(problems);
    }
  }

  /**
   * {@return these problems followed by another check's, and both omitted counts} The problems of a
   * dataset's own rules followed by its plugins', say.
   *
   * @param then the result to add after this one
   */
  public ValidationResult followedBy(ValidationResult then) {
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.addAll(then.problems());
    return new ValidationResult(all, omitted + then.omitted());
  }
}
