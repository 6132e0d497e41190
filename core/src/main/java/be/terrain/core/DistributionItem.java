package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.FieldRules;
import be.terrain.core.validation.CodeOf;
import be.terrain.core.validation.InRange;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One item handed out in a distribution act.
 *
 * @param item an {@code item} code
 * @param quantity units, 1 to 100000
 * @param unitValueCents value of one unit in euro cents, 0 to 10000000 (a Ticket S is 1000)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DistributionItem(
    @CodeOf("item") String item,
    @InRange(min = FieldRules.QUANTITY_MIN, max = FieldRules.QUANTITY_MAX) int quantity,
    @InRange(min = FieldRules.UNIT_VALUE_MIN, max = FieldRules.UNIT_VALUE_MAX)
        OptionalInt unitValueCents) {

  /**
   * Refuses nulls; everything else is checked by validation.
   *
   * @param item an {@code item} code
   * @param quantity units, 1 to 100000
   * @param unitValueCents value of one unit in euro cents, 0 to 10000000 (a Ticket S is 1000)
   */
  public DistributionItem {
    requireNonNull(item, "item");
    requireNonNull(unitValueCents, "unitValueCents");
  }

  /**
   * {@return an item without a unit value}
   *
   * @param item an {@code item} code
   * @param quantity units, 1 to 100000
   */
  public static DistributionItem of(String item, int quantity) {
    return new DistributionItem(item, quantity, OptionalInt.empty());
  }

  /**
   * {@return an item with a unit value in cents}
   *
   * @param item an {@code item} code
   * @param quantity units, 1 to 100000
   * @param unitValueCents value of one unit in euro cents, 0 to 10000000 (a Ticket S is 1000)
   */
  public static DistributionItem of(String item, int quantity, int unitValueCents) {
    return new DistributionItem(item, quantity, OptionalInt.of(unitValueCents));
  }
}
