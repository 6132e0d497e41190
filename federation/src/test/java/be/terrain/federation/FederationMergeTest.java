package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Period;
import be.terrain.core.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refusals of the merge (every reason listed), merging without linkage, suppression. */
class FederationMergeTest {
  private static Members.Member a;
  private static Members.Member b;
  private static Contribution aLinked;
  private static Contribution bLinked;

  @BeforeAll
  static void members() {
    int[] ga = new int[120];
    int[] gb = new int[80];
    for (int i = 0; i < ga.length; i++) {
      ga[i] = i;
    }
    for (int i = 0; i < gb.length; i++) {
      gb[i] = 60 + i;
    }
    a = Members.member("alpha", ga);
    b = Members.member("beta", gb);
    aLinked = a.contribution(Optional.of(Fixtures.KEY));
    bLinked = b.contribution(Optional.of(Fixtures.KEY));
  }

  private static List<String> codes(FederationResult r) {
    return r.problems().stream().map(p -> p.code().code() + " " + p.location()).toList();
  }

  @Test
  void everyReasonIsListedWithFileAndPointer() {
    Contribution otherYear =
        Contributions.standard(
            b.dataset(), Period.ofYear(2019), Optional.empty(), bLinked.provenance());
    FederationKey other =
        FederationKey.of("a-different-key-of-the-members".getBytes(StandardCharsets.UTF_8));
    ContributionSet set =
        ContributionSet.empty()
            .add("alpha.json", aLinked)
            .add("alpha-again.json", a.contribution(Optional.of(other)))
            .add("beta.json", otherYear);
    FederationResult r = Federation.merge("fdss", set, FederationOptions.of());
    assertThat(r.isMerged()).isFalse();
    assertThat(codes(r))
        .containsExactlyInAnyOrder(
            "TER-0623 alpha.json#/organisation",
            "TER-0622 alpha.json#/linkage/key_id",
            "TER-0620 beta.json#/period",
            "TER-0624 beta.json#");
    assertThat(Federation.merge("fdss", ContributionSet.empty(), FederationOptions.of()).problems())
        .extracting(p -> p.code().code())
        .containsExactly("TER-0625");
  }

  @Test
  void withoutLinkageMixedContributionsMergeWithBoundsOnly() {
    Contribution bPlain = b.contribution(Optional.empty());
    assertThat(codes(Federation.merge("fdss", List.of(aLinked, bPlain), FederationOptions.of())))
        .containsExactly("TER-0624 beta.contribution.json#");
    FederationReport r =
        Federation.merge(
                "fdss", List.of(aLinked, bPlain), FederationOptions.of().withLinkage(false))
            .report()
            .orElseThrow();
    assertThat(r.linkage()).isEmpty();
    FederationTable sex =
        r.table("profile.sex", new FederationScope(FederationScope.Level.FEDERATION, "fdss"))
            .orElseThrow();
    assertThat(sex.n()).isEmpty();
    assertThat(sex.nBounds()).hasValue(new Bounds(120, 200));
    assertThat(sex.nInterval()).isEmpty();
    assertThat(sex.rows()).allSatisfy(row -> assertThat(row.count()).isEmpty());
    assertThat(new String(FederationReportJson.toBytes(r), StandardCharsets.UTF_8))
        .doesNotContain("linkage")
        .contains("\"n_interval\": null");
  }

  @Test
  void suppressionAppliesAfterMergingAndAdditiveFiguresAreSums() {
    FederationReport r =
        Federation.merge(
                "fdss", List.of(aLinked, bLinked), FederationOptions.of().withSuppressBelow(500))
            .report()
            .orElseThrow();
    FederationScope fed = new FederationScope(FederationScope.Level.FEDERATION, "fdss");
    FederationTable contacts = r.table("contacts.channel", fed).orElseThrow();
    assertThat(contacts.n()).hasValue(200);
    assertThat(contacts.rows())
        .allSatisfy(
            row ->
                assertThat(row.suppressed() ? row.count().isEmpty() : row.count().getAsLong() == 0)
                    .isTrue());
    assertThat(contacts.rows()).filteredOn(FederationRow::suppressed).hasSize(3);
    FederationTable sex = r.table("profile.sex", fed).orElseThrow();
    assertThat(sex.rows())
        .allSatisfy(
            row -> {
              assertThat(row.bounds()).isEmpty();
              assertThat(row.interval()).isEmpty();
            });
    assertThat(sex.nBounds()).hasValue(new Bounds(120, 200));
    String json = new String(FederationReportJson.toBytes(r), StandardCharsets.UTF_8);
    assertThat(json).contains("\"suppress_below\": 500").contains("\"suppressed\": true");
    List<Problem> none =
        Federation.merge("fdss", List.of(aLinked, bLinked), FederationOptions.of()).problems();
    assertThat(none).isEmpty();
  }
}
