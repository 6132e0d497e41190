package be.terrain.cli.sample;

import java.util.SplittableRandom;

/**
 * Who an activity row is for and where it takes place (the antenna, always the third cell): an
 * identified person picked among those met by the day, mostly at their home antenna, or nobody at
 * any antenna. Shared by every kind of activity so that they pick alike.
 */
final class Actors {
  private static final int ANTENNA_CELL = 2;

  private final Persons persons;
  private final IdFormat personIds;

  /** Actors among the persons, with their ids. */
  Actors(Persons persons, IdFormat personIds) {
    this.persons = persons;
    this.personIds = personIds;
  }

  /** The id of a person, null for -1 (nobody). */
  String personId(int p) {
    return p < 0 ? null : personIds.format(p + 1);
  }

  /** Fills the antenna and the person of an identified person's activity on the day. */
  void identified(
      String[] cells, int personCell, SplittableRandom r, int dayIndex, int homePercent) {
    int p = persons.pick(r, dayIndex);
    cells[ANTENNA_CELL] = persons.antennaFor(r, p, homePercent);
    cells[personCell] = personIds.format(p + 1);
  }

  /**
   * Fills the antenna and the person of an activity that is an identified person's {@code
   * identifiedPercent} times in a hundred, else anonymous (no person) at any antenna.
   *
   * @return whether the activity is an identified person's
   */
  boolean maybeIdentified(
      String[] cells,
      int personCell,
      SplittableRandom r,
      int dayIndex,
      int identifiedPercent,
      int homePercent) {
    if (r.nextInt(100) < identifiedPercent) {
      identified(cells, personCell, r, dayIndex, homePercent);
      return true;
    }
    cells[ANTENNA_CELL] = DemoOrganisation.antennaId(DemoOrganisation.ANTENNA.pick(r));
    cells[personCell] = null;
    return false;
  }
}
