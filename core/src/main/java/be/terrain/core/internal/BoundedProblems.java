package be.terrain.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Problems (or problems waiting to be located) in the order they were reported, at most a limit of
 * them; those past it are only counted, so that a wholly wrong input is read in bounded memory.
 * Markers (a builder's parts, where their problems take place) are kept whatever the limit. Not
 * thread-safe: one per thread.
 */
public final class BoundedProblems {
  private final IntSupplier limit;
  private final List<Object> items = new ArrayList<>();
  private int stored;
  private long omitted;

  /**
   * @param limit the most problems kept, read at each addition (a builder's limit may be set after
   *     it is made)
   */
  public BoundedProblems(IntSupplier limit) {
    this.limit = limit;
  }

  /** Keeps the problem when under the limit, else counts it. */
  public void add(Object problem) {
    if (stored < limit.getAsInt()) {
      items.add(problem);
      stored++;
    } else {
      omitted++;
    }
  }

  /** Keeps a marker, which does not count as a problem. */
  public void mark(Object marker) {
    items.add(marker);
  }

  /** The problems and markers kept, in order. */
  public List<Object> items() {
    return Collections.unmodifiableList(items);
  }

  /** How many problems were past the limit. */
  public long omitted() {
    return omitted;
  }
}
