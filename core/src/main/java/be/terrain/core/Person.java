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
 * @param linkageCode the code the members of a federation derive alike for the same person (1 to 64
 *     characters of {@code [A-Za-z0-9._-]}, case-sensitive): personal data, used only for keyed
 *     sketches, never written to a report, a problem or a log; empty when the person cannot be
 *     linked
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Person(
    @TerrainId String id,
    @CodeOf("role") String role,
    Optional<@CodeOf(value = "sex", allowUnknown = false) String> sex,
    @InRange(min = FieldRules.BIRTH_YEAR_MIN, max = 9999, message = "TER-0107")
        OptionalInt birthYear,
    Optional<@CountryCode String> nationality,
    Optional<LocalDate> firstContact,
    Optional<@TerrainId(message = "TER-0114") String> linkageCode) {

  /** The field (column, JSON member) of the linkage code. */
  public static final String LINKAGE_CODE = "linkage_code";

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param id pseudonym, unique among persons
   * @param role a {@code role} code
   * @param sex a {@code sex} code other than UNKNOWN; empty when unknown
   * @param birthYear four-digit birth year, from 1900
   * @param nationality ISO 3166-1 alpha-2 code, upper case
   * @param firstContact date of the first contact ever with the organisation
   * @param linkageCode the code the members of a federation derive alike for the same person (1 to
   *     64 characters of {@code [A-Za-z0-9._-]}, case-sensitive): personal data, used only for
   *     keyed sketches, never written to a report, a problem or a log; empty when the person cannot
   *     be linked
   */
  public Person {
    requireNonNull(id, "id");
    requireNonNull(role, "role");
    requireNonNull(sex, "sex");
    requireNonNull(birthYear, "birthYear");
    requireNonNull(nationality, "nationality");
    requireNonNull(firstContact, "firstContact");
    requireNonNull(linkageCode, "linkageCode");
  }

  /**
   * A person without a linkage code (the fields of the format before it had one).
   *
   * @param id pseudonym, unique among persons
   * @param role a {@code role} code
   * @param sex a {@code sex} code other than UNKNOWN; empty when unknown
   * @param birthYear four-digit birth year, from 1900
   * @param nationality ISO 3166-1 alpha-2 code, upper case
   * @param firstContact date of the first contact ever with the organisation
   */
  public Person(
      String id,
      String role,
      Optional<String> sex,
      OptionalInt birthYear,
      Optional<String> nationality,
      Optional<LocalDate> firstContact) {
    this(id, role, sex, birthYear, nationality, firstContact, Optional.empty());
  }

  /**
   * {@return a person of whom only the pseudonym and role are known}
   *
   * @param id pseudonym, unique among persons
   * @param role a {@code role} code
   */
  public static Person of(String id, String role) {
    return new Person(
        id,
        role,
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return a copy with the sex}
   *
   * @param newSex a {@code sex} code other than UNKNOWN
   */
  public Person withSex(String newSex) {
    return new Person(
        id, role, Optional.of(newSex), birthYear, nationality, firstContact, linkageCode);
  }

  /**
   * {@return a copy with the birth year}
   *
   * @param year four-digit birth year, from 1900
   */
  public Person withBirthYear(int year) {
    return new Person(id, role, sex, OptionalInt.of(year), nationality, firstContact, linkageCode);
  }

  /**
   * {@return a copy with the nationality}
   *
   * @param country ISO 3166-1 alpha-2 code, upper case
   */
  public Person withNationality(String country) {
    return new Person(id, role, sex, birthYear, Optional.of(country), firstContact, linkageCode);
  }

  /**
   * {@return a copy with the date of first contact}
   *
   * @param date date of the first contact ever with the organisation
   */
  public Person withFirstContact(LocalDate date) {
    return new Person(id, role, sex, birthYear, nationality, Optional.of(date), linkageCode);
  }

  /**
   * {@return a copy with the linkage code ({@code docs/spec/federation.md}); null or empty for
   * none, as an empty cell}
   *
   * @param code the linkage code, or null or empty for none
   */
  public Person withLinkageCode(String code) {
    return new Person(
        id,
        role,
        sex,
        birthYear,
        nationality,
        firstContact,
        code == null || code.isEmpty() ? Optional.empty() : Optional.of(code));
  }
}
