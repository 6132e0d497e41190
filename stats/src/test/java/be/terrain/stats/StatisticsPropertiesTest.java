package be.terrain.stats;

import static be.terrain.testing.Gens.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.RecordKind;
import be.terrain.stats.internal.Accumulator;
import be.terrain.stats.internal.Engine;
import be.terrain.testing.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Laws of the statistics, on small random valid datasets. */
class StatisticsPropertiesTest {

  /** Few tries (computing reports is slow) and bounded shrinking, as jqwik's. */
  private static QuickTheory tries(int tries) {
    return qt().withExamples(tries).withShrinkCycles(500);
  }

  static Gen<Period> periods() {
    return pick(
        Period.ofYear(2019),
        Period.ofYear(2020),
        Period.ofYear(2021),
        Period.ofMonth(2020, 3),
        Period.ofIsoWeek(2020, 10),
        Period.parse("2019-07-01/2020-06-30"));
  }

  private static Report standard(Dataset d, Period p) {
    return Statistics.compute(d, ReportOptions.of(p));
  }

  @Test
  void theGeneratedDatasetsAreValid() {
    tries(60)
        .forAll(RandomDatasets.rows())
        .checkAssert(
            rows ->
                assertThat(rows.build().validateWithoutPlugins(ReferenceData.READ_ON).problems())
                    .isEmpty());
  }

  /** Choices for splits and merges: drawn in turn (again from the first when all are used). */
  static Gen<List<Integer>> choices() {
    return lists().of(integers().between(0, 1 << 20)).ofSizeBetween(1, 400);
  }

  /** The choices, one after the other: each taken modulo the bound. */
  private static RandomDatasets.Draws inTurn(List<Integer> choices) {
    int[] next = {0};
    return bound -> choices.get(next[0]++ % choices.size()) % bound;
  }

  @Test
  void mergingAccumulatorsOfAnySplitInAnyOrderGivesTheSameReport() {
    tries(80)
        .forAll(RandomDatasets.rows(), periods(), choices())
        .checkAssert(StatisticsPropertiesTest::mergingGivesTheSameReport);
  }

  private static void mergingGivesTheSameReport(
      RandomDatasets.Rows rows, Period period, List<Integer> choices) {
    Dataset d = rows.build();
    ReportOptions options = ReportOptions.of(period);
    Engine engine = Engine.plan(d, ReportDefinition.standard(), options);
    RandomDatasets.Draws random = inTurn(choices);
    List<Accumulator> parts = new ArrayList<>();
    for (Subject s : Subject.values()) {
      if (!s.isRecord()) {
        continue;
      }
      int size = engine.size(s);
      int from = 0;
      while (from < size) {
        int to = Math.min(size, from + 1 + random.nextInt(Math.max(1, size / 2 + 1)));
        Accumulator a = engine.newAccumulator();
        engine.accumulate(a, s, from, to);
        parts.add(a);
        from = to;
      }
    }
    parts.add(engine.newAccumulator());
    for (int i = parts.size() - 1; i > 0; i--) {
      parts.set(i, parts.set(random.nextInt(i + 1), parts.get(i)));
    }
    // merge as a random tree: repeatedly merge two random accumulators
    while (parts.size() > 1) {
      Accumulator x = parts.remove(random.nextInt(parts.size()));
      Accumulator y = parts.remove(random.nextInt(parts.size()));
      parts.add(random.nextBoolean() ? x.merge(y) : y.merge(x));
    }
    assertThat(engine.finish(parts.get(0))).isEqualTo(Statistics.compute(d, options));
  }

  @Test
  void singleValuedPersonTablesAddUpToN() {
    tries(60)
        .forAll(RandomDatasets.rows(), periods())
        .checkAssert(StatisticsPropertiesTest::addUpToN);
  }

  private static void addUpToN(RandomDatasets.Rows rows, Period period) {
    Report report = standard(rows.build(), period);
    for (ReportTable t : report.tables()) {
      TableSpec spec = ReportDefinition.standard().table(t.id()).orElseThrow();
      if (spec.measure() == Measure.PERSONS && spec.rowsAddUpToN()) {
        long sum = t.rows().stream().mapToLong(r -> r.count().getAsLong()).sum();
        assertThat(sum).as(t.id() + " " + t.scope()).isEqualTo(t.n());
      }
    }
  }

