package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A dataset's persons. A person's dense number is its row: {@code 0..size()-1}, the numbers that
 * the other tables' {@code person(row)} accessors return and that statistics use for bit sets.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PersonTable extends RecordTable<Person> {
  private final byte[] roles;
  private final byte[] sexes;
  private final int[] birthYears;
  private final int[] nationalities;
  private final int[] firstContacts;

  PersonTable(DatasetParts parts) {
    super(parts, RecordKind.PERSON);
    roles = table.codes(field("role"));
    sexes = table.codes(field("sex"));
    birthYears = table.ints(field("birth_year"));
    nationalities = table.ints(field("nationality"));
    firstContacts = table.ints(field("first_contact"));
  }

  /** The person's pseudonym. */
  public String id(int person) {
    return requiredId(person);
  }

  /** The dense number of the person with that id, if any (the first, were the id used twice). */
  public OptionalInt numberOf(String id) {
    int pool = parts.ownPool(RecordKind.PERSON).find(id);
    if (pool < 0) {
      return OptionalInt.empty();
    }
    int row = parts.personRowOfId()[pool];
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /** The role as its index in the {@code role} list. */
  public int role(int person) {
    return roles[person];
  }

  /** The sex as its index in the {@code sex} list, or {@link #UNKNOWN}. */
  public int sex(int person) {
    return sexes[person];
  }

  /** The birth year, or {@link #UNKNOWN}. */
  public int birthYear(int person) {
    int y = birthYears[person];
    return y < 0 ? UNKNOWN : y;
  }

  /** The nationality as its index in {@link Countries}, or {@link #UNKNOWN}. */
  public int nationality(int person) {
    int n = nationalities[person];
    return n < 0 ? UNKNOWN : n;
  }

  /**
   * Whether the person's first contact is known: ask before {@link #firstContactEpochDay}, since
   * every int is a day and none is left to mean "unknown".
   */
  public boolean hasFirstContact(int person) {
    return isDay(firstContacts[person]);
  }

  /**
   * The first contact as an epoch day.
   *
   * @throws IllegalStateException when it is unknown ({@link #hasFirstContact} is false)
   */
  public int firstContactEpochDay(int person) {
    int d = firstContacts[person];
    if (!isDay(d)) {
      throw noFirstContact(person);
    }
    return d;
  }

  /** Neither empty nor unreadable: both sentinels sit below every day, so one comparison. */
  private static boolean isDay(int cell) {
    return cell > Table.INVALID;
  }

  private IllegalStateException noFirstContact(int person) {
    return new IllegalStateException(
        "person " + person + " has no first contact: ask hasFirstContact(person) first");
  }

  @Override
  public Person get(int row) {
    int y = birthYears[row];
    int n = nationalities[row];
    String nat = n >= 0 ? Countries.code(n) : table.raw(row, field("nationality"));
    return new Person(
        requiredId(row),
        requiredCode("role", row),
        optionalCode("sex", row),
        y >= 0 ? OptionalInt.of(y) : OptionalInt.empty(),
        Optional.ofNullable(nat),
        Optional.ofNullable(dateOf("first_contact", row)));
  }

  LocalDate firstContact(int row) {
    return dateOf("first_contact", row);
  }
}
