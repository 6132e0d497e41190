package be.terrain.json.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;

/**
 * The problems of one JSON record waiting for its id, in bounded memory: at most {@link #MAX_KEPT}
 * are kept (a record of ten million unknown members would otherwise hold them all until its end);
 * the others are counted ({@link #overflow()}), with where the first of them was.
 */
final class DeferredProblems implements Iterable<Deferred> {
  /** The most problems kept per record. */
  static final int MAX_KEPT = 1_000;

  private final List<Deferred> kept = new ArrayList<>();
  private long overflow;
  private TokenStreamLocation firstOverflow;

  /** Keeps a problem, or counts it past {@link #MAX_KEPT}. */
  void add(Deferred d) {
    if (kept.size() < MAX_KEPT) {
      kept.add(d);
    } else {
      count(d.at());
    }
  }

  /** Whether there is room for one more (else {@link #count} it). */
  boolean full() {
    return kept.size() >= MAX_KEPT;
  }

  /** Counts a problem not kept, found where the parser was. */
  void count(TokenStreamLocation at) {
    if (overflow++ == 0) {
      firstOverflow = at;
    }
  }

  /** How many problems were counted past those kept. */
  long overflow() {
    return overflow;
  }

  /** Where the first problem counted was. */
  TokenStreamLocation firstOverflow() {
    return firstOverflow;
  }

  boolean isEmpty() {
    return kept.isEmpty() && overflow == 0;
  }

  /** Forgets them all. */
  void clear() {
    kept.clear();
    overflow = 0;
    firstOverflow = null;
  }

  @Override
  public Iterator<Deferred> iterator() {
    return kept.iterator();
  }
}
