package be.terrain.stats;

import org.apiguardian.api.API;

/**
 * A dataset's distribution acts as records: each act (dense number {@code 0..count()-1}) has the
 * date, antenna and person of its first row (the rows of a valid act agree on them). Read-only and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DistributionActs {
  /** The number of acts. */
  int count();

  /** The act's first distribution row. */
  int firstRow(int act);

  /** The act's date as an epoch day. */
  int epochDay(int act);

  /** The act's antenna index. */
  int antenna(int act);

  /** The act's person as a dense number, or -1 when anonymous. */
  int person(int act);
}
