package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.terrain.core.Dataset;
import be.terrain.federation.internal.Sketches;
import be.terrain.stats.Measure;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import be.terrain.testing.MiniCsv;
import java.util.List;
import java.util.Optional;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference dataset as a one-member federation gives its standard report's figures. */
class ReferenceFederationTest {
  private static Dataset reference;
  private static Report report;
  private static Contribution linked;
  private static FederationReport federation;

  @BeforeAll
  static void compute() {
    reference = MiniCsv.reference();
    report = Statistics.compute(reference, ReportOptions.of(Fixtures.YEAR));
    linked =
        Fixtures.contribution(reference, Optional.of(Fixtures.KEY), Fixtures.idCodes(reference));
    federation =
        Federation.merge("fdss", List.of(linked), FederationOptions.of()).report().orElseThrow();
  }

  private static FederationScope federationScope(Scope s) {
    return s.level() == Scope.Level.ORGANISATION
        ? new FederationScope(FederationScope.Level.FEDERATION, "fdss")
        : new FederationScope(FederationScope.Level.PROVINCE, s.id());
  }

  @Test
  void everyFigureIsTheReportsAtTheOrganisationAndItsProvinces() {
    int checked = 0;
    for (ReportTable t : report.tables()) {
      if (t.scope().level() == Scope.Level.ANTENNA) {
        continue;
      }
      List<FederationScope> scopes =
          t.scope().level() == Scope.Level.ORGANISATION
              ? List.of(
                  federationScope(t.scope()),
                  new FederationScope(FederationScope.Level.MEMBER, "e2w"))
              : List.of(federationScope(t.scope()));
      for (FederationScope fs : scopes) {
        FederationTable ft = federation.table(t.id(), fs).orElseThrow();
        assertThat(ft.n()).as(t.id() + " " + fs).hasValue(t.n());
        for (ReportRow r : t.rows()) {
          FederationRow fr = ft.row(r.code()).orElseThrow();
          assertThat(fr.count()).as(t.id() + " " + fs + " " + r.code()).isEqualTo(r.count());
          assertThat(fr.history()).isEqualTo(r.history());
          assertThat(fr.changePercent()).isEqualTo(r.changePercent());
          if (ft.acrossMembers()) {
            long c = r.count().getAsLong();
            assertThat(fr.bounds()).hasValue(new Bounds(c, c));
            assertThat(fr.interval()).hasValue(new Bounds(c, c));
          } else {
            assertThat(fr.percent()).isEqualTo(r.percent());
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void unclampedEstimatesAreWithinTwoPercentOfTheCounts() {
    int checked = 0;
    for (ContributionTable t : linked.tables()) {
      if (t.measure() != Measure.PERSONS) {
        continue;
      }
      check(t.n(), t.nSketch().orElseThrow());
      for (ContributionRow r : t.rows()) {
        assertThat(r.unlinked()).hasValue(0);
        check(r.count(), r.sketch().orElseThrow());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static void check(long count, Sketch sketch) {
    HllSketch s = Sketches.heapify(sketch);
    assertThat(s.getEstimate()).isCloseTo(count, within(Math.max(0.5, count * 0.02)));
  }

  @Test
  void withoutKeyTheContributionCarriesNoSketch() {
    Contribution plain = Fixtures.contribution(reference, Optional.empty(), p -> null);
    assertThat(plain.linkage()).isEmpty();
    assertThat(plain.tables()).noneMatch(ContributionTable::linked);
    assertThat(plain).isEqualTo(linked.withoutLinkage());
  }

  @Test
  void theContributionReadsBackAsWritten() {
    byte[] bytes = ContributionJson.toBytes(linked);
    ContributionRead read = ContributionJson.read(bytes, "e2w.json", KnownDefinitions.standard());
    assertThat(read.problems()).isEmpty();
    assertThat(read.contribution()).hasValue(linked);
    assertThat(ContributionJson.toBytes(read.contribution().get())).isEqualTo(bytes);
  }
}
