package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.IdPool;
import be.terrain.core.internal.Schema;
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
  private final int[] linkageCodes;
  private final IdPool linkagePool;

  PersonTable(DatasetParts parts) {
    super(parts, RecordKind.PERSON);
    roles = table.codes(field("role"));
    sexes = table.codes(field("sex"));
    birthYears = table.ints(field("birth_year"));
    nationalities = table.ints(field("nationality"));
    firstContacts = table.ints(field("first_contact"));
    linkageCodes = table.ints(Schema.PERSON_LINKAGE_CODE);
    linkagePool = table.pool(Schema.PERSON_LINKAGE_CODE);
  }

  /**
   * {@return the person's pseudonym}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public String id(int person) {
    return requiredId(person);
  }

  /**
   * {@return the dense number of the person with that id, if any (the first, were the id used
   * twice)}
   *
   * @param id the person's pseudonym
   */
  public OptionalInt numberOf(String id) {
    int pool = parts.ownPool(RecordKind.PERSON).find(id);
    if (pool < 0) {
      return OptionalInt.empty();
    }
    int row = parts.personRowOfId()[pool];
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * {@return the role as its index in the {@code role} list}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public int role(int person) {
    return roles[person];
  }

  /**
   * {@return the sex as its index in the {@code sex} list, or {@link #UNKNOWN}}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public int sex(int person) {
    return sexes[person];
  }

  /**
   * {@return the birth year, or {@link #UNKNOWN}}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public int birthYear(int person) {
    int y = birthYears[person];
    return y < 0 ? UNKNOWN : y;
  }

  /**
   * {@return the nationality as its index in {@link Countries}, or {@link #UNKNOWN}}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public int nationality(int person) {
    int n = nationalities[person];
    return n < 0 ? UNKNOWN : n;
  }

  /**
   * {@return whether the person's first contact is known: ask before {@link #firstContactEpochDay},
   * since every int is a day and none is left to mean "unknown"}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public boolean hasFirstContact(int person) {
    return isDay(firstContacts[person]);
  }

  /**
   * {@return the first contact as an epoch day}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   * @throws IllegalStateException when it is unknown ({@link #hasFirstContact} is false)
   */
  public int firstContactEpochDay(int person) {
    int d = firstContacts[person];
    if (!isDay(d)) {
      throw noFirstContact(person);
    }
    return d;
  }

  /**
   * {@return whether the person has a (valid) linkage code: false when the cell is empty, or when
   * it could not be read (the dataset then has a TER-0114 problem)}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public boolean hasLinkageCode(int person) {
    return linkageCodes[person] >= 0;
  }

  /**
   * {@return the person's linkage code ({@code docs/spec/federation.md}), empty when she has none
   * (or it could not be read)} Personal data: use it for keyed hashes only, never write or log it.
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public Optional<String> linkageCode(int person) {
    int c = linkageCodes[person];
    return c < 0 ? Optional.empty() : Optional.of(linkagePool.get(c));
  }

  /**
   * {@return the UTF-8 bytes of the person's linkage code in a new array, or null when she has
   * none: the cheap path for hashing, which makes no string}
   *
   * @param person the person's dense number (her row), from 0 to {@link #size()} - 1
   */
  public byte[] linkageCodeBytes(int person) {
    int c = linkageCodes[person];
    return c < 0 ? null : linkagePool.bytes(c);
  }

  /**
   * {@return whether some person's {@code linkage_code} cell is not empty (a writer writes the
   * optional column only then)}
   */
  public boolean anyLinkageCode() {
    for (int c : linkageCodes) {
      if (c != Table.ABSENT) {
        return true;
      }
    }
    return false;
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
        Optional.ofNullable(dateOf("first_contact", row)),
        Optional.ofNullable(linkageText(row)));
  }

  /** The code as written: the pool's, or the text of a cell that could not be read. */
  private String linkageText(int row) {
    int c = linkageCodes[row];
    if (c == Table.ABSENT) {
      return null;
    }
    return c == Table.INVALID ? table.raw(row, Schema.PERSON_LINKAGE_CODE) : linkagePool.get(c);
  }

  LocalDate firstContact(int row) {
    return dateOf("first_contact", row);
  }
}
