package be.terrain.core.rules;

import be.terrain.core.Problem;
import be.terrain.core.TerrainException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link RulesReadResult#orThrow()} when a rules file had problems; carries every one of
 * them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidRulesException extends TerrainException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception carrying the problems (at least one).
   *
   * @param problems the problems found, at least one; copied
   */
  public InvalidRulesException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found} */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    StringBuilder b = new StringBuilder("the rules have ").append(problems.size());
    b.append(problems.size() == 1 ? " problem" : " problems");
    int shown = Math.min(problems.size(), 10);
    for (int i = 0; i < shown; i++) {
      b.append("\n  ").append(problems.get(i));
    }
    if (shown < problems.size()) {
      b.append("\n  ...");
    }
    return b.toString();
  }
}
