package be.terrain.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A distribution rule: who may receive an item, how many units per person and period, within which
 * budget, from {@code validFrom} to {@code validTo} (both included). Every limit is optional; an
 * absent one does not limit. Money is integer cents. Immutable; the sets keep the order given.
 *
 * <pre>{@code
 * DistributionRule ticketsS = DistributionRule.builder("tickets-s-2021", "TICKET_S",
 *         LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
 *     .unitValueCents(1000)
 *     .quota(2, QuotaPeriod.ISO_WEEK)
 *     .budgetCents(2_000_000)
 *     .eligibleRoles("SEX_WORKER")
 *     .antennas("charleroi", "extra-ring", "lln")
 *     .build();
 * }</pre>
 *
 * @param id the rule's id (1 to 64 characters among {@code A-Z a-z 0-9 . _ -})
 * @param item the item code the rule applies to
 * @param unitValueCents what the budget is charged per unit when a row gives no value of its own
 * @param quota the units one person may receive per period
 * @param budgetCents the budget; requires {@code unitValueCents}
 * @param validFrom the first day the rule applies
 * @param validTo the last day the rule applies, not before {@code validFrom}
 * @param eligibleRoles the role codes of the persons who may receive the item
 * @param antennas the ids of the antennas that may hand the item out
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DistributionRule(
    String id,
    String item,
    OptionalInt unitValueCents,
    Optional<Quota> quota,
    OptionalLong budgetCents,
    LocalDate validFrom,
    LocalDate validTo,
    Optional<Set<String>> eligibleRoles,
    Optional<Set<String>> antennas) {

  /** The highest unit value, as for distribution rows. */
  public static final int MAX_UNIT_VALUE_CENTS = RuleInvariants.MAX_UNIT_VALUE_CENTS;

  /**
   * Validates the rule.
   *
   * @param id the rule's id (1 to 64 characters among {@code A-Z a-z 0-9 . _ -})
   * @param item the item code the rule applies to
   * @param unitValueCents what the budget is charged per unit when a row gives no value of its own
   * @param quota the units one person may receive per period
   * @param budgetCents the budget; requires {@code unitValueCents}
   * @param validFrom the first day the rule applies
   * @param validTo the last day the rule applies, not before {@code validFrom}
   * @param eligibleRoles the role codes of the persons who may receive the item
   * @param antennas the ids of the antennas that may hand the item out
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is not a valid id, the item is blank, an amount is
   *     negative or the unit value over {@link #MAX_UNIT_VALUE_CENTS}, a budget comes without a
   *     unit value, {@code validTo} is before {@code validFrom}, or a role or antenna is blank
   */
  public DistributionRule {
    requireNonNull(id, "id");
    requireNonNull(item, "item");
    requireNonNull(unitValueCents, "unitValueCents");
    requireNonNull(quota, "quota");
    requireNonNull(budgetCents, "budgetCents");
    requireNonNull(validFrom, "validFrom");
    requireNonNull(validTo, "validTo");
    requireNonNull(eligibleRoles, "eligibleRoles");
    requireNonNull(antennas, "antennas");
    checkArgument(
        RuleInvariants.isValidId(id),
        "rule id '%s' is not 1 to 64 characters among A-Z a-z 0-9 . _ -",
        id);
    checkArgument(RuleInvariants.isValidName(item), "rule %s: the item code must not be blank", id);
    unitValueCents.ifPresent(
        v ->
            checkArgument(
                RuleInvariants.isValidUnitValue(v),
                "rule %s: unit value must be 0 to %s cents: %s",
                id,
                MAX_UNIT_VALUE_CENTS,
                v));
    budgetCents.ifPresent(
        b ->
            checkArgument(
                RuleInvariants.isValidBudget(b),
                "rule %s: budget must not be negative: %s cents",
                id,
                b));
    checkArgument(
        RuleInvariants.hasUnitValueForBudget(budgetCents.isPresent(), unitValueCents.isPresent()),
        "rule %s: a budget needs unit_value_cents (the value charged per unit)",
        id);
    checkArgument(
        RuleInvariants.isValidPeriod(validFrom, validTo),
        "rule %s: valid_to %s is before valid_from %s",
        id,
        validTo,
        validFrom);
    eligibleRoles = eligibleRoles.map(s -> copy(id, "role", s));
    antennas = antennas.map(s -> copy(id, "antenna", s));
  }

  /**
   * Starts a rule with its required parts; every limit is added on the builder.
   *
   * @param id the rule's id
   * @param item the item code
   * @param validFrom the first day the rule applies
   * @param validTo the last day the rule applies
   * @return a builder; {@link Builder#build()} makes the rule
   */
  public static Builder builder(String id, String item, LocalDate validFrom, LocalDate validTo) {
    return new Builder(id, item, validFrom, validTo);
  }

  /**
   * {@return whether the rule applies on a date: between {@code validFrom} and {@code validTo}}
   *
   * @param date the day
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }

  private static Set<String> copy(String id, String what, Set<String> set) {
    for (String s : set) {
      requireNonNull(s, what);
      checkArgument(RuleInvariants.isValidName(s), "rule %s: a %s must not be blank", id, what);
    }
    return ImmutableSet.copyOf(set);
  }

  /**
   * Builds a {@link DistributionRule}. Each limit can be set once: setting one twice is a mistake
   * in the calling code and fails with {@link IllegalStateException}.
   */
  public static final class Builder {
    private final String id;
    private final String item;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private OptionalInt unitValueCents = OptionalInt.empty();
    private Optional<Quota> quota = Optional.empty();
    private OptionalLong budgetCents = OptionalLong.empty();
    private Optional<Set<String>> eligibleRoles = Optional.empty();
    private Optional<Set<String>> antennas = Optional.empty();

    private Builder(String id, String item, LocalDate validFrom, LocalDate validTo) {
      this.id = requireNonNull(id, "id");
      this.item = requireNonNull(item, "item");
      this.validFrom = requireNonNull(validFrom, "validFrom");
      this.validTo = requireNonNull(validTo, "validTo");
    }

    /**
     * The value the budget is charged per unit where a row gives none.
     *
     * @param cents the unit value in cents, from {@link RuleInvariants#MIN_UNIT_VALUE_CENTS}
     * @return this builder, for chaining
     * @throws IllegalStateException if already set
     */
    public Builder unitValueCents(int cents) {
      checkState(
          unitValueCents.isEmpty(),
          "rule %s: unit value was already set to %s",
          id,
          unitValueCents);
      unitValueCents = OptionalInt.of(cents);
      return this;
    }

    /**
     * The quota: {@code units} per person and period.
     *
     * @param units the units a person may receive per period, at least 1
     * @param per the quota period
     * @return this builder, for chaining
     * @throws IllegalArgumentException if {@code units} is less than 1
     * @throws IllegalStateException if already set
     */
    public Builder quota(int units, QuotaPeriod per) {
      return quota(new Quota(units, per));
    }

    /**
     * The quota.
     *
     * @param q the quota
     * @return this builder, for chaining
     * @throws IllegalStateException if already set
     */
    public Builder quota(Quota q) {
      requireNonNull(q, "quota");
      checkState(quota.isEmpty(), "rule %s: quota was already set to %s", id, quota.orElse(null));
      quota = Optional.of(q);
      return this;
    }

    /**
     * The budget in cents; the rule must also give a unit value.
     *
     * @param cents the budget in cents, not negative
     * @return this builder, for chaining
     * @throws IllegalStateException if already set
     */
    public Builder budgetCents(long cents) {
      checkState(budgetCents.isEmpty(), "rule %s: budget was already set to %s", id, budgetCents);
      budgetCents = OptionalLong.of(cents);
      return this;
    }

    /**
     * The role codes eligible to receive the item.
     *
     * @param roles {@code role} codes, each named once
     * @return this builder, for chaining
     * @throws IllegalArgumentException if a role is named twice
     * @throws IllegalStateException if already set
     */
    public Builder eligibleRoles(Collection<String> roles) {
      checkState(eligibleRoles.isEmpty(), "rule %s: eligible roles were already set", id);
      eligibleRoles = Optional.of(distinct("role", roles));
      return this;
    }

    /**
     * The role codes eligible to receive the item; see {@link #eligibleRoles(Collection)}.
     *
     * @param roles {@code role} codes, each named once
     * @return this builder, for chaining
     */
    public Builder eligibleRoles(String... roles) {
      return eligibleRoles(Arrays.asList(roles));
    }

    /**
     * The ids of the antennas that may hand the item out.
     *
     * @param antennaIds antenna ids, each named once
     * @return this builder, for chaining
     * @throws IllegalArgumentException if an antenna is named twice
     * @throws IllegalStateException if already set
     */
    public Builder antennas(Collection<String> antennaIds) {
      checkState(antennas.isEmpty(), "rule %s: antennas were already set", id);
      antennas = Optional.of(distinct("antenna", antennaIds));
      return this;
    }

    /**
     * The ids of the antennas that may hand the item out; see {@link #antennas(Collection)}.
     *
     * @param antennaIds antenna ids, each named once
     * @return this builder, for chaining
     */
    public Builder antennas(String... antennaIds) {
      return antennas(Arrays.asList(antennaIds));
    }

    /**
     * {@return the rule}
     *
     * @throws IllegalArgumentException as {@link DistributionRule#DistributionRule} does
     */
    public DistributionRule build() {
      return new DistributionRule(
          id,
          item,
          unitValueCents,
          quota,
          budgetCents,
          validFrom,
          validTo,
          eligibleRoles,
          antennas);
    }

    private Set<String> distinct(String what, Collection<String> values) {
      requireNonNull(values, what + "s");
      Set<String> out = new LinkedHashSet<>();
      for (String v : values) {
        requireNonNull(v, what);
        checkArgument(out.add(v), "rule %s: %s '%s' is named twice", id, what, v);
      }
      return out;
    }
  }
}
