package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a merge gave: the federation report, or every reason it was refused (each with the file and
 * a JSON pointer).
 *
 * @param report the report, when the contributions could be merged
 * @param problems every reason of refusal; empty when merged
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationResult(Optional<FederationReport> report, List<Problem> problems) {
  /**
   * Checks that there is exactly a report or problems.
   *
   * @param report the report, when the contributions could be merged
   * @param problems every reason of refusal; empty when merged
   * @throws IllegalArgumentException when both or neither are given
   */
  public FederationResult {
    requireNonNull(report, "report");
    problems = List.copyOf(problems);
    if (report.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a report or problems, not both nor neither");
    }
  }

  /** {@return whether the contributions were merged} */
  public boolean isMerged() {
    return report.isPresent();
  }
}
