package be.terrain.stats.internal;

import be.terrain.stats.DimensionContext;

/**
 * Each person's latest profile row's day at a period's end, for the quality report's profile
 * dimensions: computed by the engine in the same pass over the profiles as the values in force at
 * that day ({@link DimensionContext#profileAtEnd}), and shared by the dimensions of the period.
 */
public final class ProfileDays {
  private ProfileDays() {}

  /**
   * {@return every person's latest profile row's day (epoch day, whatever its values) on or before
   * the period's last day, {@link Integer#MIN_VALUE} for none; not to be modified}
   *
   * @param context the engine's context of a period
   * @throws IllegalArgumentException when the context is not the engine's
   */
  public static int[] latestAtEnd(DimensionContext context) {
    if (!(context instanceof Context c)) {
      throw new IllegalArgumentException("not the engine's context: " + context);
    }
    return c.latestProfileDays();
  }
}
