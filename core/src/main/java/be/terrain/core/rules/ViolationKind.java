package be.terrain.core.rules;

import org.apiguardian.api.API;

/**
 * How a hand-out breaks a rule. A row can break a rule in several ways; its violations come in the
 * order of this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ViolationKind {
  /** A rationed item handed to no identified person. */
  ANONYMOUS,
  /** The person's role is not one of the rule's eligible roles. */
  NOT_ELIGIBLE,
  /** The antenna is not one of the rule's antennas. */
  WRONG_ANTENNA,
  /** The person's units in the period, this hand-out included, exceed the quota. */
  OVER_QUOTA,
  /** The value charged so far, this hand-out included, exceeds the budget. */
  OVER_BUDGET
}
