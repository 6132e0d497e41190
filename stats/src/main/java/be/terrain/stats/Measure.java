package be.terrain.stats;

import org.apiguardian.api.API;

/** What a table counts in each row. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Measure {
  /**
   * Distinct identified persons. Never added up across scopes or codes: a person active at two
   * antennas counts once in their province, and {@code n} of a table over records counts each
   * person once whatever its codes.
   */
  PERSONS,
  /** The sum of {@code count} over contact rows (anonymous rows included). */
  CONTACTS,
  /** The number of records (accompaniments, health interventions, distribution acts). */
  ACTS,
  /** The sum of {@code quantity} over distribution rows. */
  UNITS
}
