package be.terrain.core;

import static be.terrain.testing.Gens.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * References read through a part (which remembers the last person found and looks antennas up in a
 * small index) resolve as the builder alone resolves them, whatever the runs of repeated, unknown,
 * invalid and look-alike ids.
 */
class RepeatedReferencesTest {
  static Gen<List<String>> references() {
    Gen<String> ref =
        pick("p1", "p2", "p10", "p11", "p99", "p-new", "p-nex", "p 1", "p\u00e91", "", "a1", "a2");
    return lists().of(ref).ofSizeBetween(0, 120);
  }

  private static DatasetBuilder base(int persons) {
    DatasetBuilder b = Dataset.builder();
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a1", "One", "BE-WHT", "SERVICE"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a2", "Two", "BE-WBR", "ANTENNA"}, 3);
    for (int p = 0; p < persons; p++) {
      b.addRow(
          RecordKind.PERSON, new String[] {"p" + p, "SEX_WORKER", null, null, null, null}, p + 2);
    }
    return b;
  }

  private static String[] contact(int i, String person, String antenna) {
    return new String[] {"c" + i, "2020-01-02", antenna, "STREET", person, "1"};
  }

  /** A contact as a record, or why it cannot be one (an unreadable reference). */
  private static String row(Dataset d, int r) {
    String person;
    try {
      person = " person number " + d.contacts().person(r);
    } catch (RuntimeException e) {
      person = " " + e.getMessage();
    }
    try {
      return d.contacts().get(r) + person;
    } catch (IllegalStateException e) {
      return e.getMessage() + person;
    }
  }

  @Test
  void aPartResolvesReferencesAsTheBuilderAlone() {
    qt().withExamples(300)
        .forAll(references(), references(), booleans().all())
        .checkAssert(RepeatedReferencesTest::resolvesAsTheBuilderAlone);
  }

  private static void resolvesAsTheBuilderAlone(
      List<String> persons, List<String> antennas, boolean bigPool) {
    int people = bigPool ? 2_000 : 20;
    DatasetBuilder alone = base(people);
    DatasetBuilder withPart = base(people);
    DatasetPart part = withPart.part(RecordKind.CONTACT);
    for (int i = 0; i < persons.size(); i++) {
      String antenna = antennas.isEmpty() ? "a1" : antennas.get(i % antennas.size());
      alone.addRow(RecordKind.CONTACT, contact(i, persons.get(i), antenna), i + 2);
      part.addRow(contact(i, persons.get(i), antenna), i + 2);
    }
    part.close();
    Dataset expected = alone.build();
    Dataset actual = withPart.build();
    for (int r = 0; r < persons.size(); r++) {
      assertThat(row(actual, r)).isEqualTo(row(expected, r));
    }
    assertThat(actual.validateWithoutPlugins(Rows.TODAY).problems())
        .containsExactlyElementsOf(expected.validateWithoutPlugins(Rows.TODAY).problems());
  }
}
