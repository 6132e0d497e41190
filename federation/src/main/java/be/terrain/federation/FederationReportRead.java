package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What reading a federation report file gave: the report, or every problem found (each with the
 * file and a JSON pointer).
 *
 * @param report the report, when the file is valid
 * @param problems every reason the file was refused; empty when it was read
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationReportRead(Optional<FederationReport> report, List<Problem> problems) {
  /**
   * Checks that there is exactly a report or problems.
   *
   * @param report the report, when the file is valid
   * @param problems every reason the file was refused; empty when it was read
   * @throws IllegalArgumentException when both or neither are given
   */
  public FederationReportRead {
    requireNonNull(report, "report");
    problems = List.copyOf(problems);
    if (report.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a report or problems, not both nor neither");
    }
  }

  /** {@return whether the file was read} */
  public boolean isValid() {
    return report.isPresent();
  }
}
