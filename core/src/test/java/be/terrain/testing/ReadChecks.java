package be.terrain.testing;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import java.util.List;
import java.util.Set;

/**
 * What every reader promises on any input, whatever its bytes (the fuzz tests' and the conservation
 * properties' oracle): it returns a result, the result is valid exactly when it has no problem, and
 * every problem names its file and a line or a JSON pointer. Only problems about a whole file or
 * the whole dataset may name a file alone: a missing, unknown or unreadable file, and a dataset
 * without its one organisation.
 */
public final class ReadChecks {
  private ReadChecks() {}

  /** The codes that may be located by a file alone: they are about no line of it. */
  public static final Set<ProblemCode> WHOLE_FILE_CODES =
      Set.of(
          ProblemCodes.MISSING_FILE,
          ProblemCodes.UNKNOWN_FILE,
          ProblemCodes.UNREADABLE,
          ProblemCodes.ORGANISATION_COUNT);

  /**
   * Checks a dataset reader's result.
   *
   * @throws AssertionError naming the first problem that breaks a promise
   */
  public static void check(ReadResult result) {
    if (result == null) {
      throw new AssertionError("the reader returned null");
    }
    List<Problem> problems = result.validation().problems();
    if (result.isValid() != problems.isEmpty()) {
      throw new AssertionError("valid is " + result.isValid() + " with problems " + problems);
    }
    located(problems);
  }

  /**
   * Checks that every problem names its file and a line or a JSON pointer (a file alone for {@link
   * #WHOLE_FILE_CODES}).
   *
   * @throws AssertionError naming the first problem that does not
   */
  public static void located(List<Problem> problems) {
    for (Problem p : problems) {
      Location at = p.location();
      if (at.file().isEmpty() || at.file().get().isEmpty()) {
        throw new AssertionError("a problem names no file: " + p);
      }
      boolean placed = at.line().isPresent() || at.pointer().isPresent();
      if (!placed && !WHOLE_FILE_CODES.contains(p.code())) {
        throw new AssertionError("a problem names no line and no JSON pointer: " + p);
      }
      if (at.line().isPresent() && at.line().getAsInt() < 1) {
        throw new AssertionError("a problem's line is not positive: " + p);
      }
    }
  }
}
