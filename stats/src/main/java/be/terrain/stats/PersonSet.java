package be.terrain.stats;

import java.util.PrimitiveIterator;
import java.util.function.IntConsumer;
import org.apiguardian.api.API;

/**
 * A read-only set of dense person numbers (the rows of {@link be.terrain.core.PersonTable}), handed
 * to a {@link PersonSetSink} as a view over the engine's own bits: no copy per row. Valid only
 * during the call that receives it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PersonSet {
  /** {@return the number of persons in the set} */
  int size();

  /**
   * {@return whether a person number is in the set}
   *
   * @param person a person's dense number
   */
  boolean contains(int person);

  /**
   * Calls the action for each person number, in increasing order.
   *
   * @param action receives each person's dense number
   */
  void forEach(IntConsumer action);

  /** {@return the person numbers in increasing order} */
  PrimitiveIterator.OfInt iterator();

  /**
   * {@return the number of words of the set's bit view ({@link #word}): every person number is
   * below {@code 64 * wordCount()}} A consumer that walks many sets can then combine them with its
   * own bit sets a word at a time instead of a person at a time. Sets backed by bits answer
   * directly; this default derives it from the largest person.
   */
  default int wordCount() {
    int last = -1;
    PrimitiveIterator.OfInt it = iterator();
    while (it.hasNext()) {
      last = it.nextInt();
    }
    return last < 0 ? 0 : (last >>> 6) + 1;
  }

  /**
   * {@return the persons {@code 64 * index} to {@code 64 * index + 63} as the bits of a word: bit
   * {@code i} is set when person {@code 64 * index + i} is in the set}
   *
   * @param index a word's index, from 0 to {@link #wordCount()} - 1
   */
  default long word(int index) {
    long bits = 0;
    for (int i = 0; i < 64; i++) {
      if (contains((index << 6) + i)) {
        bits |= 1L << i;
      }
    }
    return bits;
  }
}
