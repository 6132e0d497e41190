package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.testing.MiniCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The persons a {@link PersonSetSink} receives are those the report counts. */
class PersonSetSinkTest {

  private record Seen(int n, List<Integer> rows, boolean rowsInN) {}

  private static Map<String, Seen> collect(Dataset d, ReportOptions options, Report[] report) {
    Map<String, Seen> seen = new ConcurrentHashMap<>();
    report[0] =
        Statistics.compute(
            d,
            ReportDefinition.standard(),
            options,
            (table, scope, n, rows) -> {
              List<Integer> sizes = new ArrayList<>();
              boolean inN = true;
              for (PersonSet r : rows) {
                sizes.add(r.size());
                int[] count = {0};
                r.forEach(p -> count[0]++);
                assertThat(count[0]).isEqualTo(r.size());
                var it = r.iterator();
                while (it.hasNext()) {
                  inN &= n.contains(it.nextInt());
                }
              }
              Seen old = seen.put(table.id() + " " + scope, new Seen(n.size(), sizes, inN));
              assertThat(old).as("called once per table and scope").isNull();
            });
    return seen;
  }

  private static void assertMatches(Dataset d, Period period) {
    ReportOptions options = ReportOptions.of(period);
    Report[] report = new Report[1];
    Map<String, Seen> seen = collect(d, options, report);
    assertThat(report[0]).isEqualTo(Statistics.compute(d, options));
    int expected = 0;
    for (ReportTable t : report[0].tables()) {
      if (t.measure() != Measure.PERSONS || t.scope().level() == Scope.Level.ANTENNA) {
        continue;
      }
      expected++;
      Seen s = seen.get(t.id() + " " + t.scope());
      assertThat(s).as(t.id() + " " + t.scope()).isNotNull();
      assertThat((long) s.n()).as(t.id() + " n").isEqualTo(t.n());
      assertThat(s.rows())
          .as(t.id() + " " + t.scope())
          .containsExactlyElementsOf(
              t.rows().stream().map(r -> (int) r.count().orElseThrow()).toList());
      assertThat(s.rowsInN()).isTrue();
    }
    assertThat(seen).hasSize(expected);
  }

  @Test
  void theReferenceDatasetsPersonsAreThoseOfItsReport() {
    assertMatches(MiniCsv.reference(), Period.ofYear(2020));
  }

  @Test
  void randomDatasetsPersonsAreThoseOfTheirReports() {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomDatasets.rows(), StatisticsPropertiesTest.periods())
        .checkAssert((rows, period) -> assertMatches(rows.build(), period));
  }
}
