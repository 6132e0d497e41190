package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.stats.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Laws of the merge: order and grouping never matter; bounds hold; overlap shows. */
class MergeProperties {
  private static List<Contribution> contributions;
  private static byte[] expected;

  @BeforeAll
  static void members() {
    List<Members.Member> ms = new ArrayList<>();
    for (int m = 0; m < 5; m++) {
      int[] globals = new int[200 + 150 * m];
      for (int i = 0; i < globals.length; i++) {
        globals[i] = i % 3 == 0 ? i : 10_000 * (m + 1) + i;
      }
      ms.add(Members.member("m" + (char) ('e' - m), globals));
    }
    contributions = Members.contributions(ms, Optional.of(Fixtures.KEY));
    expected = bytes(ContributionSet.of(contributions));
  }

  private static byte[] bytes(ContributionSet set) {
    return FederationReportJson.toBytes(
        Federation.merge("fdss", set, FederationOptions.of().withSuppressBelow(3))
            .report()
            .orElseThrow());
  }

  @Test
  void anyOrderAndGroupingGivesTheSameBytes() {
    qt().withExamples(40)
        .forAll(lists().of(integers().between(0, 1 << 16)).ofSize(12))
        .checkAssert(
            draws -> {
              List<Contribution> shuffled = new ArrayList<>(contributions);
              for (int i = shuffled.size() - 1; i > 0; i--) {
                java.util.Collections.swap(shuffled, i, draws.get(i) % (i + 1));
              }
              List<ContributionSet> groups = new ArrayList<>();
              for (int i = 0; i < shuffled.size(); i++) {
                if (groups.isEmpty() || draws.get(6 + i % 6) % 2 == 0) {
                  groups.add(ContributionSet.empty());
                }
                groups.get(groups.size() - 1).add(shuffled.get(i));
              }
              ContributionSet all = ContributionSet.empty();
              for (int i = groups.size() - 1; i >= 0; i--) {
                all = draws.get(0) % 2 == 0 ? all.addAll(groups.get(i)) : groups.get(i).addAll(all);
              }
              assertThat(bytes(all)).isEqualTo(expected);
              ContributionSet decoded =
                  ContributionSet.fromBytes(all.toBytes(), KnownDefinitions.standard());
              assertThat(bytes(decoded)).isEqualTo(expected);
            });
  }

  @Test
  void boundsHoldAndOverlapShows() {
    qt().withExamples(8)
        .forAll(integers().between(2, 4), integers().between(20, 2_000), integers().between(0, 1))
        .checkAssert(
            (members, persons, disjoint) -> {
              List<Members.Member> ms = new ArrayList<>();
              for (int m = 0; m < members; m++) {
                int[] globals = new int[persons];
                for (int i = 0; i < persons; i++) {
                  globals[i] = disjoint == 1 ? m * 1_000_000 + i : i;
                }
                ms.add(Members.member("m" + m, globals));
              }
              FederationReport r =
                  Federation.merge(
                          "fdss",
                          Members.contributions(ms, Optional.of(Fixtures.KEY)),
                          FederationOptions.of())
                      .report()
                      .orElseThrow();
              for (FederationTable t : r.tables()) {
                if (!t.acrossMembers() || t.measure() != Measure.PERSONS) {
                  continue;
                }
                Bounds b = t.nBounds().orElseThrow();
                long n = t.n().orElseThrow();
                assertThat(b.contains(n)).isTrue();
                assertThat(t.nInterval().orElseThrow().lo()).isLessThanOrEqualTo(n);
                long near = disjoint == 1 ? b.hi() : b.lo();
                assertThat((double) Math.abs(n - near)).isLessThanOrEqualTo(0.03 * near + 1);
                for (FederationRow row : t.rows()) {
                  assertThat(row.bounds().orElseThrow().contains(row.count().orElseThrow()))
                      .isTrue();
                }
              }
            });
  }
}
