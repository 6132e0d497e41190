package be.terrain.stats.internal;

import be.terrain.stats.PersonSet;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.function.IntConsumer;

/** A {@link PersonSet} over a bit set's words, not copied (empty when the words are null). */
final class BitPersonSet implements PersonSet {
  private final long[] words;
  private final int size;

  BitPersonSet(long[] words) {
    this.words = words == null ? new long[0] : words;
    int n = 0;
    for (long w : this.words) {
      n += Long.bitCount(w);
    }
    this.size = n;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(int person) {
    int w = person >>> 6;
    return person >= 0 && w < words.length && (words[w] & (1L << person)) != 0;
  }

  @Override
  public void forEach(IntConsumer action) {
    for (int w = 0; w < words.length; w++) {
      long bits = words[w];
      while (bits != 0) {
        action.accept((w << 6) + Long.numberOfTrailingZeros(bits));
        bits &= bits - 1;
      }
    }
  }

  @Override
  public PrimitiveIterator.OfInt iterator() {
    return new PrimitiveIterator.OfInt() {
      private int w = -1;
      private long bits;

      @Override
      public boolean hasNext() {
        while (bits == 0) {
          if (++w >= words.length) {
            w = words.length;
            return false;
          }
          bits = words[w];
        }
        return true;
      }

      @Override
      public int nextInt() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int p = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        return p;
      }
    };
  }

  @Override
  public String toString() {
    return "PersonSet[" + size + " persons]";
  }
}
