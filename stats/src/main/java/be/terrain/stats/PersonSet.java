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
}
