package be.terrain.stats;

import be.terrain.core.CodeList;
import be.terrain.core.Dataset;
import be.terrain.core.Period;

/**
 * What a {@link Dimension} is bound with: the dataset, the period the codes are computed for (the
 * report's period or one of its history periods), and lookups that several dimensions share and
 * that are built once per report. Lookups are built on first use; call them in {@link
 * Dimension#bind}, not in a {@link Classifier}.
 */
public interface DimensionContext {
  /** The dataset, assumed valid. */
  Dataset dataset();

  /** The period the classifier is bound for. */
  Period period();

  /**
   * A code list of the dataset's registry.
   *
   * @throws IllegalArgumentException when the registry has no such list
   */
  default CodeList codes(String listId) {
    return dataset().codes().list(listId);
  }

  /**
   * A profile attribute's history per person.
   *
   * @param attribute one of {@link be.terrain.core.ProfileTable#ATTRIBUTES}
   * @throws IllegalArgumentException when the attribute is not a profile attribute
   */
  ProfileTimeline profiles(String attribute);

  /**
   * The day of a person's earliest activity (contact, accompaniment, health intervention or
   * distribution) in the whole dataset, as an epoch day, or {@link Integer#MAX_VALUE} when the person
   * has none.
   *
   * @param person a dense person number
   */
  int earliestActivity(int person);

  /** The distribution acts. */
  DistributionActs acts();
}
