package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.testing.MiniCsv;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The engine agrees, count for count, with a slow and obvious computation of the same tables. */
class NaiveReportPropertiesTest {

  @Provide
  Arbitrary<RandomDatasets.Rows> datasets() {
    return RandomDatasets.rows();
  }

  @Provide
  Arbitrary<Period> periods() {
    return Arbitraries.of(
        Period.ofYear(2019),
        Period.ofYear(2020),
        Period.ofYear(2021),
        Period.ofMonth(2020, 3),
        Period.ofIsoWeek(2020, 10),
        Period.parse("2019-07-01/2020-06-30"),
        Period.parse("2018-12-30/2019-01-02"));
  }

  @Property(tries = 150)
  void theEngineAgreesWithTheNaiveComputation(
      @ForAll("datasets") RandomDatasets.Rows rows, @ForAll("periods") Period period) {
    check(rows.build(), period);
  }

  @Example
  void onTheReferenceDataset() {
    check(MiniCsv.reference(), Period.ofYear(2020));
    check(MiniCsv.reference(), Period.ofMonth(2019, 11));
  }

  private static void check(Dataset d, Period period) {
    Report report = Statistics.compute(d, ReportOptions.of(period));
    NaiveReport naive = new NaiveReport(d);
    for (ReportTable t : report.tables()) {
      for (int k = 0; k <= t.history(); k++) {
        Period p = k == 0 ? period : period.previous(k);
        long[] expected = naive.counts(t.id(), t.scope(), p);
        long[] actual = new long[t.rows().size() + 1];
        for (int c = 0; c < t.rows().size(); c++) {
          ReportRow row = t.rows().get(c);
          actual[c] = k == 0 ? row.count().getAsLong() : row.history().get(k - 1).getAsLong();
        }
        actual[actual.length - 1] = k == 0 ? t.n() : expected[expected.length - 1];
        assertThat(actual).as("%s %s in %s", t.id(), t.scope(), p).containsExactly(expected);
      }
    }
  }
}
