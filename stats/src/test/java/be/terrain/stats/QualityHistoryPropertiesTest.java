package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.quality.Quality;
import be.terrain.stats.quality.QualityEntry;
import be.terrain.stats.quality.QualityReport;
import be.terrain.testing.MiniCsv;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quality report's previous-period figures are the figures of the quality report of the previous
 * period: the engine computes a period's end as the later of two ends (its own report) or the
 * earlier one (the next period's report) in one pass over the profiles, and both must agree, for
 * every entry (the profile attributes, the profile rows and their age included).
 */
class QualityHistoryPropertiesTest {

  @Test
  void theReferenceDatasetsPreviousFiguresAreThePreviousPeriodsFigures() {
    for (int year : new int[] {2019, 2020, 2021}) {
      assertPreviousFiguresAreThePreviousPeriods(MiniCsv.reference(), Period.ofYear(year));
    }
  }

  @Test
  void aRandomDatasetsPreviousFiguresAreThePreviousPeriodsFigures() {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomDatasets.rows(), StatisticsPropertiesTest.periods())
        .checkAssert(
            (rows, period) -> assertPreviousFiguresAreThePreviousPeriods(rows.build(), period));
  }

  private static void assertPreviousFiguresAreThePreviousPeriods(Dataset d, Period period) {
    QualityReport now = Quality.compute(d, period);
    Map<String, QualityEntry> before = new HashMap<>();
    for (QualityEntry e : Quality.compute(d, period.previous()).entries()) {
      before.put(key(e), e);
    }
    assertThat(now.entries()).hasSameSizeAs(before.values());
    for (QualityEntry e : now.entries()) {
      QualityEntry b = before.get(key(e));
      assertThat(b).as(key(e)).isNotNull();
      assertThat(e.previousUnknown()).as(period + " " + key(e)).isEqualTo(b.unknown());
      assertThat(e.previousN()).as(period + " " + key(e)).isEqualTo(b.n());
    }
  }

  private static String key(QualityEntry e) {
    return e.scope() + " " + e.population() + "." + e.attribute();
  }
}
