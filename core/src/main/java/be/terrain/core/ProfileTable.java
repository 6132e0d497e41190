package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import org.apiguardian.api.API;

/** A dataset's profile assessments, in the order read. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfileTable extends RecordTable<ProfileSnapshot> {
  /** The profile attributes, in column order: the {@code attribute} argument of {@link #value}. */
  public static final java.util.List<String> ATTRIBUTES =
      java.util.List.of(
          "financial_resource", "housing", "employment", "health_coverage", "setting");

  private final int[] persons;
  private final int[] dates;
  private final byte[][] values = new byte[ATTRIBUTES.size()][];

  ProfileTable(DatasetParts parts) {
    super(parts, RecordKind.PROFILE);
    persons = table.ints(field("person_id"));
    dates = table.ints(field("date"));
    for (int a = 0; a < values.length; a++) {
      values[a] = table.codes(field(ATTRIBUTES.get(a)));
    }
  }

  /**
   * {@return the person's dense number}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int person(int row) {
    return persons[row];
  }

  /**
   * {@return the assessment date as an epoch day}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int epochDay(int row) {
    return dates[row];
  }

  /**
   * {@return an attribute's value as its index in the attribute's code list, or {@link #UNKNOWN}
   * when the cell is empty}
   *
   * @param attribute the attribute's position in {@link #ATTRIBUTES}
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int value(int row, int attribute) {
    return values[attribute][row];
  }

  @Override
  public ProfileSnapshot get(int row) {
    return new ProfileSnapshot(
        required(ref("person_id", row, true), "person_id", row),
        requiredDate("date", row),
        optionalCode("financial_resource", row),
        optionalCode("housing", row),
        optionalCode("employment", row),
        optionalCode("health_coverage", row),
        optionalCode("setting", row));
  }
}
