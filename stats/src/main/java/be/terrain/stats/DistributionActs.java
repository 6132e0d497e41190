package be.terrain.stats;

import org.apiguardian.api.API;

/**
 * A dataset's distribution acts as records: each act (dense number {@code 0..count()-1}) has the
 * date, antenna and person of its first row (the rows of a valid act agree on them). Read-only and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DistributionActs {
  /** {@return the number of acts} */
  int count();

  /**
   * {@return the act's first distribution row}
   *
   * @param act the act's dense number
   */
  int firstRow(int act);

  /**
   * {@return the act's date as an epoch day}
   *
   * @param act the act's dense number
   */
  int epochDay(int act);

  /**
   * {@return the act's antenna index}
   *
   * @param act the act's dense number
   */
  int antenna(int act);

  /**
   * {@return the act's person as a dense number, or -1 when anonymous}
   *
   * @param act the act's dense number
   */
  int person(int act);
}
