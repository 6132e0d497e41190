package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Person and antenna references of contacts, each case chosen for one path of the reference
 * resolution: read by the builder itself, or through a part (which looks references up in batches
 * of 64, remembers the last person found, and keeps ids no record has until the build). Both must
 * give the dense number of the person or antenna, {@code -(pool index + 2)} for an id no record
 * has, and the same problems, in the same order.
 */
class ReferencesLookUpTest {
  private static final int PERSONS = 70;

  private static DatasetBuilder base() {
    DatasetBuilder b = Dataset.builder();
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 1);
    b.addRow(RecordKind.ANTENNA, new String[] {"a0", "Zero", "BE-WHT", "SERVICE"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a1", "One", "BE-WBR", "ANTENNA"}, 3);
    for (int p = 0; p < PERSONS; p++) {
      b.addRow(RecordKind.PERSON, new String[] {id(p), "SEX_WORKER", null, null, null, null}, 4);
    }
    return b;
  }

  /**
   * Person ids of several lengths, some longer than the 16 chars the last-person cache starts at.
   */
  private static String id(int p) {
    return p % 7 == 3 ? "person-with-a-long-id-number-" + p : "p" + p;
  }

  private static String[] contact(int i, String person, String antenna) {
    return new String[] {"c" + i, "2020-01-02", antenna, "STREET", person, "1"};
  }

  /** The contacts read by the builder alone and through a part: the same dataset. */
  private static Dataset[] both(List<String[]> refs) {
    DatasetBuilder alone = base();
    DatasetBuilder withPart = base();
    try (DatasetPart part = withPart.part(RecordKind.CONTACT)) {
      for (int i = 0; i < refs.size(); i++) {
        String[] r = refs.get(i);
        alone.addRow(RecordKind.CONTACT, contact(i, r[0], r[1]), i + 2);
        part.addRow(contact(i, r[0], r[1]), i + 2);
      }
    }
    return new Dataset[] {alone.build(), withPart.build()};
  }

  private static void assertSame(Dataset[] d) {
    ContactTable expected = d[0].contacts();
    ContactTable actual = d[1].contacts();
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int r = 0; r < expected.size(); r++) {
      assertThat(actual.person(r)).as("person of contact %d", r).isEqualTo(expected.person(r));
      assertThat(actual.antenna(r)).as("antenna of contact %d", r).isEqualTo(expected.antenna(r));
    }
    assertThat(d[1].validateWithoutPlugins(Rows.TODAY).problems())
        .containsExactlyElementsOf(d[0].validateWithoutPlugins(Rows.TODAY).problems());
  }

  private static String[] ref(String person, String antenna) {
    return new String[] {person, antenna};
  }

  @Test
  void knownPersonsResolveToTheirRowsAcrossBatches() {
    for (int n : new int[] {1, 63, 64, 65, 128, 129, 140}) {
      List<String[]> refs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        refs.add(ref(id((i * 11) % PERSONS), i % 2 == 0 ? "a0" : "a1"));
      }
      Dataset[] d = both(refs);
      for (Dataset dataset : d) {
        for (int i = 0; i < n; i++) {
          assertThat(dataset.contacts().person(i))
              .as("%d refs, contact %d", n, i)
              .isEqualTo((i * 11) % PERSONS);
          assertThat(dataset.contacts().antenna(i)).isEqualTo(i % 2);
        }
      }
      assertSame(d);
      assertThat(d[1].validateWithoutPlugins(Rows.TODAY).problems()).isEmpty();
    }
  }

  @Test
  void repeatedAndLookAlikePersonsAreEachTheirOwn() {
    // the same person row after row, ids of the same length differing in one char, a prefix,
    // and long ids (past the 16 chars the last-person cache starts with)
    int[] persons = {
      12, 12, 13, 13, 12, 1, 12, 21, 1, 10, 1, 3, 3, 10, 17, 17, 10, 24, 17, 2, 2, 24
    };
    List<String[]> refs = new ArrayList<>();
    for (int p : persons) {
      refs.add(ref(id(p), "a1"));
    }
    Dataset[] d = both(refs);
    for (Dataset dataset : d) {
      for (int i = 0; i < persons.length; i++) {
        assertThat(dataset.contacts().person(i)).as("contact %d", i).isEqualTo(persons[i]);
      }
    }
    assertSame(d);
  }

  @Test
  void unknownInvalidAndEmptyReferencesResolveAsTheBuilderAlone() {
    List<String[]> refs = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      refs.add(ref(id(i % PERSONS), "a0"));
      switch (i % 10) {
        case 1 -> refs.add(ref("p-new" + (i % 3), "a1"));
        case 2 -> refs.add(ref("p 1", "a0"));
        case 3 -> refs.add(ref(null, "a-new" + (i / 10) % 2));
        case 4 -> refs.add(ref("p\u00e9" + (i % 2), "a 0"));
        case 5 -> refs.add(ref(DatasetBuilder.UNREADABLE_CELL, DatasetBuilder.UNREADABLE_CELL));
        case 6 -> refs.add(ref("", "a1"));
        default -> {}
      }
    }
    Dataset[] d = both(refs);
    assertSame(d);
    // an id no record has: -(its index in the pool + 2), the same for each of its references
    int first = indexOf(refs, "p-new1");
    int firstAntenna = indexOf(refs, "a-new0");
    for (Dataset dataset : d) {
      assertThat(dataset.contacts().person(first)).isLessThan(-1);
      assertThat(dataset.contacts().antenna(firstAntenna)).isLessThan(-1);
      assertThat(dataset.contacts().person(indexOf(refs, null))).isEqualTo(RecordTable.UNKNOWN);
    }
  }

  @Test
  void unknownIdsOfAPartAreNumberedInTheOrderTheyCame() {
    List<String[]> refs = new ArrayList<>();
    refs.add(ref("p5", "a0"));
    refs.add(ref("x-first", "a0"));
    refs.add(ref("p6", "a0"));
    refs.add(ref("p 7", "a0"));
    refs.add(ref("x-second", "a-second"));
    refs.add(ref("x-first", "a-first"));
    refs.add(ref("p\u00e9", "a-second"));
    Dataset[] d = both(refs);
    assertSame(d);
    ContactTable c = d[1].contacts();
    assertThat(c.person(1)).isEqualTo(c.person(5)).isLessThan(-1);
    assertThat(c.person(4)).isLessThan(-1).isNotEqualTo(c.person(1));
    assertThat(c.person(3)).isLessThan(-1).isNotIn(c.person(1), c.person(4));
    assertThat(c.antenna(4)).isEqualTo(c.antenna(6)).isLessThan(-1);
    assertThat(c.antenna(5)).isLessThan(-1).isNotEqualTo(c.antenna(4));
    assertThat(d[1].validateWithoutPlugins(Rows.TODAY).problems())
        .extracting(Problem::code)
        .contains(ProblemCodes.INVALID_ID);
  }

  private static int indexOf(List<String[]> refs, String id) {
    for (int i = 0; i < refs.size(); i++) {
      String[] r = refs.get(i);
      if (id == null ? r[0] == null : id.equals(r[0]) || id.equals(r[1])) {
        return i;
      }
    }
    throw new AssertionError(id);
  }
}
