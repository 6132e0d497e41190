package be.terrain.stats.quality.internal;

import be.terrain.core.ContactTable;
import be.terrain.core.HealthTable;
import be.terrain.core.PersonTable;
import be.terrain.core.RecordTable;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.Subject;
import be.terrain.stats.internal.ProfileDays;
import be.terrain.stats.internal.RecordPersonKnown;

/**
 * The quality report's own dimensions, for what the standard report has no UNKNOWN row for: a
 * person's first contact, whether a person has a profile row, whether it is recent, whether a
 * consultation has its own coverage, whether a contact names its person.
 */
public final class QualityDimensions {
  private QualityDimensions() {}

  /** How old, in months at the period's end, a profile may be before it counts as stale. */
  public static final int STALE_MONTHS = 12;

  /** The person's {@code first_contact} is given. */
  public static final Dimension FIRST_CONTACT =
      new Known(
          "quality.first_contact",
          Subject.PERSON,
          (c, unknown) -> {
            PersonTable persons = c.dataset().persons();
            return new Classifier() {
              @Override
              public int code(int person) {
                return persons.hasFirstContact(person) ? 0 : unknown;
              }

              @Override
              public void classify(int[] records, int count, int[] codes) {
                for (int i = 0; i < count; i++) {
                  codes[i] = persons.hasFirstContact(records[i]) ? 0 : unknown;
                }
              }
            };
          });

  /** The person has a profile row dated on or before the period's last day. */
  public static final Dimension PROFILE =
      new Known(
          "quality.profile",
          Subject.PERSON,
          true,
          (c, unknown) -> {
            int[] latest = ProfileDays.latestAtEnd(c);
            return new Classifier() {
              @Override
              public int code(int person) {
                return latest[person] != Integer.MIN_VALUE ? 0 : unknown;
              }

              @Override
              public void classify(int[] records, int count, int[] codes) {
                for (int i = 0; i < count; i++) {
                  codes[i] = latest[records[i]] != Integer.MIN_VALUE ? 0 : unknown;
                }
              }
            };
          });

  /**
   * The person's latest profile row on or before the period's last day is at most 12 months older
   * than that day (a person without any row counts as known here: {@link #PROFILE} counts them).
   */
  public static final Dimension PROFILE_DATE =
      new Known(
          "quality.profile_date",
          Subject.PERSON,
          true,
          (c, unknown) -> {
            int[] latest = ProfileDays.latestAtEnd(c);
            long oldest = c.period().to().minusMonths(STALE_MONTHS).toEpochDay();
            return new Classifier() {
              @Override
              public int code(int person) {
                int day = latest[person];
                return day == Integer.MIN_VALUE || day >= oldest ? 0 : unknown;
              }

              @Override
              public void classify(int[] records, int count, int[] codes) {
                for (int i = 0; i < count; i++) {
                  int day = latest[records[i]];
                  codes[i] = day == Integer.MIN_VALUE || day >= oldest ? 0 : unknown;
                }
              }
            };
          });

  /** The consultation has a coverage of its own. */
  public static final Dimension OWN_COVERAGE =
      new Known(
          "quality.coverage",
          Subject.HEALTH,
          (c, unknown) -> {
            HealthTable health = c.dataset().health();
            return new Classifier() {
              @Override
              public int code(int row) {
                return health.coverage(row) != RecordTable.UNKNOWN ? 0 : unknown;
              }

              @Override
              public void classify(int[] records, int count, int[] codes) {
                for (int i = 0; i < count; i++) {
                  codes[i] = health.coverage(records[i]) != RecordTable.UNKNOWN ? 0 : unknown;
                }
              }
            };
          });

  /** The contact names its person (not anonymous). */
  public static final Dimension CONTACT_PERSON =
      new Known(
          "quality.person_id",
          Subject.CONTACT,
          (c, unknown) -> {
            ContactTable contacts = c.dataset().contacts();
            return new RecordPersonKnown(contacts::person, 0, unknown);
          });
}
