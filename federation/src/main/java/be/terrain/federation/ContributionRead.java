package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Problem;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What reading a contribution file gave: the contribution, or every problem found (each with the
 * file and a JSON pointer).
 *
 * @param contribution the contribution, when the file is valid
 * @param problems every reason the file was refused; empty when it was read
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContributionRead(Optional<Contribution> contribution, List<Problem> problems) {
  /**
   * Checks that there is exactly a contribution or problems.
   *
   * @param contribution the contribution, when the file is valid
   * @param problems every reason the file was refused; empty when it was read
   * @throws IllegalArgumentException when both or neither are given
   */
  public ContributionRead {
    requireNonNull(contribution, "contribution");
    problems = List.copyOf(problems);
    if (contribution.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a contribution or problems, not both nor neither");
    }
  }

  /** {@return whether the file was read} */
  public boolean isValid() {
    return contribution.isPresent();
  }
}
