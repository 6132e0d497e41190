package be.terrain.cli;

import be.terrain.core.Period;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The period options of a command that computes figures ({@code --year Y | --from D --to D}) and
 * their checks: one form or the other, a year within bounds, {@code --to} not before {@code
 * --from}; each refusal a usage error.
 */
final class PeriodOptions {
  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "The period: a calendar year, e.g. 2020.")
  Integer year;

  @Option(
      names = "--from",
      paramLabel = "D",
      converter = Converters.Date.class,
      description = "The period's first day (with --to), instead of --year.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "D",
      converter = Converters.Date.class,
      description = "The period's last day (with --from).")
  LocalDate to;

  /**
   * The period given.
   *
   * @throws ParameterException when none, both forms or an impossible one is given
   */
  Period period(CommandLine cl) {
    if (year != null && (from != null || to != null)) {
      throw new ParameterException(cl, "give the period as --year or as --from and --to, not both");
    }
    if (year != null) {
      return Period.ofYear(
          OptionChecks.within(
              cl, "--year", year, OptionChecks.FIRST_YEAR, OptionChecks.LAST_YEAR, "a year"));
    }
    if (from == null || to == null) {
      throw new ParameterException(cl, "give the period: --year Y, or --from D and --to D");
    }
    if (to.isBefore(from)) {
      throw new ParameterException(cl, "--to " + to + " is before --from " + from);
    }
    return Period.of(from, to);
  }
}
