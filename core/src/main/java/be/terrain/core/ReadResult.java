package be.terrain.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * What a format reader returns: the dataset with every record it read (nothing is dropped, even
 * from invalid input) and every problem found in the input, its structure and its records.
 *
 * @param dataset the records read
 * @param validation every problem: the input's structure, the field rules and the dataset rules
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReadResult(Dataset dataset, ValidationResult validation) {
  /**
   * Checks for nulls, and has the dataset remember the validation as its last ({@link
   * Dataset#knownProblems()}).
   *
   * @param dataset the records read
   * @param validation every problem: the input's structure, the field rules and the dataset rules
   */
  public ReadResult {
    requireNonNull(dataset, "dataset");
    requireNonNull(validation, "validation");
    dataset.remember(validation);
  }

  /** {@return whether the input had no problem} */
  public boolean isValid() {
    return validation.isValid();
  }

  /**
   * {@return the dataset, when the input had no problem}
   *
   * @throws InvalidDatasetException carrying every problem otherwise
   */
  public Dataset orThrow() {
    validation.orThrow();
    return dataset;
  }

  /**
   * Validates a dataset the reader built as of a day, and pairs the two.
   *
   * @param dataset the records read
   * @param today the day the file is read: no activity may be dated after it
   * @return the dataset with its validation
   */
  public static ReadResult of(Dataset dataset, java.time.LocalDate today) {
    return new ReadResult(dataset, dataset.validateWithoutPlugins(today));
  }
}
