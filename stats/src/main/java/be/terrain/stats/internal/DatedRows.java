package be.terrain.stats.internal;

import be.terrain.core.ActivityTable;
import be.terrain.core.Dataset;
import be.terrain.stats.DistributionActs;
import be.terrain.stats.Subject;
import java.util.function.Supplier;

/**
 * The records of a subject as the pass reads them: a date, an antenna and a person each, whatever
 * table (or the distribution acts) they come from, so that the pass sorts records into periods with
 * one loop.
 */
interface DatedRows {
  /** The record's date as an epoch day. */
  int epochDay(int record);

  /** The record's antenna index (may be out of range in an invalid dataset). */
  int antenna(int record);

  /** The record's person as a dense number, or -1 when anonymous. */
  int person(int record);

  /**
   * The records of a subject.
   *
   * @param acts the distribution acts, read only for {@link Subject#DISTRIBUTION_ACT}
   * @throws IllegalArgumentException for {@link Subject#PERSON}
   */
  static DatedRows of(Dataset dataset, Subject subject, Supplier<DistributionActs> acts) {
    return switch (subject) {
      case CONTACT -> of(dataset.contacts());
      case ACCOMPANIMENT -> of(dataset.accompaniments());
      case HEALTH -> of(dataset.health());
      case DISTRIBUTION_ROW -> of(dataset.distributions());
      case DISTRIBUTION_ACT -> of(acts.get());
      case PERSON -> throw new IllegalArgumentException("persons are not dated records");
    };
  }

  private static DatedRows of(ActivityTable<?> t) {
    return new DatedRows() {
      @Override
      public int epochDay(int r) {
        return t.epochDay(r);
      }

      @Override
      public int antenna(int r) {
        return t.antenna(r);
      }

      @Override
      public int person(int r) {
        return t.person(r);
      }
    };
  }

  private static DatedRows of(DistributionActs acts) {
    return new DatedRows() {
      @Override
      public int epochDay(int act) {
        return acts.epochDay(act);
      }

      @Override
      public int antenna(int act) {
        return acts.antenna(act);
      }

      @Override
      public int person(int act) {
        return acts.person(act);
      }
    };
  }
}
