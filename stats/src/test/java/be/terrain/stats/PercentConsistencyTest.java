package be.terrain.stats;

import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PercentConsistencyTest {
  @Test
  void thePublishedAgeTableOfElevenPersonsIsImpossible() {
    // three slices of N = 11 published as 20 %, 64 % and 18 %: 20 % is out of reach
    PercentConsistency.Result r = PercentConsistency.check(11, 20, 64, 18);
    assertThat(r.possible()).isFalse();
    assertThat(r.impossibleRows()).containsExactly(0);
    assertThat(PercentConsistency.countsFor(11, 20)).isEmpty();
    assertThat(PercentConsistency.countsFor(11, 18)).hasValue(new PercentConsistency.Counts(2, 2));
  }

  @Test
  void theReproducedTableIsPossible() {
    assertThat(PercentConsistency.check(11, 18, 64, 18).possible()).isTrue();
    assertThat(PercentConsistency.check(117, 58, 42, 0, 0).possible()).isTrue();
  }

  @Test
  void quartersOfTenPersonsAreImpossible() {
    assertThat(
            PercentConsistency.check(10, PercentConsistency.Rows.DISJOINT, 50, 25, 25)
                .impossibleRows())
        .containsExactly(1, 2);
  }

  @Test
  void rowsPossibleOnTheirOwnMayNotAddUp() {
    // with N = 3, 33 % is one person: three rows of 33 % add up, two rows of 67 % cannot
    assertThat(PercentConsistency.check(3, 33, 33, 33).possible()).isTrue();
    PercentConsistency.Result r = PercentConsistency.check(3, 67, 67);
    assertThat(r.impossibleRows()).isEmpty();
    assertThat(r.countsFit()).isFalse();
    assertThat(r.possible()).isFalse();
    assertThat(PercentConsistency.check(3, PercentConsistency.Rows.INDEPENDENT, 67, 67).possible())
        .isTrue();
    // an excerpt may add up to less than N, never more
    assertThat(PercentConsistency.check(10, PercentConsistency.Rows.DISJOINT, 20).possible())
        .isTrue();
    assertThat(PercentConsistency.check(10, PercentConsistency.Rows.PARTITION, 20).possible())
        .isFalse();
  }

  /** N then one to four published percents. */
  static Gen<int[]> smallTables() {
    Gen<Integer> percent =
        weighted(
            w(1, integers().between(0, 100)),
            w(1, pick(0, 9, 10, 17, 18, 20, 25, 33, 50, 67, 100)));
    return integers()
        .between(1, 12)
        .zip(
            lists().of(percent).ofSizeBetween(1, 4),
            (n, ps) -> {
              int[] out = new int[ps.size() + 1];
              out[0] = n;
              for (int i = 0; i < ps.size(); i++) {
                out[i + 1] = ps.get(i);
              }
              return out;
            })
        .describedAs(java.util.Arrays::toString);
  }

  @Test
  void agreesWithBruteForce() {
    qt().withExamples(400).forAll(smallTables()).checkAssert(PercentConsistencyTest::bruteForce);
  }

  private static void bruteForce(int[] table) {
    int n = table[0];
    int[] percents = java.util.Arrays.copyOfRange(table, 1, table.length);
    Set<List<Integer>> reachable = new HashSet<>();
    compositions(n, percents.length, new ArrayList<>(), reachable);
    PercentConsistency.Result r = PercentConsistency.check(n, percents);
    List<Integer> asList = new ArrayList<>();
    for (int p : percents) {
      asList.add(p);
    }
    assertThat(r.possible()).isEqualTo(reachable.contains(asList));
    for (int i = 0; i < percents.length; i++) {
      boolean alone = false;
      for (int c = 0; c <= n; c++) {
        alone |= Percentages.halfUp(c, n) == percents[i];
      }
      assertThat(r.impossibleRows().contains(i)).isEqualTo(!alone);
    }
  }

  @Test
  void countsForGivesExactlyTheCountsThatRound() {
    qt().withExamples(200)
        .forAll(integers().between(1, 300), integers().between(-2, 102))
        .checkAssert(PercentConsistencyTest::countsThatRound);
  }

  private static void countsThatRound(int n, int p) {
    var range = PercentConsistency.countsFor(n, p);
    for (int c = 0; c <= n; c++) {
      boolean rounds = Percentages.halfUp(c, n) == p;
      boolean inRange = range.isPresent() && c >= range.get().min() && c <= range.get().max();
      assertThat(inRange).as("count %s of %s for %s %%", c, n, p).isEqualTo(rounds);
    }
  }

  /** Every way to split n into k ordered counts, as the percents they round to. */
  private static void compositions(int n, int k, List<Integer> counts, Set<List<Integer>> out) {
    int used = counts.stream().mapToInt(Integer::intValue).sum();
    if (counts.size() == k - 1) {
      List<Integer> percents = new ArrayList<>();
      for (int c : counts) {
        percents.add(Percentages.halfUp(c, n));
      }
      percents.add(Percentages.halfUp(n - used, n));
      out.add(percents);
      return;
    }
    for (int c = 0; c <= n - used; c++) {
      counts.add(c);
      compositions(n, k, counts, out);
      counts.remove(counts.size() - 1);
    }
  }
}
