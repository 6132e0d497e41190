package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.FieldRules;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A hand-out a {@link DistributionDesk} is asked about: units of an item to a person (or to no
 * identified person) at an antenna on a day, like one distribution row.
 *
 * @param personId the person's id; empty for an anonymous hand-out
 * @param item the item code
 * @param units the units handed out, 1 to 100000 (the range of a row's quantity)
 * @param antennaId the antenna's id
 * @param date the day
 * @param unitValueCents the value per unit where it differs from the rule's (as a row's own {@code
 *     unit_value_cents}), 0 to 10,000,000
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Handout(
    Optional<String> personId,
    String item,
    int units,
    String antennaId,
    LocalDate date,
    OptionalInt unitValueCents) {
  /**
   * Validates the hand-out.
   *
   * @param personId the person's id; empty for an anonymous hand-out
   * @param item the item code
   * @param units the units handed out, 1 to 100000 (the range of a row's quantity)
   * @param antennaId the antenna's id
   * @param date the day
   * @param unitValueCents the value per unit where it differs from the rule's (as a row's own
   *     {@code unit_value_cents}), 0 to 10,000,000
   * @throws IllegalArgumentException if the units or unit value are out of range
   */
  public Handout {
    requireNonNull(personId, "personId");
    requireNonNull(item, "item");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(date, "date");
    requireNonNull(unitValueCents, "unitValueCents");
    checkArgument(
        units >= FieldRules.QUANTITY_MIN && units <= FieldRules.QUANTITY_MAX,
        "hand-out units must be %s to %s: %s",
        FieldRules.QUANTITY_MIN,
        FieldRules.QUANTITY_MAX,
        units);
    unitValueCents.ifPresent(
        v ->
            checkArgument(
                v >= FieldRules.UNIT_VALUE_MIN && v <= FieldRules.UNIT_VALUE_MAX,
                "hand-out unit value must be %s to %s cents: %s",
                FieldRules.UNIT_VALUE_MIN,
                FieldRules.UNIT_VALUE_MAX,
                v));
  }

  /**
   * Units of an item to an identified person.
   *
   * @param personId the person's id
   * @param item the item code
   * @param units the units handed out, 1 to 100000 (the range of a row's quantity)
   * @param antennaId the antenna's id
   * @param date the day
   * @return the hand-out, without own unit value
   */
  public static Handout of(
      String personId, String item, int units, String antennaId, LocalDate date) {
    return new Handout(
        Optional.of(requireNonNull(personId, "personId")),
        item,
        units,
        antennaId,
        date,
        OptionalInt.empty());
  }

  /**
   * Units of an item to no identified person.
   *
   * @param item the item code
   * @param units the units handed out, 1 to 100000 (the range of a row's quantity)
   * @param antennaId the antenna's id
   * @param date the day
   * @return the anonymous hand-out, without own unit value
   */
  public static Handout anonymous(String item, int units, String antennaId, LocalDate date) {
    return new Handout(Optional.empty(), item, units, antennaId, date, OptionalInt.empty());
  }

  /**
   * {@return the same hand-out valued at its own unit value}
   *
   * @param cents the unit value in cents
   */
  public Handout withUnitValueCents(int cents) {
    return new Handout(personId, item, units, antennaId, date, OptionalInt.of(cents));
  }
}
