package be.terrain.stats;

import org.apiguardian.api.API;

/**
 * A {@link Dimension} bound to a dataset and a period: gives the code of each record of the
 * dimension's {@link Subject}, as an index in the dimension's code list.
 *
 * <p>The engine classifies records a block at a time with {@link #classify} (single-valued) or
 * {@link #classifyMulti} (multi-valued), from several threads at once: implementations must be
 * read-only after {@link Dimension#bind} (precompute there) and must not allocate. The defaults
 * call {@link #code(int)} or {@link #codes(int)} per record; implementations that override them
 * with their own loop run faster.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Classifier {
  /** What {@link #code(int)} returns for a record that has no code (only in invalid datasets). */
  int NONE = -1;

  /**
   * {@return the record's code index in the dimension's list; its {@code UNKNOWN} index when the
   * value is unknown; {@link #NONE} when the record has no code at all (such a record counts in
   * {@code n} but in no row)} Only single-valued dimensions implement it.
   *
   * @param record the record number of the dimension's subject
   */
  int code(int record);

  /**
   * {@return the record's codes as a bit set: bit {@code i} stands for code index {@code i}}
   * Multi-valued dimensions implement it (their lists have at most 64 codes); the default is the
   * bit of {@link #code(int)}.
   *
   * @param record the record number of the dimension's subject
   */
  default long codes(int record) {
    int c = code(record);
    return c < 0 ? 0L : 1L << c;
  }

  /**
   * Classifies a block of records: {@code codes[i] = code(records[i])} for {@code i < count}.
   *
   * @param records record numbers
   * @param count how many of them to classify
   * @param codes where the codes go
   */
  default void classify(int[] records, int count, int[] codes) {
    for (int i = 0; i < count; i++) {
      codes[i] = code(records[i]);
    }
  }

  /**
   * Classifies a block of records of a multi-valued dimension: {@code codeSets[i] =
   * codes(records[i])} for {@code i < count}.
   *
   * @param records record numbers
   * @param count how many of them to classify
   * @param codeSets where the code sets go
   */
  default void classifyMulti(int[] records, int count, long[] codeSets) {
    for (int i = 0; i < count; i++) {
      codeSets[i] = codes(records[i]);
    }
  }
}
