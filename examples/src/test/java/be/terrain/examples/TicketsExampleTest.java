package be.terrain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketsExampleTest {
  @Test
  void theDeskRefusesWhatBreaksTheRuleAndTheMonthsCheckIsClean() throws Exception {
    String out = StandardOutput.of(() -> TicketsExample.main(new String[0]));

    assertThat(out)
        .isEqualTo(
            """
        At the desk, tickets-s-2021 (2 per person per week):
          p-0001, 2 at charleroi on 2021-03-15: yes, handed out
          p-0001, 1 at charleroi on 2021-03-17: no, OVER_QUOTA in 2021-W11 by 1 voucher(s)
          p-0002, 2 at extra-ring on 2021-03-18: yes, handed out
          p-0003, 2 at extra-ring on 2021-03-18: no, NOT_ELIGIBLE in 2021-W11
          p-0001, 2 at charleroi on 2021-03-22: yes, handed out
          p-0002, 2 at la-louviere on 2021-03-24: no, WRONG_ANTENNA in 2021-W12
        spent so far: 46000 cents, left: 54000 cents

        The check as of 2021-03-31:
          46 vouchers to 2 persons, 46000 cents spent, 54000 cents left
          violations: none
          at the pace so far the budget runs out on 2021-07-15; it pays for 27 more person-weeks at full quota
        """);
  }
}
