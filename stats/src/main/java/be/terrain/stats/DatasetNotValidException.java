package be.terrain.stats;

import be.terrain.core.Problem;
import be.terrain.core.TerrainException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Statistics#compute} when the dataset has known problems ({@link
 * be.terrain.core.Dataset#knownProblems()}: found when it was read or when it was last validated):
 * figures of an invalid dataset would be wrong without a word, since records that cannot be placed
 * are skipped. Carries the problems; the message names the first and the call that validates.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DatasetNotValidException extends TerrainException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception for these problems (at least one).
   *
   * @param problems the dataset's known problems, at least one; copied
   */
  public DatasetNotValidException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return the dataset's known problems} */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return "cannot compute a report of a dataset with "
        + problems.size()
        + " problem(s), found when it was read or last validated (the first: "
        + problems.get(0)
        + "): fix them, then compute on a dataset that Terrain.validate(dataset, today) or"
        + " Dataset.validateWithoutPlugins(today) finds valid";
  }
}
