package be.terrain.core.rules;

import be.terrain.core.Location;
import org.apiguardian.api.API;

/**
 * Tells where a part of a rule was read, so that a problem found in a rule can name its place in
 * the file: a reader of {@code rules.json} answers with a JSON pointer such as {@code
 * /rules/0/antennas/2}. Rules built in code are {@link #NONE nowhere}.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RuleLocator {
  /** Rules built in code: every problem is at {@link Location#NONE}. */
  RuleLocator NONE = (rule, member, element) -> Location.NONE;

  /**
   * Where a member of a rule, or one element of a list member, was read.
   *
   * @param rule the rule's index in its {@link RuleSet}
   * @param member the member's name, e.g. {@code antennas}
   * @param element the index in a list member ({@code eligible_roles}, {@code antennas}), or -1 for
   *     the member itself
   * @return the location
   */
  Location locate(int rule, String member, int element);
}
