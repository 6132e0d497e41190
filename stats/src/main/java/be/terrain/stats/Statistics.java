package be.terrain.stats;

import be.terrain.core.Dataset;
import be.terrain.core.Problem;
import be.terrain.stats.internal.Engine;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Computes reports of a valid dataset. A dataset with known problems ({@link
 * Dataset#knownProblems()}: a reader's, or those its last validation found — {@code
 * be.terrain.platform.Terrain.validate}, {@link Dataset#validateWithoutPlugins}, {@code
 * Terrain.read}) is refused with a {@link DatasetNotValidException}, since its figures would be
 * wrong (records that cannot be placed are skipped). Computing does not validate again: a dataset
 * built in code and never validated is computed as it is, so validate it first. Otherwise computing
 * never fails because of the data.
 *
 * <p>One pass over the records feeds every table of the definition and every scope at once; the
 * records are split into ranges computed on all cores of the common fork-join pool and merged. The
 * result depends only on the dataset, the definition and the options: same input, same report.
 *
 * <pre>{@code
 * Report r = Statistics.compute(dataset, ReportDefinition.standard(),
 *     ReportOptions.of(Period.ofYear(2020)).withSuppressBelow(5));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Statistics {
  private Statistics() {}

  /**
   * Computes a report.
   *
   * @param dataset a valid dataset
   * @param definition the tables to compute
   * @param options period, rounding, suppression and labels
   * @return the report: the definition's tables for every scope and period
   * @throws DatasetNotValidException when the dataset has known problems ({@link
   *     Dataset#knownProblems()})
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists (a
   *     code list or a condition's code that the registry lacks, bad age bands)
   */
  public static Report compute(
      Dataset dataset, ReportDefinition definition, ReportOptions options) {
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(definition, "definition");
    java.util.Objects.requireNonNull(options, "options");
    refuseKnownProblems(dataset);
    return Engine.compute(dataset, definition, options);
  }

  /**
   * Computes a report and, from the same pass over the records, hands a sink the persons behind
   * every {@link Measure#PERSONS} table at the organisation and province scopes (what a federation
   * contribution sketches). The report is the one {@link #compute(Dataset, ReportDefinition,
   * ReportOptions)} gives.
   *
   * @param sink receives the persons, from several threads; called after the report is made
   * @param dataset a valid dataset
   * @param definition the tables to compute
   * @param options period, rounding, suppression and labels
   * @return the report, as {@link #compute(Dataset, ReportDefinition, ReportOptions)} makes it
   * @throws DatasetNotValidException when the dataset has known problems
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists
   */
  public static Report compute(
      Dataset dataset, ReportDefinition definition, ReportOptions options, PersonSetSink sink) {
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(definition, "definition");
    java.util.Objects.requireNonNull(options, "options");
    java.util.Objects.requireNonNull(sink, "sink");
    refuseKnownProblems(dataset);
    return Engine.compute(dataset, definition, options, sink);
  }

  /**
   * Computes the standard report ({@link ReportDefinition#standard()}).
   *
   * @param dataset a valid dataset
   * @param options period, rounding, suppression and labels
   * @return the standard report
   * @throws DatasetNotValidException when the dataset has known problems
   */
  public static Report compute(Dataset dataset, ReportOptions options) {
    return compute(dataset, ReportDefinition.standard(), options);
  }

  private static void refuseKnownProblems(Dataset dataset) {
    List<Problem> problems = dataset.knownProblems();
    if (!problems.isEmpty()) {
      throw new DatasetNotValidException(problems);
    }
  }
}
