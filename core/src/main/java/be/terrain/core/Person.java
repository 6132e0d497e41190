package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.CountryCode;
import be.terrain.core.validation.InRange;
import be.terrain.core.validation.TerrainId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A person the organisation works with, known only by a pseudonym: Terrain never holds a name,
 * address, phone number or national register number.
 *
 * @param id pseudonym, unique among persons
 * @param role a {@code role} code
 * @param sex a {@code sex} code other than UNKNOWN; empty when unknown
 * @param birthYear four-digit birth year, from 1900
 * @param nationality ISO 3166-1 alpha-2 code, upper case
 * @param firstContact date of the first contact ever with the organisation
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Person(
    @TerrainId String id,
    @CodeOf("role") String role,
    Optional<@CodeOf(value = "sex", allowUnknown = false) String> sex,
    @InRange(min = FieldRules.BIRTH_YEAR_MIN, max = 9999, message = "TER-0107")
        OptionalInt birthYear,
    Optional<@CountryCode String> nationality,
    Optional<LocalDate> firstContact) {

  /** Refuses nulls; everything else is checked by validation. */
  public Person {
    requireNonNull(id, "id");
    requireNonNull(role, "role");
    requireNonNull(sex, "sex");
    requireNonNull(birthYear, "birthYear");
    requireNonNull(nationality, "nationality");
    requireNonNull(firstContact, "firstContact");
  }

  /** A person of whom only the pseudonym and role are known. */
  public static Person of(String id, String role) {
    return new Person(
        id, role, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy with the sex. */
  public Person withSex(String newSex) {
    return new Person(id, role, Optional.of(newSex), birthYear, nationality, firstContact);
  }

  /** A copy with the birth year. */
  public Person withBirthYear(int year) {
    return new Person(id, role, sex, OptionalInt.of(year), nationality, firstContact);
  }

  /** A copy with the nationality. */
  public Person withNationality(String country) {
    return new Person(id, role, sex, birthYear, Optional.of(country), firstContact);
  }

  /** A copy with the date of first contact. */
  public Person withFirstContact(LocalDate date) {
    return new Person(id, role, sex, birthYear, nationality, Optional.of(date));
  }
}
