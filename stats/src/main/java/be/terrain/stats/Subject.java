package be.terrain.stats;

import org.apiguardian.api.API;

/**
 * What a {@link Dimension} classifies and what a {@link Population} is made of. Each subject has
 * its own record numbers, the ones the {@link be.terrain.core.Dataset}'s primitive accessors use.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Subject {
  /** Persons, numbered by their dense person number ({@code 0..persons-1}). */
  PERSON,
  /** Contact rows, numbered by row. */
  CONTACT,
  /** Accompaniment rows, numbered by row. */
  ACCOMPANIMENT,
  /** Health intervention rows, numbered by row. */
  HEALTH,
  /** Distribution rows (one item of an act each), numbered by row. */
  DISTRIBUTION_ROW,
  /**
   * Distribution acts, numbered by their dense act number ({@link
   * be.terrain.core.DistributionTable#act(int)}); an act has the date, antenna and person of its
   * rows.
   */
  DISTRIBUTION_ACT;

  /**
   * {@return whether the subject is a kind of dated activity record (everything but {@link
   * #PERSON})}
   */
  public boolean isRecord() {
    return this != PERSON;
  }
}
