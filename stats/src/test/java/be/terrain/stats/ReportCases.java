package be.terrain.stats;

import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.testing.MiniCsv;
import java.util.function.BiConsumer;

/**
 * The datasets and options the engine's "two ways give the same tables" property tests check: the
 * reference dataset for 2019 to 2021 and with small-count suppression, and random datasets and
 * periods with and without it.
 */
final class ReportCases {
  private ReportCases() {}

  /** Checks the reference dataset for 2019, 2020 and 2021, then 2020 with {@code k = 5}. */
  static void onTheReference(BiConsumer<Dataset, ReportOptions> check) {
    Dataset reference = MiniCsv.reference();
    for (int year : new int[] {2019, 2020, 2021}) {
      check.accept(reference, ReportOptions.of(Period.ofYear(year)));
    }
    check.accept(reference, ReportOptions.of(Period.ofYear(2020)).withSuppressBelow(5));
  }

  /** Checks 40 random datasets and periods, each without suppression and with {@code k = 3}. */
  static void onRandomDatasets(BiConsumer<Dataset, ReportOptions> check) {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomDatasets.rows(), StatisticsPropertiesTest.periods())
        .checkAssert(
            (rows, period) -> {
              Dataset d = rows.build();
              check.accept(d, ReportOptions.of(period));
              check.accept(d, ReportOptions.of(period).withSuppressBelow(3));
            });
  }
}
