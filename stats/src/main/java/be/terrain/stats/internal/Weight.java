package be.terrain.stats.internal;

import be.terrain.core.ContactTable;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.stats.Measure;

/** What one record adds to a counted table: 1, its contact count or its quantity. */
enum Weight {
  /** Each record counts once. */
  ONE,
  /** A contact row counts its number of contacts. */
  CONTACT_COUNT,
  /** A distribution row counts its quantity (negative quantities count 0). */
  QUANTITY;

  /** The weight of a table's measure. */
  static Weight of(Measure measure) {
    return switch (measure) {
      case CONTACTS -> CONTACT_COUNT;
      case UNITS -> QUANTITY;
      default -> ONE;
    };
  }

  /** The weights of a block of records: {@code out[i]} for {@code rows[i]}, {@code i < count}. */
  void fill(Dataset dataset, int[] rows, int count, long[] out) {
    switch (this) {
      case CONTACT_COUNT -> {
        ContactTable t = dataset.contacts();
        for (int i = 0; i < count; i++) {
          out[i] = t.count(rows[i]);
        }
      }
      case QUANTITY -> {
        DistributionTable t = dataset.distributions();
        for (int i = 0; i < count; i++) {
          out[i] = Math.max(0, t.quantity(rows[i]));
        }
      }
      case ONE -> {
        for (int i = 0; i < count; i++) {
          out[i] = 1;
        }
      }
    }
  }
}
