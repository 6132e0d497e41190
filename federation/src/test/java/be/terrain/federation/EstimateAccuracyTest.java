package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.stats.Measure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Five members of 20,000 persons each, 30 % of whom are shared with other members: every estimate
 * of distinct persons across members within 5 % of the truth, the median error under 2 %, the
 * interval holding the truth in at least 90 % of the rows.
 */
class EstimateAccuracyTest {
  private static final int MEMBERS = 5;
  private static final int PERSONS = 20_000;
  private static final int SHARED = 6_000;

  private static FederationReport report;
  private static Map<String, Set<Integer>> truth;

  @BeforeAll
  static void federate() {
    Random random = new Random(20200101);
    List<Integer> pool = new ArrayList<>();
    for (int g = 0; g < 15_000; g++) {
      pool.add(g);
    }
    List<Members.Member> members = new ArrayList<>();
    int next = 1_000_000;
    for (int m = 0; m < MEMBERS; m++) {
      Collections.shuffle(pool, random);
      int[] globals = new int[PERSONS];
      for (int i = 0; i < PERSONS; i++) {
        globals[i] = i < SHARED ? pool.get(i) : next++;
      }
      members.add(Members.member("member-" + m, globals));
    }
    report =
        Federation.merge(
                "fdss",
                Members.contributions(members, Optional.of(Fixtures.KEY)),
                FederationOptions.of())
            .report()
            .orElseThrow();
    truth = new HashMap<>();
    for (Members.Member m : members) {
      m.truth().forEach((k, v) -> truth.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    }
  }

  @Test
  void estimatesAreCloseAndIntervalsHoldTheTruth() {
    List<Double> errors = new ArrayList<>();
    int held = 0;
    for (FederationTable t : report.tables()) {
      if (!t.acrossMembers() || t.measure() != Measure.PERSONS) {
        continue;
      }
      String scope = t.scope().level() == FederationScope.Level.FEDERATION ? "*" : t.scope().id();
      for (int c = 0; c < t.rows().size(); c++) {
        FederationRow r = t.rows().get(c);
        long exact = truth.get(t.id() + " " + scope + " " + c).size();
        long estimate = r.count().orElseThrow();
        assertThat(r.bounds().orElseThrow().contains(exact)).isTrue();
        if (exact == 0) {
          assertThat(estimate).isZero();
          continue;
        }
        double error = Math.abs(estimate - exact) / (double) exact;
        assertThat(error).as(t.id() + " " + scope + " " + r.code()).isLessThan(0.05);
        errors.add(error);
        if (r.interval().orElseThrow().contains(exact)) {
          held++;
        }
      }
      long exactN = truth.get(t.id() + " " + scope + " n").size();
      assertThat(Math.abs(t.n().orElseThrow() - exactN)).isLessThanOrEqualTo(exactN / 20);
    }
    Collections.sort(errors);
    assertThat(errors).hasSizeGreaterThan(20);
    assertThat(errors.get(errors.size() / 2)).isLessThan(0.02);
    assertThat(held).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * errors.size()));
  }

  @Test
  void theTruthIsWellAboveTheLargestMemberAndBelowTheSum() {
    FederationTable n =
        report
            .table("profile.sex", new FederationScope(FederationScope.Level.FEDERATION, "fdss"))
            .orElseThrow();
    long exact = truth.get("profile.sex * n").size();
    assertThat(n.nBounds()).hasValue(new Bounds(PERSONS, (long) MEMBERS * PERSONS));
    assertThat(exact).isBetween((long) PERSONS * 4, (long) MEMBERS * PERSONS - 1);
  }
}