  @Test
  void largestRemainderPercentsAddUpTo100() {
    tries(60)
        .forAll(RandomDatasets.rows(), periods())
        .checkAssert(StatisticsPropertiesTest::percentsAddUpTo100);
  }

  private static void percentsAddUpTo100(RandomDatasets.Rows rows, Period period) {
    Report report =
        Statistics.compute(
            rows.build(), ReportOptions.of(period).withRounding(Rounding.LARGEST_REMAINDER));
    for (ReportTable t : report.tables()) {
      TableSpec spec = ReportDefinition.standard().table(t.id()).orElseThrow();
      if (spec.rowsAddUpToN() && t.n() > 0) {
        assertThat(t.rows().stream().mapToInt(r -> r.percent().getAsInt()).sum())
            .as(t.id() + " " + t.scope())
            .isEqualTo(100);
      }
    }
  }

  @Test
  void aProvincesPersonsAreBetweenItsLargestAntennaAndTheirSum() {
    tries(60)
        .forAll(RandomDatasets.rows(), periods())
        .checkAssert(StatisticsPropertiesTest::provinceBetweenLargestAntennaAndSum);
  }

  private static void provinceBetweenLargestAntennaAndSum(RandomDatasets.Rows rows, Period period) {
    Dataset d = rows.build();
    Report report = standard(d, period);
    for (TableSpec spec : ReportDefinition.standard().tables()) {
      if (spec.measure() != Measure.PERSONS) {
        continue;
      }
      for (String province : d.provinces()) {
        ReportTable p = report.table(spec.id(), Scope.province(province)).orElseThrow();
        List<ReportTable> antennas =
            d.antennas().stream()
                .filter(a -> a.province().equals(province))
                .map(a -> report.table(spec.id(), Scope.antenna(a.id())).orElseThrow())
                .toList();
        assertThat(p.n())
            .isBetween(
                antennas.stream().mapToLong(ReportTable::n).max().orElse(0),
                antennas.stream().mapToLong(ReportTable::n).sum());
        for (int c = 0; c < p.rows().size(); c++) {
          int code = c;
          long max =
              antennas.stream()
                  .mapToLong(a -> a.rows().get(code).count().getAsLong())
                  .max()
                  .orElse(0);
          long sum = antennas.stream().mapToLong(a -> a.rows().get(code).count().getAsLong()).sum();
          assertThat(p.rows().get(c).count().getAsLong())
              .as(spec.id() + " " + province)
              .isBetween(max, sum);
        }
      }
      ReportTable org = report.table(spec.id(), Scope.organisation("org")).orElseThrow();
      assertThat(org.n())
          .isLessThanOrEqualTo(
              d.antennas().stream()
                  .mapToLong(a -> report.table(spec.id(), Scope.antenna(a.id())).orElseThrow().n())
                  .sum());
    }
  }

  /** A record to add: its day, person (if any), antenna and kind, as ranks among the choices. */
  record Addition(int day, boolean identified, int person, int antenna, int kind) {}

  static Gen<Addition> additions() {
    int days = (int) (RandomDatasets.LAST.toEpochDay() - RandomDatasets.FIRST.toEpochDay());
    Gen<Integer> day = integers().between(0, days - 1);
    Gen<Boolean> identified = booleans().all();
    Gen<Integer> rank = integers().between(0, 999);
    Gen<Integer> kind = integers().between(0, 3);
    return in ->
        new Addition(
            day.generate(in),
            identified.generate(in),
            rank.generate(in),
            rank.generate(in),
            kind.generate(in));
  }

  /** The rows with the record added. */
  private static RandomDatasets.Rows plus(RandomDatasets.Rows rows, Addition add) {
    int persons = rows.of(RecordKind.PERSON).size();
    int antennas = rows.of(RecordKind.ANTENNA).size();
    String date = RandomDatasets.date(add.day());
    String person =
        persons > 0 && add.identified() ? RandomDatasets.person(add.person() % persons) : "";
    String antenna = "a" + add.antenna() % antennas;
    return switch (add.kind()) {
      case 0 ->
          rows.with(
              RecordKind.CONTACT,
              new String[] {"c-new", date, antenna, "PHONE", person, person.isEmpty() ? "3" : ""});
      case 1 ->
          person.isEmpty()
              ? rows.with(
                  RecordKind.HEALTH,
                  new String[] {
                    "h-new", date, antenna, "", "NURSING_CARE", "RAPID_TEST", "HIV|HCV", "", "", ""
                  })
              : rows.with(
                  RecordKind.ACCOMPANIMENT,
                  new String[] {"ac-new", date, antenna, person, "DEBT", ""});
      case 2 ->
          rows.with(
              RecordKind.HEALTH,
              new String[] {
                "h-new", date, antenna, person, "MEDICAL_CONSULTATION", "", "", "", "", ""
              });
      default ->
          rows.with(
              RecordKind.DISTRIBUTION,
              new String[] {"d-new", date, antenna, person, "CONDOM", "5", ""},
              new String[] {"d-new", date, antenna, person, "HYGIENE_PRODUCTS", "2", ""});
    };
  }

