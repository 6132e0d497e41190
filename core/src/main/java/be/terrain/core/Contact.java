package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.InRange;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A contact with a person, or an anonymous row standing for several contacts.
 *
 * @param id unique among contacts
 * @param date the day of the contact
 * @param antennaId the antenna that made it
 * @param channel a {@code contact_channel} code
 * @param personId the person met; empty for anonymous contacts
 * @param count contacts this row stands for, 1 to 10000; only an anonymous row may exceed 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Contact(
    @TerrainId String id,
    LocalDate date,
    @TerrainId String antennaId,
    @CodeOf("contact_channel") String channel,
    Optional<@TerrainId String> personId,
    @InRange(min = FieldRules.COUNT_MIN, max = FieldRules.COUNT_MAX) int count) {

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id unique among contacts
   * @param date the day of the contact
   * @param antennaId the antenna that made it
   * @param channel a {@code contact_channel} code
   * @param personId the person met; empty for anonymous contacts
   * @param count contacts this row stands for, 1 to 10000; only an anonymous row may exceed 1
   */
  public Contact {
    requireNonNull(id, "id");
    requireNonNull(date, "date");
    requireNonNull(antennaId, "antennaId");
    requireNonNull(channel, "channel");
    requireNonNull(personId, "personId");
  }

  /**
   * {@return one contact with an identified person}
   *
   * @param id unique among contacts
   * @param date the day of the contact
   * @param antennaId the antenna that made it
   * @param channel a {@code contact_channel} code
   * @param personId the person met
   */
  public static Contact identified(
      String id, LocalDate date, String antennaId, String channel, String personId) {
    return new Contact(id, date, antennaId, channel, Optional.of(personId), 1);
  }

  /**
   * Anonymous contacts.
   *
   * @param id unique among contacts
   * @param date the day of the contact
   * @param antennaId the antenna that made it
   * @param channel a {@code contact_channel} code
   * @param count contacts this row stands for, 1 to 10000; only an anonymous row may exceed 1
   * @return a contact row with no person, standing for {@code count} contacts
   */
  public static Contact anonymous(
      String id, LocalDate date, String antennaId, String channel, int count) {
    return new Contact(id, date, antennaId, channel, Optional.empty(), count);
  }
}
