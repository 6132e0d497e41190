package be.terrain.stats;

/** What a table counts in each row. */
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
