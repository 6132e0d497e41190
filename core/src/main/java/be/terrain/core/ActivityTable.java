package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.Table;
import org.apiguardian.api.API;

/**
 * The records of an activity kind (contacts, accompaniments, health interventions, distribution
 * rows): each has an id, a date, an antenna and maybe a person.
 *
 * @param <R> the record type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class ActivityTable<R> extends RecordTable<R> {
  private final int[] dates;
  private final int[] antennas;
  private final int[] persons;

  ActivityTable(DatasetParts parts, RecordKind kind) {
    super(parts, kind);
    this.dates = table.ints(field("date"));
    this.antennas = table.ints(field("antenna_id"));
    this.persons = table.ints(field("person_id"));
  }

  /**
   * {@return the row's id as written}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public String id(int row) {
    return requiredId(row);
  }

  /**
   * {@return the row's date as an epoch day}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int epochDay(int row) {
    return dates[row];
  }

  /**
   * {@return the row's antenna as its index in {@link Dataset#antennas()}}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int antenna(int row) {
    return antennas[row];
  }

  /**
   * {@return the row's person as a dense number, or {@link #UNKNOWN} when anonymous}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int person(int row) {
    int p = persons[row];
    return p == Table.ABSENT ? UNKNOWN : p;
  }
}
