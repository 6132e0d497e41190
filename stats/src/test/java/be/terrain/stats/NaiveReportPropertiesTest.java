package be.terrain.stats;

import static be.terrain.testing.Gens.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.testing.MiniCsv;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The engine agrees, count for count, with a slow and obvious computation of the same tables. */
class NaiveReportPropertiesTest {

  static Gen<Period> periods() {
    return pick(
        Period.ofYear(2019),
        Period.ofYear(2020),
        Period.ofYear(2021),
        Period.ofMonth(2020, 3),
        Period.ofIsoWeek(2020, 10),
        Period.parse("2019-07-01/2020-06-30"),
        Period.parse("2018-12-30/2019-01-02"));
  }

  @Test
  void theEngineAgreesWithTheNaiveComputation() {
    qt().withExamples(150)
        .withShrinkCycles(500)
        .forAll(RandomDatasets.rows(), periods())
        .checkAssert((rows, period) -> check(rows.build(), period));
  }

  @Test
  void onTheReferenceDataset() {
    check(MiniCsv.reference(), Period.ofYear(2020));
    check(MiniCsv.reference(), Period.ofMonth(2019, 11));
  }

  private static void check(Dataset d, Period period) {
    Report report = Statistics.compute(d, ReportOptions.of(period));
    NaiveReport naive = new NaiveReport(d);
    // a table gives no n for its history periods: the engine's n is that of a report of the period
    Map<Period, Report> earlier = new HashMap<>();
    for (ReportTable t : report.tables()) {
      for (int k = 0; k <= t.history(); k++) {
        Period p = k == 0 ? period : period.previous(k);
        long[] expected = naive.counts(t.id(), t.scope(), p);
        long[] actual = new long[t.rows().size() + 1];
        for (int c = 0; c < t.rows().size(); c++) {
          ReportRow row = t.rows().get(c);
          actual[c] = k == 0 ? row.count().getAsLong() : row.history().get(k - 1).getAsLong();
        }
        actual[actual.length - 1] =
            k == 0
                ? t.n()
                : earlier
                    .computeIfAbsent(p, q -> Statistics.compute(d, ReportOptions.of(q)))
                    .table(t.id(), t.scope())
                    .orElseThrow()
                    .n();
        assertThat(actual).as("%s %s in %s", t.id(), t.scope(), p).containsExactly(expected);
      }
    }
  }
}
