package be.terrain.stats;

import be.terrain.core.CodeList;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.internal.Contexts;
import org.apiguardian.api.API;

/**
 * What a {@link Dimension} is bound with: the dataset, the period the codes are computed for (the
 * report's period or one of its history periods), and lookups that several dimensions share and
 * that are built once per report. Lookups are built on first use; call them in {@link
 * Dimension#bind}, not in a {@link Classifier}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DimensionContext {
  /**
   * {@return a context outside a report, to bind a dimension on its own: for a dimension's tests
   * (the testkit's {@code DimensionContract}) and tools} Its lookups are built on first use.
   *
   * @param dataset a valid dataset
   * @param period the period the dimension is bound for
   */
  static DimensionContext of(Dataset dataset, Period period) {
    return Contexts.of(
        java.util.Objects.requireNonNull(dataset, "dataset"),
        java.util.Objects.requireNonNull(period, "period"));
  }

  /** {@return the dataset, assumed valid} */
  Dataset dataset();

  /** {@return the period the classifier is bound for} */
  Period period();

  /**
   * {@return a code list of the dataset's registry}
   *
   * @param listId the list's id, e.g. {@code housing}
   * @throws IllegalArgumentException when the registry has no such list
   */
  default CodeList codes(String listId) {
    return dataset().codes().list(listId);
  }

  /**
   * {@return a profile attribute's history per person}
   *
   * @param attribute one of {@link be.terrain.core.ProfileTable#ATTRIBUTES}
   * @throws IllegalArgumentException when the attribute is not a profile attribute
   */
  ProfileTimeline profiles(String attribute);

  /**
   * A person's value of a profile attribute in force on the period's last day, as {@link #profiles}
   * would give it; computed for every person and attribute in one pass over the profiles and shared
   * by the dimensions of the period.
   *
   * @param person a dense person number
   * @param attribute the attribute's position in {@link be.terrain.core.ProfileTable#ATTRIBUTES}
   * @return the value's index in the attribute's code list, or -1 when the person has none
   */
  int profileAtEnd(int person, int attribute);

  /**
   * {@return whether the person has an activity (contact, accompaniment, health intervention or
   * distribution) dated before the period's first day} For a person active in the period (every
   * person a person population holds), its earliest activity lies in the period exactly when this
   * is false. Computed for every person on first use, with one pass over the activities.
   *
   * @param person a dense person number
   */
  boolean activeBefore(int person);

  /** {@return the distribution acts} */
  DistributionActs acts();
}
