package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.ContactTable;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.RecordTable;
import be.terrain.stats.quality.Quality;
import be.terrain.stats.quality.QualityEntry;
import be.terrain.stats.quality.QualityReport;
import be.terrain.testing.MiniCsv;
import org.junit.jupiter.api.Test;

/**
 * The quality report's anonymous contacts, this period and the previous one, are the contacts
 * (counted with their number of contacts) that name no person, counted here row by row.
 */
class QualityRecordsPropertiesTest {

  @Test
  void theReferenceDatasetsAnonymousContactsAreItsContactsWithoutPerson() {
    for (int year : new int[] {2019, 2020, 2021}) {
      assertAnonymousContactsAreCounted(MiniCsv.reference(), Period.ofYear(year));
    }
  }

  @Test
  void aRandomDatasetsAnonymousContactsAreItsContactsWithoutPerson() {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomDatasets.rows(), StatisticsPropertiesTest.periods())
        .checkAssert((rows, period) -> assertAnonymousContactsAreCounted(rows.build(), period));
  }

  private static void assertAnonymousContactsAreCounted(Dataset d, Period period) {
    QualityReport q = Quality.compute(d, period);
    QualityEntry e =
        q.entries(Scope.organisation(q.organisation())).stream()
            .filter(x -> x.population().equals("contacts"))
            .findFirst()
            .orElseThrow();
    long[] now = contacts(d, period);
    long[] before = contacts(d, period.previous());
    assertThat(new long[] {e.n(), e.unknown(), e.previousN(), e.previousUnknown()})
        .as(period.toString())
        .containsExactly(now[0], now[1], before[0], before[1]);
  }

  /** The contacts of a period and the anonymous ones among them. */
  private static long[] contacts(Dataset d, Period period) {
    ContactTable t = d.contacts();
    long n = 0;
    long anonymous = 0;
    for (int r = 0; r < t.size(); r++) {
      int day = t.epochDay(r);
      if (day >= period.fromEpochDay() && day <= period.toEpochDay()) {
        n += t.count(r);
        anonymous += t.person(r) == RecordTable.UNKNOWN ? t.count(r) : 0;
      }
    }
    return new long[] {n, anonymous};
  }
}
