package be.terrain.core.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A distribution act that breaks a {@link DistributionRuleKind}.
 *
 * @param kind the id of the kind broken
 * @param actId the act's id
 * @param personId the act's person; empty when the act is anonymous
 * @param date the act's date
 * @param period the label of the period the kind counts in (e.g. {@code 2021-03}); empty when it
 *     counts in none
 * @param message what is wrong, in English, e.g. {@code 5400 cents handed out in 2021-03, cap 5000}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleKindViolation(
    String kind,
    String actId,
    Optional<String> personId,
    LocalDate date,
    Optional<String> period,
    String message) {
  /**
   * Checks for nulls and blanks.
   *
   * @param kind the id of the kind broken
   * @param actId the act's id
   * @param personId the act's person; empty when the act is anonymous
   * @param date the act's date
   * @param period the label of the period the kind counts in (e.g. {@code 2021-03}); empty when it
   *     counts in none
   * @param message what is wrong, in English, e.g. {@code 5400 cents handed out in 2021-03, cap
   *     5000}
   * @throws IllegalArgumentException when the kind, act id or message is blank
   */
  public RuleKindViolation {
    requireNonNull(kind, "kind");
    requireNonNull(actId, "actId");
    requireNonNull(personId, "personId");
    requireNonNull(date, "date");
    requireNonNull(period, "period");
    requireNonNull(message, "message");
    Preconditions.checkArgument(!kind.isBlank(), "a violation names its kind");
    Preconditions.checkArgument(!actId.isBlank(), "a violation of %s names its act", kind);
    Preconditions.checkArgument(!message.isBlank(), "a violation of %s says what is wrong", kind);
  }
}
