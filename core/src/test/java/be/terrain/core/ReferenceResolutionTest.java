package be.terrain.core;

import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A reference resolves to the first person row with its id, whatever the order in which persons and
 * the rows that refer to them were added (references before the person, repeated person ids, ids no
 * person has, empty references): the fast path for persons numbered in the order of their rows must
 * give what looking each one up gives. An id no person has is kept as {@code -(poolIndex + 2)}, its
 * pool index being the order in which the id first came.
 */
class ReferenceResolutionTest {
  /** A person row (true) or a contact referring to the id (false). */
  record Step(boolean person, String id) {}

  static Gen<List<Step>> steps() {
    Gen<String> id = pick("p1", "p2", "p3", "p4", "p5", "p6", "p7");
    Gen<Step> step =
        weighted(
            w(3, id.map(i -> new Step(true, i))),
            w(2, id.map(i -> new Step(false, i))),
            w(1, Generate.constant(new Step(false, null))));
    return lists().of(step).ofSizeBetween(0, 40);
  }

  @Test
  void aReferenceResolvesToTheFirstPersonRowWithItsId() {
    qt().withExamples(400)
        .forAll(steps())
        .checkAssert(ReferenceResolutionTest::resolvesToTheFirstPersonRow);
  }

  private static void resolvesToTheFirstPersonRow(List<Step> steps) {
    DatasetBuilder b = Dataset.builder();
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 1);
    b.addRow(RecordKind.ANTENNA, new String[] {"a1", "One", "BE-WHT", "SERVICE"}, 1);
    List<String> personRows = new ArrayList<>();
    List<String> references = new ArrayList<>();
    List<String> firstCame = new ArrayList<>();
    for (Step s : steps) {
      if (s.id() != null && !firstCame.contains(s.id())) {
        firstCame.add(s.id());
      }
      if (s.person()) {
        b.addRow(RecordKind.PERSON, new String[] {s.id(), "SEX_WORKER", null, null, null, null}, 1);
        personRows.add(s.id());
      } else {
        int c = references.size();
        b.addRow(
            RecordKind.CONTACT,
            new String[] {"c" + c, "2020-01-02", "a1", "STREET", s.id(), "1"},
            1);
        references.add(s.id());
      }
    }
    Dataset d = b.build();
    for (int r = 0; r < references.size(); r++) {
      String ref = references.get(r);
      int expected;
      if (ref == null) {
        expected = -1;
      } else if (personRows.contains(ref)) {
        expected = personRows.indexOf(ref);
      } else {
        expected = -(firstCame.indexOf(ref) + 2);
      }
      assertThat(d.contacts().person(r)).as("contact %d to %s", r, ref).isEqualTo(expected);
    }
  }
}
