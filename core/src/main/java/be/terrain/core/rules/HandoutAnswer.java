package be.terrain.core.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@link DistributionDesk}'s answer: the hand-out is allowed, or it would break these rules, in
 * the order of the rule set and, for each rule, in the order of {@link ViolationKind}.
 *
 * @param breaches every rule the hand-out would break and how; empty when it is allowed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HandoutAnswer(List<Breach> breaches) {
  private static final HandoutAnswer ALLOWED = new HandoutAnswer(List.of());

  /**
   * Copies the list.
   *
   * @param breaches every rule the hand-out would break and how; empty when it is allowed
   */
  public HandoutAnswer {
    breaches = List.copyOf(breaches);
  }

  /** {@return the answer "yes"} */
  public static HandoutAnswer allowed() {
    return ALLOWED;
  }

  /** {@return whether the hand-out breaks no rule} */
  public boolean isAllowed() {
    return breaches.isEmpty();
  }
}
