package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.Table;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * The records of one kind in a {@link Dataset}, stored column by column and handed out as typed
 * records made on demand ({@link #get}). For fast computation, subclasses also expose each column
 * as primitives: dates as epoch days, codes as their index in the code list, persons as dense
 * numbers {@code 0..persons-1}, antennas as indexes. A value the record does not give (an empty
 * cell, an anonymous row) reads as {@link #UNKNOWN}; the one optional date, which has no value to
 * spare, has its own check ({@link PersonTable#hasFirstContact}). Primitive accessors are meant for
 * datasets that validate; on others, a cell that could not be read may read as another negative
 * number.
 *
 * @param <R> the record type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class RecordTable<R> extends AbstractList<R> implements RandomAccess {
  /**
   * What a primitive accessor returns for a value the record does not give: -1, which no code
   * index, dense number, year, country index, count or amount can be. It is also an empty code cell
   * as stored, so a code accessor hands its byte out as is. (Epoch days can be -1, 1969-12-31: the
   * optional date has a {@code has...} check instead.)
   */
  public static final int UNKNOWN = -1;

  final DatasetParts parts;
  final Table table;
  final RecordKind kind;

  RecordTable(DatasetParts parts, RecordKind kind) {
    this.parts = parts;
    this.table = parts.table(kind);
    this.kind = kind;
  }

  /** {@return the kind of the records} */
  public RecordKind kind() {
    return kind;
  }

  @Override
  public int size() {
    return table.size();
  }

  /**
   * The record at a row, made from the columns.
   *
   * @throws IllegalStateException when a required cell of the row could not be read (the dataset
   *     has problems: validate it first)
   */
  @Override
  public abstract R get(int row);

  final int field(String name) {
    return kind.fieldIndex(name);
  }

  final int ints(String field, int row) {
    return table.ints(field(field))[row];
  }

  final String id(String field, int row) {
    return parts.recordId(kind, row);
  }

  final String codeText(String field, int row) {
    int f = field(field);
    byte c = table.codes(f)[row];
    if (c == Table.CODE_ABSENT) {
      return null;
    }
    if (c == Table.CODE_INVALID) {
      return table.raw(row, f);
    }
    return parts
        .registry()
        .list(be.terrain.core.internal.Schema.fields(kind)[f].list())
        .get(c)
        .code();
  }

  final Optional<String> optionalCode(String field, int row) {
    return Optional.ofNullable(codeText(field, row));
  }

  final String requiredCode(String field, int row) {
    return required(codeText(field, row), field, row);
  }

  final LocalDate dateOf(String field, int row) {
    int d = ints(field, row);
    return d == Table.ABSENT || d == Table.INVALID ? null : LocalDate.ofEpochDay(d);
  }

  final LocalDate requiredDate(String field, int row) {
    return required(dateOf(field, row), field, row);
  }

  final String ref(String field, int row, boolean person) {
    return parts.refText(table, row, field(field), person);
  }

  final <T> T required(T value, String field, int row) {
    if (value == null) {
      throw new IllegalStateException(
          kind.singular()
              + " row "
              + row
              + " has no readable "
              + field
              + ": validate the dataset first");
    }
    return value;
  }

  final String requiredId(int row) {
    return required(parts.recordId(kind, row), "id", row);
  }

  /**
   * {@return where a row's field is in the reader's input (file, line and column, or JSON pointer),
   * as the reader located it; {@link Location#NONE} for records built in code}
   *
   * @param row the row
   * @param field a field of the kind ({@link RecordKind#fields()}), or null for the whole row
   * @throws IllegalArgumentException when the field is not one of the kind's
   * @throws IndexOutOfBoundsException when there is no such row
   */
  public Location location(int row, String field) {
    java.util.Objects.checkIndex(row, table.size());
    if (field != null && kind.fieldIndex(field) < 0) {
      throw new IllegalArgumentException(
          "a " + kind.singular() + " has no field " + field + ": " + kind.fields());
    }
    return parts.locator().locate(kind, table.positions().at(row), field);
  }

  /**
   * Starts a problem about a row's field, already located ({@link #location}) and naming the record
   * and field; add the value and message arguments, then build it. For dataset rules of plugins:
   * {@code problems.report(contacts.problem(MY_CODE, r, "antenna_id").value(id).build())}.
   *
   * @param code the problem's code
   * @param row the row
   * @param field a field of the kind, or null for the whole row
   * @return a builder of the problem; add the value and arguments, then build it
   * @throws IllegalArgumentException when the field is not one of the kind's
   * @throws IndexOutOfBoundsException when there is no such row
   */
  public Problem.Builder problem(ProblemCode code, int row, String field) {
    Location at = location(row, field);
    return Problem.of(code).at(at).record(kind, parts.recordId(kind, row)).field(field);
  }

  /** {@return the records as an unmodifiable list view (this table)} */
  public List<R> asList() {
    return this;
  }
}
