package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A dataset's distribution rows: one row per item of an act, in the order read. {@link #act(int)}
 * gives each row's act as a dense number, and {@link #acts()} groups the rows into acts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DistributionTable extends ActivityTable<DistributionTable.Row> {
  private final int[] actIds;
  private final byte[] items;
  private final int[] quantities;
  private final int[] unitValues;

  /**
   * One distribution row: an item of an act.
   *
   * @param actId the act's id
   * @param date the day
   * @param antennaId the antenna
   * @param personId the person; empty when anonymous
   * @param item the item handed out
   */
  public record Row(
      String actId,
      java.time.LocalDate date,
      String antennaId,
      Optional<String> personId,
      DistributionItem item) {}

  DistributionTable(DatasetParts parts) {
    super(parts, RecordKind.DISTRIBUTION);
    actIds = table.ints(field("id"));
    items = table.codes(field("item"));
    quantities = table.ints(field("quantity"));
    unitValues = table.ints(field("unit_value_cents"));
  }

  /** {@return the number of distinct acts} */
  public int actCount() {
    return parts.ownPool(RecordKind.DISTRIBUTION).size();
  }

  /**
   * {@return the row's act as a dense number {@code 0..actCount()-1}, in order of first appearance}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int act(int row) {
    return actIds[row];
  }

  /**
   * {@return the id of an act given as its dense number (see {@link #act(int)})}
   *
   * @param act the act's dense number, from 0 to {@link #actCount()} - 1
   */
  public String actId(int act) {
    return parts.ownPool(RecordKind.DISTRIBUTION).get(act);
  }

  /**
   * Compares the ids of two acts given as dense numbers by code point (the order of the rules
   * check), without making strings: a negative number when {@code actA}'s id comes first.
   *
   * @param actA the first act's dense number
   * @param actB the second act's dense number
   * @return a negative number, zero or a positive number as {@code actA}'s id comes before, is
   *     equal to or comes after {@code actB}'s
   */
  public int compareActIds(int actA, int actB) {
    return parts.ownPool(RecordKind.DISTRIBUTION).compare(actA, actB);
  }

  /**
   * {@return the item as its index in the {@code item} list}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int item(int row) {
    return items[row];
  }

  /**
   * {@return the quantity handed out}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int quantity(int row) {
    return quantities[row];
  }

  /**
   * {@return the row's own unit value in cents, or {@link #UNKNOWN} when it gives none}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int unitValueCents(int row) {
    int v = unitValues[row];
    return v < 0 ? UNKNOWN : v;
  }

  @Override
  public Row get(int row) {
    int v = unitValues[row];
    return new Row(
        requiredId(row),
        requiredDate("date", row),
        required(ref("antenna_id", row, false), "antenna_id", row),
        Optional.ofNullable(ref("person_id", row, true)),
        new DistributionItem(
            requiredCode("item", row),
            required(quantities[row] < 0 ? null : quantities[row], "quantity", row),
            v < 0 ? OptionalInt.empty() : OptionalInt.of(v)));
  }

  /**
   * {@return the acts, in order of first appearance, each with the date, antenna and person of its
   * first row}
   */
  public List<DistributionAct> acts() {
    Map<Integer, List<Integer>> rowsByAct = new LinkedHashMap<>();
    for (int r = 0; r < size(); r++) {
      rowsByAct.computeIfAbsent(actIds[r], k -> new ArrayList<>()).add(r);
    }
    List<DistributionAct> out = new ArrayList<>(rowsByAct.size());
    for (List<Integer> rows : rowsByAct.values()) {
      Row first = get(rows.get(0));
      List<DistributionItem> its = new ArrayList<>();
      for (int r : rows) {
        its.add(get(r).item());
      }
      out.add(
          new DistributionAct(
              first.actId(), first.date(), first.antennaId(), first.personId(), its));
    }
    return out;
  }
}
