package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.stats.PersonSet;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.junit.jupiter.api.Test;

/**
 * Every sketch and unlinked count of a contribution is the spec's: a fresh lgK 12 HLL_4 sketch
 * given {@code update(long)} of each linked person's keyed hash, persons in increasing dense order
 * (the order fixes the HIP bytes), whatever shortcuts the contribution takes. The member is large
 * enough for the organisation's sketches to reach HLL mode, with a quarter of its persons unlinked
 * and populations shared by several tables.
 */
class SketchReferenceTest {
  private static final int PERSONS = 24_000;

  @Test
  void everySketchIsTheOneOfItsPersonsFedInOrder() {
    int[] globals = new int[PERSONS];
    for (int i = 0; i < PERSONS; i++) {
      globals[i] = i * 3 + 1;
    }
    Members.Member m = Members.member("big", globals, g -> g % 4 != 2);
    Contribution c = m.contribution(Optional.of(Fixtures.KEY));
    Map<String, Reference> expected = new ConcurrentHashMap<>();
    Statistics.compute(
        m.dataset(),
        ReportDefinition.standard(),
        ReportOptions.of(Fixtures.YEAR),
        (table, scope, n, rows) -> {
          List<Reference> rs = new ArrayList<>();
          for (PersonSet r : rows) {
            rs.add(reference(m, r));
          }
          expected.put(table.id() + " " + scope + " n", reference(m, n));
          for (int i = 0; i < rs.size(); i++) {
            expected.put(table.id() + " " + scope + " " + i, rs.get(i));
          }
        });
    int compared = 0;
    boolean hllMode = false;
    for (ContributionTable t : c.tables()) {
      if (!t.linked()) {
        continue;
      }
      Reference n = expected.get(t.id() + " " + t.scope() + " n");
      assertThat(t.nSketch().orElseThrow().bytes())
          .as("%s %s n", t.id(), t.scope())
          .isEqualTo(n.bytes);
      assertThat(t.nUnlinked().orElseThrow()).isEqualTo(n.unlinked);
      for (int i = 0; i < t.rows().size(); i++) {
        ContributionRow r = t.rows().get(i);
        Reference e = expected.get(t.id() + " " + t.scope() + " " + i);
        assertThat(r.sketch().orElseThrow().bytes())
            .as("%s %s %s", t.id(), t.scope(), r.code())
            .isEqualTo(e.bytes);
        assertThat(r.unlinked().orElseThrow()).isEqualTo(e.unlinked);
        compared++;
      }
      hllMode |= (n.bytes[7] & 3) == 2; // the preamble's mode byte: 0 LIST, 1 SET, 2 HLL
    }
    assertThat(compared).isGreaterThan(50);
    assertThat(hllMode).as("some sketch in HLL mode").isTrue();
  }

  private record Reference(byte[] bytes, long unlinked) {}

  private static Reference reference(Members.Member m, PersonSet set) {
    HllSketch s = new HllSketch(12, TgtHllType.HLL_4);
    long[] unlinked = {0};
    set.forEach(
        p -> {
          Optional<String> code = m.dataset().persons().linkageCode(p);
          if (code.isEmpty()) {
            unlinked[0]++;
          } else {
            s.update(Fixtures.KEY.hash(code.get()));
          }
        });
    return new Reference(s.toCompactByteArray(), unlinked[0]);
  }
}
