package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.internal.Accumulator;
import be.terrain.stats.internal.Engine;
import be.terrain.testing.MiniCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's contract on the reference dataset (found by mutation testing): what it refuses, how
 * many records each subject has, and that shares of the records give the report of the whole.
 */
class EngineContractsTest {
  private static Dataset reference;
  private static ReportOptions options;
  private static Engine engine;

  @BeforeAll
  static void plan() {
    reference = MiniCsv.reference();
    options = ReportOptions.of(Period.ofYear(2020));
    engine = Engine.plan(reference, ReportDefinition.standard(), options);
  }

  @Test
  void personsAreNotRecordsToAccumulate() {
    Accumulator acc = engine.newAccumulator();
    assertThatThrownBy(() -> engine.accumulate(acc, Subject.PERSON, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persons are not records");
  }

  @Test
  void accumulatorsOfDifferentPlansAreNotMerged() {
    // the smallest random dataset: fewer antennas and persons than the reference
    Dataset small = RandomDatasets.of(bound -> 0).build();
    Engine other = Engine.plan(small, ReportDefinition.standard(), options);
    assertThatThrownBy(() -> engine.newAccumulator().merge(other.newAccumulator()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different plans");
  }

  @Test
  void eachSubjectHasTheRecordsOfItsFile() {
    assertThat(engine.size(Subject.CONTACT)).isEqualTo(reference.contacts().size());
    assertThat(engine.size(Subject.ACCOMPANIMENT)).isEqualTo(reference.accompaniments().size());
    assertThat(engine.size(Subject.HEALTH)).isEqualTo(reference.health().size());
    assertThat(engine.size(Subject.DISTRIBUTION_ROW)).isEqualTo(reference.distributions().size());
    assertThat(engine.size(Subject.CONTACT)).isPositive();
    assertThat(engine.size(Subject.PERSON)).isPositive();
  }

  @Test
  void anEmptyRangeAddsNothing() {
    Report whole = engine.run();
    Accumulator acc = engine.newAccumulator();
    for (Subject s : Subject.values()) {
      if (s.isRecord()) {
        engine.accumulate(acc, s, engine.size(s), 0);
        engine.accumulate(acc, s, 0, engine.size(s));
        engine.accumulate(acc, s, 1, 1);
      }
    }
    assertThat(engine.finish(acc)).isEqualTo(whole);
  }

  @Test
  void everyCountOfSharesGivesTheReportOfTheWhole() {
    Report whole = Statistics.compute(reference, options);
    assertThat(engine.run()).isEqualTo(whole);
    for (int n = 1; n <= 3; n++) {
      Accumulator acc = engine.newAccumulator();
      for (int i = 0; i < n; i++) {
        acc.merge(engine.accumulateChunk(i, n));
      }
      assertThat(engine.finish(acc)).as("%s shares", n).isEqualTo(whole);
    }
  }
}
