package be.terrain.examples;

import be.terrain.core.Antenna;
import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.Organisation;
import be.terrain.core.Person;
import be.terrain.core.rules.Breach;
import be.terrain.core.rules.DistributionDesk;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.Handout;
import be.terrain.core.rules.HandoutAnswer;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleResult;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Handing out Tickets S: at the desk, before each hand-out, the {@link DistributionDesk} answers
 * "may this person receive these vouchers here today?" against the rule (2 per person per ISO week,
 * sex workers only, at two antennas, within a budget); the vouchers handed out go into the ledger,
 * and at the end of the month the ledger is checked ({@link RulesCheck}): what was spent, what is
 * left, any violation, and the day the budget runs out at the pace so far.
 */
public final class TicketsExample {
  private TicketsExample() {}

  static final String TICKET_S = "TICKET_S";

  /**
   * The rule: €10 vouchers, 2 per person per ISO week, €1,000 for 2021, sex workers, two antennas.
   */
  static final DistributionRule TICKETS_S_2021 =
      DistributionRule.builder(
              "tickets-s-2021", TICKET_S, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
          .unitValueCents(1000)
          .quota(2, QuotaPeriod.ISO_WEEK)
          .budgetCents(100_000)
          .eligibleRoles("SEX_WORKER")
          .antennas("charleroi", "extra-ring")
          .build();

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.of(TICKETS_S_2021);
    List<DistributionAct> ledger = new ArrayList<>(januaryToMarch());
    DistributionDesk desk = DistributionDesk.open(dataset(ledger), rules);

    System.out.println("At the desk, " + TICKETS_S_2021.id() + " (2 per person per week):");
    handOut(
        desk, ledger, Handout.of("p-0001", TICKET_S, 2, "charleroi", LocalDate.of(2021, 3, 15)));
    handOut(
        desk, ledger, Handout.of("p-0001", TICKET_S, 1, "charleroi", LocalDate.of(2021, 3, 17)));
    handOut(
        desk, ledger, Handout.of("p-0002", TICKET_S, 2, "extra-ring", LocalDate.of(2021, 3, 18)));
    handOut(
        desk, ledger, Handout.of("p-0003", TICKET_S, 2, "extra-ring", LocalDate.of(2021, 3, 18)));
    handOut(
        desk, ledger, Handout.of("p-0001", TICKET_S, 2, "charleroi", LocalDate.of(2021, 3, 22)));
    handOut(
        desk, ledger, Handout.of("p-0002", TICKET_S, 2, "la-louviere", LocalDate.of(2021, 3, 24)));
    System.out.println(
        "spent so far: "
            + desk.spentCents(TICKETS_S_2021.id())
            + " cents, left: "
            + desk.leftCents(TICKETS_S_2021.id()).getAsLong()
            + " cents");

    LocalDate endOfMonth = LocalDate.of(2021, 3, 31);
    RulesCheck check = RulesCheck.of(dataset(ledger), rules, endOfMonth);
    RuleResult march = check.result(TICKETS_S_2021.id()).orElseThrow();
    System.out.println();
    System.out.println("The check as of " + endOfMonth + ":");
    System.out.println(
        "  "
            + march.units()
            + " vouchers to "
            + march.persons()
            + " persons, "
            + march.spentCents()
            + " cents spent, "
            + march.leftCents().getAsLong()
            + " cents left");
    System.out.println(
        "  violations: "
            + (march.violations().isEmpty()
                ? "none"
                : march.violations().stream()
                    .map(TicketsExample::describe)
                    .collect(Collectors.joining("; "))));
    System.out.println(
        "  at the pace so far the budget "
            + march.plan().runsOutOn().map(d -> "runs out on " + d).orElse("lasts the year")
            + "; it pays for "
            + march.plan().personPeriodsLeft().getAsLong()
            + " more person-weeks at full quota");
  }

  /**
   * Asks the desk; hands the vouchers out (records them, adds them to the ledger) only when
   * allowed.
   */
  private static void handOut(DistributionDesk desk, List<DistributionAct> ledger, Handout h) {
    String question =
        h.personId().orElse("someone")
            + ", "
            + h.units()
            + " at "
            + h.antennaId()
            + " on "
            + h.date();
    HandoutAnswer answer = desk.check(h);
    if (answer.isAllowed()) {
      desk.record(h);
      ledger.add(
          new DistributionAct(
              "d-" + (ledger.size() + 1),
              h.date(),
              h.antennaId(),
              h.personId(),
              List.of(DistributionItem.of(h.item(), h.units()))));
      System.out.println("  " + question + ": yes, handed out");
    } else {
      System.out.println(
          "  "
              + question
              + ": no, "
              + answer.breaches().stream()
                  .map(TicketsExample::describe)
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String describe(Breach b) {
    return b.kind()
        + b.period().map(p -> " in " + p).orElse("")
        + (b.excessUnits().isPresent() ? " by " + b.excessUnits().getAsInt() + " voucher(s)" : "")
        + (b.excessCents().isPresent() ? " by " + b.excessCents().getAsLong() + " cents" : "");
  }

  private static String describe(Violation v) {
    return v.actId() + " " + v.kind();
  }

  /** Two vouchers every Monday from January to mid-March for the two sex workers followed. */
  private static List<DistributionAct> januaryToMarch() {
    List<DistributionAct> acts = new ArrayList<>();
    for (LocalDate monday = LocalDate.of(2021, 1, 4);
        monday.isBefore(LocalDate.of(2021, 3, 15));
        monday = monday.plusWeeks(1)) {
      for (String person : List.of("p-0001", "p-0002")) {
        String antenna = person.equals("p-0001") ? "charleroi" : "extra-ring";
        acts.add(
            new DistributionAct(
                "d-" + (acts.size() + 1),
                monday,
                antenna,
                Optional.of(person),
                List.of(DistributionItem.of(TICKET_S, 2))));
      }
    }
    return acts;
  }

  /** The organisation, its antennas, the persons and a ledger. */
  private static Dataset dataset(List<DistributionAct> ledger) {
    DatasetBuilder b =
        Dataset.builder()
            .organisation(new Organisation("demo", "Terrain Demo asbl"))
            .add(new Antenna("charleroi", "Service Charleroi", "BE-WHT", "SERVICE"))
            .add(new Antenna("extra-ring", "Antenne Extra Ring", "BE-WHT", "ANTENNA"))
            .add(new Antenna("la-louviere", "Antenne La Louvière", "BE-WHT", "ANTENNA"))
            .add(Person.of("p-0001", "SEX_WORKER"))
            .add(Person.of("p-0002", "SEX_WORKER"))
            .add(Person.of("p-0003", "ENTOURAGE"));
    ledger.forEach(b::add);
    return b.build();
  }
}
