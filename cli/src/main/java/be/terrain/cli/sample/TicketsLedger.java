package be.terrain.cli.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Tickets S ledger a {@link SampleGenerator} puts in the second year of a sample dataset, with
 * the rule it is meant to be checked against and what that check must find. Vouchers of 1000 cents
 * go to sex workers at three antennas, at most two per person per ISO week, until the budget is
 * spent and a few vouchers beyond; a handful of hand-outs break each kind of rule. Immutable.
 *
 * @param ruleId the rule's id
 * @param item the item, {@code TICKET_S}
 * @param unitValueCents the value of a voucher, 1000
 * @param quotaUnits the quota, 2
 * @param quotaPer the quota's period, {@code ISO_WEEK}
 * @param budgetCents the grant
 * @param validFrom first day of the rule (1 January of the second year)
 * @param validTo last day of the rule (31 December of the second year)
 * @param eligibleRoles the roles that may receive vouchers
 * @param antennas the antennas that may hand them out
 * @param rows the ledger's rows (acts of one item)
 * @param units the vouchers handed out
 * @param persons the distinct identified persons who received vouchers (ineligible ones included)
 * @param violations the violations a check as of {@code validTo} finds, by kind ({@code ANONYMOUS,
 *     NOT_ELIGIBLE, WRONG_ANTENNA, OVER_QUOTA, OVER_BUDGET}), a row counted once per kind it breaks
 */
public record TicketsLedger(
    String ruleId,
    String item,
    int unitValueCents,
    int quotaUnits,
    String quotaPer,
    long budgetCents,
    LocalDate validFrom,
    LocalDate validTo,
    List<String> eligibleRoles,
    List<String> antennas,
    int rows,
    long units,
    int persons,
    Map<String, Integer> violations) {

  /**
   * Copies the lists and the map (keeping its order).
   *
   * @param ruleId the rule's id
   * @param item the item, {@code TICKET_S}
   * @param unitValueCents the value of a voucher, 1000
   * @param quotaUnits the quota, 2
   * @param quotaPer the quota's period, {@code ISO_WEEK}
   * @param budgetCents the grant
   * @param validFrom first day of the rule (1 January of the second year)
   * @param validTo last day of the rule (31 December of the second year)
   * @param eligibleRoles the roles that may receive vouchers
   * @param antennas the antennas that may hand them out
   * @param rows the ledger's rows (acts of one item)
   * @param units the vouchers handed out
   * @param persons the distinct identified persons who received vouchers (ineligible ones included)
   * @param violations the violations a check as of {@code validTo} finds, by kind ({@code
   *     ANONYMOUS, NOT_ELIGIBLE, WRONG_ANTENNA, OVER_QUOTA, OVER_BUDGET}), a row counted once per
   *     kind it breaks
   */
  public TicketsLedger {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(item, "item");
    requireNonNull(quotaPer, "quotaPer");
    requireNonNull(validFrom, "validFrom");
    requireNonNull(validTo, "validTo");
    eligibleRoles = List.copyOf(eligibleRoles);
    antennas = List.copyOf(antennas);
    violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
  }

  /**
   * {@return the spent amount the check as of {@code validTo} reports: every voucher at its value}
   */
  public long spentCents() {
    return units * unitValueCents;
  }

  /**
   * The rule as a {@code rules.json} document of {@code distribution-rules.md} ({@code
   * terrain-rules/1}), two-space indented, LF line ends.
   *
   * @return the document's text
   */
  public String rulesJson() {
    StringBuilder s = new StringBuilder(512);
    s.append("{\n  \"format\": \"terrain-rules/1\",\n  \"rules\": [\n    {\n");
    s.append("      \"id\": \"").append(ruleId).append("\",\n");
    s.append("      \"item\": \"").append(item).append("\",\n");
    s.append("      \"unit_value_cents\": ").append(unitValueCents).append(",\n");
    s.append("      \"quota\": {\n        \"units\": ")
        .append(quotaUnits)
        .append(",\n        \"per\": \"")
        .append(quotaPer)
        .append("\"\n      },\n");
    s.append("      \"budget_cents\": ").append(budgetCents).append(",\n");
    s.append("      \"valid_from\": \"").append(validFrom).append("\",\n");
    s.append("      \"valid_to\": \"").append(validTo).append("\",\n");
    s.append("      \"eligible_roles\": ").append(jsonArray(eligibleRoles)).append(",\n");
    s.append("      \"antennas\": ").append(jsonArray(antennas)).append('\n');
    s.append("    }\n  ]\n}\n");
    return s.toString();
  }

  private static String jsonArray(List<String> values) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : ", ").append('"').append(values.get(i)).append('"');
    }
    return s.append(']').toString();
  }
}
