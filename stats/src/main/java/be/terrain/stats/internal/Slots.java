package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import java.util.Arrays;

/**
 * A report's periods as slots: slot 0 is the report's period, slot k the k-th previous one. Each
 * slot has its {@link Context} (the lookups shared by all); a day-indexed table gives a record's
 * slot from its date.
 */
final class Slots {
  private final Context[] contexts;
  private final int base;
  private final byte[] slotOfDay;

  /**
   * The slots of a report.
   *
   * @param history the number of previous periods (the largest history of the report's tables)
   */
  Slots(Dataset dataset, Period period, int history, SharedLookups shared) {
    int slots = history + 1;
    this.contexts = new Context[slots];
    Period p = period;
    for (int s = 0; s < slots; s++) {
      contexts[s] = new Context(dataset, p, shared);
      if (s + 1 < slots) {
        p = p.previous();
      }
    }
    this.base = contexts[slots - 1].period().fromEpochDay();
    int end = period.toEpochDay();
    this.slotOfDay = new byte[Math.toIntExact((long) end - base + 1)];
    for (int s = 0; s < slots; s++) {
      Period q = contexts[s].period();
      Arrays.fill(slotOfDay, q.fromEpochDay() - base, q.toEpochDay() - base + 1, (byte) s);
    }
  }

  /** The number of slots. */
  int count() {
    return contexts.length;
  }

  /** The context dimensions are bound with for a slot. */
  Context context(int slot) {
    return contexts[slot];
  }

  /** The slot of a day, or -1 when it lies in none of the periods. */
  int of(int epochDay) {
    long d = (long) epochDay - base;
    return d >= 0 && d < slotOfDay.length ? slotOfDay[(int) d] : -1;
  }
}