  /**
   * Only additions that keep the dataset valid count (not, e.g., an activity before the person's
   * first contact or birth year): QuickTheories draws others instead, up to 100 times an example.
   */
  @Test
  void addingARecordNeverLowersACount() {
    tries(60)
        .withGenerateAttempts(100)
        .forAll(RandomDatasets.rows(), periods(), additions())
        .assuming(
            (rows, period, add) ->
                plus(rows, add)
                    .build()
                    .validateWithoutPlugins(ReferenceData.READ_ON)
                    .problems()
                    .isEmpty())
        .checkAssert(StatisticsPropertiesTest::addingNeverLowersACount);
  }

  private static void addingNeverLowersACount(
      RandomDatasets.Rows rows, Period period, Addition add) {
    Dataset after = plus(rows, add).build();
    assertThat(after.validateWithoutPlugins(ReferenceData.READ_ON).problems()).isEmpty();
    Report before = standard(rows.build(), period);
    Report report = standard(after, period);
    boolean beforeThePeriod =
        !RandomDatasets.FIRST.plusDays(add.day()).isAfter(period.from().minusDays(1));
    for (int i = 0; i < report.tables().size(); i++) {
      ReportTable a = before.tables().get(i);
      ReportTable b = report.tables().get(i);
      assertThat(b.n()).as(b.id() + " " + b.scope()).isGreaterThanOrEqualTo(a.n());
      if (beforeThePeriod && a.id().equals("profile.new_contact")) {
        continue; // an older activity may turn a new contact into a returning one
      }
      for (int c = 0; c < a.rows().size(); c++) {
        assertThat(b.rows().get(c).count().getAsLong())
            .as(b.id() + " " + b.scope() + " " + b.rows().get(c).code())
            .isGreaterThanOrEqualTo(a.rows().get(c).count().getAsLong());
        for (int h = 0; h < a.history(); h++) {
          assertThat(b.rows().get(c).history().get(h).getAsLong())
              .isGreaterThanOrEqualTo(a.rows().get(c).history().get(h).getAsLong());
        }
      }
    }
  }

  @Test
  void suppressionNeverLeavesASingleSuppressedRowBesideAnotherNonZeroRow() {
    tries(60)
        .forAll(RandomDatasets.rows(), periods(), integers().between(2, 12))
        .checkAssert(StatisticsPropertiesTest::noSingleSuppressedRow);
  }

  private static void noSingleSuppressedRow(RandomDatasets.Rows rows, Period period, int k) {
    Dataset d = rows.build();
    Report plain = standard(d, period);
    Report report = Statistics.compute(d, ReportOptions.of(period).withSuppressBelow(k));
    for (int i = 0; i < report.tables().size(); i++) {
      ReportTable t = report.tables().get(i);
      ReportTable truth = plain.tables().get(i);
      assertThat(t.n()).isEqualTo(truth.n());
      long suppressed = t.rows().stream().filter(ReportRow::suppressed).count();
      long otherNonZero =
          t.rows().stream().filter(r -> !r.suppressed() && r.count().getAsLong() > 0).count();
      assertThat(suppressed == 1 && otherNonZero > 0).as(t.id() + " " + t.scope()).isFalse();
      for (int c = 0; c < t.rows().size(); c++) {
        ReportRow row = t.rows().get(c);
        long count = truth.rows().get(c).count().getAsLong();
        if (count >= 1 && count < k) {
          assertThat(row.suppressed()).isTrue();
        }
        if (!row.suppressed()) {
          assertThat(row.count()).isEqualTo(truth.rows().get(c).count());
          assertThat(row.percent()).isEqualTo(truth.rows().get(c).percent());
        } else {
          assertThat(row.count()).isEmpty();
          assertThat(row.percent()).isEmpty();
          assertThat(row.changePercent()).isEmpty();
        }
      }
    }
  }
}
