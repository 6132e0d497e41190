package be.terrain.stats;

import org.apiguardian.api.API;

/**
 * What a table's rows are: a way to give each record of a {@link Subject} one code (single-valued)
 * or several codes (multi-valued) of a code list. The table lists every code of that list, in list
 * order. Unknown values go to the list's {@code UNKNOWN} code.
 *
 * <p>The engine never looks inside a dimension: it {@linkplain #bind binds} it once per report
 * period and calls the resulting {@link Classifier} for every record, so new dimensions (a
 * federation's age bands, a funder's grouping) need no change to the engine. The standard ones are
 * in {@link Dimensions}. Implementations must be immutable; equality is identity unless they say
 * otherwise.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Dimension {
  /** {@return a short name for messages, e.g. {@code age_band}} */
  String id();

  /** {@return what the dimension classifies} */
  Subject subject();

  /** {@return the id of the code list whose codes are the rows} */
  String codeList();

  /**
   * {@return whether a record may have several codes (a rapid test for two pathogens)} Multi-valued
   * dimensions implement {@link Classifier#codes(int)} and their lists have at most 64 codes.
   */
  default boolean multiValued() {
    return false;
  }

  /**
   * Prepares the classifier for one period (precomputing what it needs, e.g. each person's age band
   * in that period). Called once per period of a report, from one thread.
   *
   * @param context the dataset, the period and shared lookups
   * @return the classifier for that period, used from several threads
   */
  Classifier bind(DimensionContext context);
}
