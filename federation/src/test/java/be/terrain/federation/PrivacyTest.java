package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No person id, no linkage code and no key in any file the federation writes, nor in the problems
 * of its error paths.
 */
class PrivacyTest {
  private static List<Members.Member> members;
  private static final List<String> secrets = new ArrayList<>();

  @BeforeAll
  static void members() {
    members = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      int[] globals = new int[300];
      for (int i = 0; i < globals.length; i++) {
        globals[i] = i % 2 == 0 ? i : 1000 * (m + 1) + i;
      }
      members.add(Members.member("member-" + m, globals));
    }
    for (Members.Member m : members) {
      for (int p = 0; p < m.dataset().persons().size(); p++) {
        secrets.add(m.dataset().persons().id(p));
        m.dataset().persons().linkageCode(p).ifPresent(secrets::add);
      }
    }
    secrets.add("fdss-test-key-0123456789");
    assertThat(secrets).hasSizeGreaterThan(1000);
  }

  private static void assertClean(String what, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String s : secrets) {
      assertThat(text).as(what).doesNotContain(s);
    }
  }

  private static void assertClean(List<Problem> problems) {
    for (Problem p : problems) {
      assertClean(
          "problem",
          (p + " " + p.message() + " " + p.messageFr()).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void contributionsAndTheReportHoldNoIdNoCodeNoKey() {
    List<Contribution> cs = Members.contributions(members, Optional.of(Fixtures.KEY));
    for (Contribution c : cs) {
      assertClean("contribution", ContributionJson.toBytes(c));
      assertClean("contribution", c.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (FederationOptions o :
        List.of(
            FederationOptions.of(),
            FederationOptions.of().withLinkage(false).withSuppressBelow(5))) {
      FederationResult r = Federation.merge("fdss", cs, o);
      assertClean("federation report", FederationReportJson.toBytes(r.report().orElseThrow()));
    }
    assertThat(Fixtures.KEY.toString()).doesNotContain("fdss-test-key");
  }

  @Test
  void errorPathsHoldNoIdNoCodeNoKey() {
    List<Contribution> cs =
        new ArrayList<>(Members.contributions(members, Optional.of(Fixtures.KEY)));
    cs.add(members.get(0).contribution(Optional.empty()));
    cs.add(
        members
            .get(1)
            .contribution(
                Optional.of(
                    FederationKey.of(
                        "another-key-of-32-bytes........".getBytes(StandardCharsets.UTF_8)))));
    FederationResult refused = Federation.merge("fdss", cs, FederationOptions.of());
    assertThat(refused.problems()).isNotEmpty();
    assertClean(refused.problems());
    String bytes = new String(ContributionJson.toBytes(cs.get(0)), StandardCharsets.UTF_8);
    String tampered =
        bytes
            .replaceFirst("\"count\": ([0-9]+)", "\"count\": -1")
            .replaceFirst("\"sketch\": \"", "\"sketch\": \"!")
            .replaceFirst("\"format\"", "\"extra\": 1, \"format\"");
    ContributionRead read =
        ContributionJson.read(
            tampered.getBytes(StandardCharsets.UTF_8), "x.json", KnownDefinitions.standard());
    assertThat(read.problems()).hasSizeGreaterThanOrEqualTo(3);
    assertClean(read.problems());
  }
}
