package be.terrain.stats;

import org.apiguardian.api.API;

/**
 * One profile attribute's history per person: the value in force on a day is the latest non-empty
 * value assessed on or before it ({@code exchange-format.md}). Read-only and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ProfileTimeline {
  /**
   * {@return the attribute's value in force on a day, as its index in the attribute's code list (an
   * assessed {@code UNKNOWN} is a value too), or -1 when the person has none yet}
   *
   * @param person a dense person number
   * @param epochDay the day
   */
  int valueOn(int person, int epochDay);
}
