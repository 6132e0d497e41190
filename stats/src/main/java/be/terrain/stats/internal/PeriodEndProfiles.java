package be.terrain.stats.internal;

import be.terrain.stats.DimensionContext;

/**
 * A dimension whose classifier reads the profiles in force at its period's end ({@link
 * DimensionContext#profileAtEnd}) or each person's latest profile day ({@link ProfileDays}): the
 * report's plan gathers every period end such dimensions are bound in, so that one pass over the
 * profiles computes all of them ({@link LatestProfiles}), and the days only when one of them reads
 * them.
 */
public interface PeriodEndProfiles {
  /** {@return whether the classifier reads the profiles at its period's end (or their days)} */
  default boolean readsProfilesAtEnd() {
    return true;
  }

  /** {@return whether the classifier reads the persons' latest profile days} */
  boolean readsLatestDays();
}
