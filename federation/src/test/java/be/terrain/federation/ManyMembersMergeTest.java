package be.terrain.federation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A merge of many members (issue #14, speed): {@value #MEMBERS} contributions made from {@value
 * #DISTINCT} overlapping members, each renamed, give the report they gave before the merge was made
 * fast, byte for byte (its SHA-256 recorded from the first, slow, implementation).
 */
class ManyMembersMergeTest {
  private static final Logger LOG = LoggerFactory.getLogger(ManyMembersMergeTest.class);
  private static final int MEMBERS = 500;
  private static final int DISTINCT = 10;
  private static final String EXPECTED_SHA256 =
      "25c80738d86ebfc3f034c1d5dd71f1bc7a5fc4b82e4f9a5e56632367f3e49129";

  @Test
  void manyMembersGiveTheSameBytesAsBefore() throws NoSuchAlgorithmException {
    List<Members.Member> ms = new ArrayList<>();
    for (int m = 0; m < DISTINCT; m++) {
      int[] globals = new int[100 + 40 * m];
      for (int i = 0; i < globals.length; i++) {
        globals[i] = i % 2 == 0 ? i : 10_000 * (m + 1) + i;
      }
      ms.add(Members.member("d" + m, globals));
    }
    List<Contribution> distinct = Members.contributions(ms, Optional.of(Fixtures.KEY));
    ContributionSet set = ContributionSet.empty();
    for (int d = 0; d < DISTINCT; d++) {
      String json = new String(ContributionJson.toBytes(distinct.get(d)), UTF_8);
      for (int k = 0; k < MEMBERS / DISTINCT; k++) {
        String id = String.format("m-%02d-%02d", k, d);
        byte[] renamed = json.replace("\"d" + d + "\"", "\"" + id + "\"").getBytes(UTF_8);
        set.add(
            ContributionJson.read(renamed, id + ".json", KnownDefinitions.standard())
                .contribution()
                .orElseThrow());
      }
    }
    long start = System.nanoTime();
    FederationReport report =
        Federation.merge("fdss", set, FederationOptions.of().withSuppressBelow(3))
            .report()
            .orElseThrow();
    LOG.info("merged {} members in {} ms", MEMBERS, (System.nanoTime() - start) / 1_000_000);
    byte[] bytes = FederationReportJson.toBytes(report);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(report.members()).hasSize(MEMBERS);
    assertThat(sha).isEqualTo(EXPECTED_SHA256);
  }
}
