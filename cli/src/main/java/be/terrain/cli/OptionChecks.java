package be.terrain.cli;

import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks every command shares on its options' values, each refusal a usage error (exit 2) in one
 * line: a number out of its bounds, an id that names nothing (with the valid ones, or the nearest
 * few when there are many). Output paths are checked by {@link OutputChecks}.
 */
final class OptionChecks {
  /** Up to this many valid ids, a refusal lists them all; beyond, the nearest few. */
  static final int LISTED = 12;

  /** How many of the nearest ids a refusal names when there are too many to list. */
  static final int NEAREST = 5;

  /** The first year a date or period may be in. */
  static final int FIRST_YEAR = 1900;

  /** The last year a date or period may be in. */
  static final int LAST_YEAR = 9999;

  private OptionChecks() {}

  /**
   * Refuses a number outside {@code [min, max]}.
   *
   * @param what what the option gives, for the message: {@code a threshold}, {@code a year}
   * @return the value
   */
  static int within(CommandLine cl, String option, int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new ParameterException(
          cl, option + " " + value + ": " + what + " from " + min + " to " + max + " is expected");
    }
    return value;
  }

  /**
   * Refuses ids that name nothing.
   *
   * @param kind what the ids name, for the message: {@code table}, {@code scope}
   * @param valid the ids that name something, in the order to list them
   */
  static void known(
      CommandLine cl, String option, String kind, List<String> given, Collection<String> valid) {
    for (String id : given) {
      if (!valid.contains(id)) {
        throw new ParameterException(cl, unknown(option, kind, id, valid));
      }
    }
  }

  /** The message for an id that names nothing. */
  static String unknown(String option, String kind, String id, Collection<String> valid) {
    StringBuilder m = new StringBuilder(option + " " + id + ": no such " + kind);
    List<String> close = Suggestions.close(id, valid, 3);
    if (!close.isEmpty()) {
      m.append(" (did you mean ").append(String.join(" or ", close)).append("?)");
    }
    if (valid.isEmpty()) {
      m.append("; there is none");
    } else if (valid.size() <= LISTED) {
      m.append("; valid are ").append(String.join(", ", valid));
    } else if (close.isEmpty()) {
      m.append("; the nearest of the ")
          .append(valid.size())
          .append(" are ")
          .append(String.join(", ", Suggestions.nearest(id, valid, NEAREST)));
    }
    return m.toString();
  }
}
