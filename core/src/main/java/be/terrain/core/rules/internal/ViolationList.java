package be.terrain.core.rules.internal;

import be.terrain.core.DistributionTable;
import be.terrain.core.PersonTable;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.Violation;
import be.terrain.core.rules.ViolationKind;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.RandomAccess;

/**
 * A rule's violations stored compactly (row, day, kind, excess: 17 bytes each) and made into {@link
 * Violation} records when read, so that a ledger with millions of violations is checked without
 * making millions of objects. Immutable once the engine has filled it; it keeps the dataset's
 * tables alive.
 */
public final class ViolationList extends AbstractList<Violation> implements RandomAccess {
  private static final ViolationKind[] KINDS = ViolationKind.values();

  private final DistributionTable table;
  private final PersonTable persons;
  private final String item;
  private final QuotaPeriod per;
  private int[] rows = new int[16];
  private int[] days = new int[16];
  private byte[] kinds = new byte[16];
  private long[] excess = new long[16];
  private int size;

  ViolationList(DistributionTable table, PersonTable persons, String item, QuotaPeriod per) {
    this.table = table;
    this.persons = persons;
    this.item = item;
    this.per = per;
  }

  void add(int row, int day, ViolationKind kind, long over) {
    if (size == rows.length) {
      int cap = size * 2;
      rows = Arrays.copyOf(rows, cap);
      days = Arrays.copyOf(days, cap);
      kinds = Arrays.copyOf(kinds, cap);
      excess = Arrays.copyOf(excess, cap);
    }
    rows[size] = row;
    days[size] = day;
    kinds[size] = (byte) kind.ordinal();
    excess[size] = over;
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Violation get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no violation " + index + " of " + size);
    }
    int row = rows[index];
    ViolationKind kind = KINDS[kinds[index]];
    int p = table.person(row);
    LocalDate date = LocalDate.ofEpochDay(days[index]);
    return new Violation(
        kind,
        table.actId(table.act(row)),
        item,
        p >= 0 && p < persons.size() ? Optional.of(persons.id(p)) : Optional.empty(),
        date,
        per == null ? Optional.empty() : Optional.of(per.label(date)),
        kind == ViolationKind.OVER_QUOTA
            ? OptionalInt.of((int) excess[index])
            : OptionalInt.empty(),
        kind == ViolationKind.OVER_BUDGET ? OptionalLong.of(excess[index]) : OptionalLong.empty());
  }
}
