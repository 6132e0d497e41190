package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Parts opened ahead of the persons ({@link DatasetBuilder#partAhead}): their rows come while the
 * persons are still being added, their person references are kept as text until {@link
 * DatasetBuilder#personsIn}. Random persons (numbered or not, duplicates, invalid and long ids) and
 * random references (known, unknown, invalid, long, empty, unreadable) give the same dataset and
 * the same problems, in the same order, as the builder alone and as parts opened after the persons,
 * wherever the persons end among the parts' rows.
 */
class PartsAheadTest {
  private static final String LONG = "a-person-id-long-enough-to-need-more-than-two-words-";

  private record Input(List<String> persons, List<String> refs) {}

  private static Input input(Random r) {
    List<String> persons = new ArrayList<>();
    int n = 1 + r.nextInt(r.nextBoolean() ? 20 : 300);
    boolean numbered = r.nextBoolean();
    for (int p = 0; p < n; p++) {
      persons.add(numbered ? String.format("P%07d", p * 3) : person(r, p));
    }
    if (!numbered) {
      for (int i = r.nextInt(4); i > 0; i--) {
        persons.add(persons.get(r.nextInt(persons.size()))); // duplicate ids
      }
    }
    List<String> refs = new ArrayList<>();
    for (int i = r.nextInt(400); i > 0; i--) {
      refs.add(
          switch (r.nextInt(12)) {
            case 0 -> "x" + r.nextInt(10); // no such person
            case 1 -> "p " + r.nextInt(3); // invalid
            case 2 -> "p\u00e9" + r.nextInt(2); // invalid, not ASCII
            case 3 -> r.nextBoolean() ? null : "";
            case 4 -> DatasetBuilder.UNREADABLE_CELL;
            case 5 -> LONG + r.nextInt(5);
            case 6 -> String.format("P%07d", r.nextInt(3 * n + 2));
            default -> persons.get(r.nextInt(persons.size()));
          });
    }
    return new Input(persons, refs);
  }

  private static String person(Random r, int p) {
    return switch (r.nextInt(10)) {
      case 0 -> LONG + p;
      case 1 -> "p " + p % 3;
      case 2 -> "x" + p % 10;
      default -> "p" + p;
    };
  }

  private static DatasetBuilder base() {
    DatasetBuilder b = Dataset.builder();
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 1);
    b.addRow(RecordKind.ANTENNA, new String[] {"a0", "Zero", "BE-WHT", "SERVICE"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a1", "One", "BE-WBR", "ANTENNA"}, 3);
    return b;
  }

  private static void person(DatasetBuilder b, Input in, int p) {
    b.addRow(
        RecordKind.PERSON,
        new String[] {in.persons.get(p), "SEX_WORKER", null, null, null, null},
        10 + p);
  }

  private static String[] contact(Input in, int i) {
    return new String[] {"c" + i, "2020-01-02", "a" + i % 2, "STREET", in.refs.get(i), "1"};
  }

  private static String[] accompaniment(Input in, int i) {
    String person = in.refs.get(in.refs.size() - 1 - i);
    return new String[] {"ac" + i, "2020-02-03", "a0", person, "HOUSING", "INDIVIDUAL"};
  }

  /** The builder alone: persons, then contacts and accompaniments. */
  private static Dataset alone(Input in) {
    DatasetBuilder b = base();
    for (int p = 0; p < in.persons.size(); p++) {
      person(b, in, p);
    }
    for (int i = 0; i < in.refs.size(); i++) {
      b.addRow(RecordKind.CONTACT, contact(in, i), 1000 + i);
    }
    for (int i = 0; i < in.refs.size(); i++) {
      b.addRow(RecordKind.ACCOMPANIMENT, accompaniment(in, i), 5000 + i);
    }
    return b.build();
  }

  /**
   * Parts opened ahead: the persons end after {@code contactsBefore} contacts and {@code
   * accompanimentsBefore} accompaniments, the rows of both kinds and the persons interleaved.
   */
  private static Dataset ahead(
      Input in, int contactsBefore, int accompanimentsBefore, boolean sayPersonsIn) {
    DatasetBuilder b = base();
    DatasetPart contacts = b.partAhead(RecordKind.CONTACT);
    DatasetPart accompaniments = b.partAhead(RecordKind.ACCOMPANIMENT);
    int c = 0;
    int a = 0;
    for (int p = 0; p < in.persons.size(); p++) {
      person(b, in, p);
      for (; c < contactsBefore * (p + 1) / in.persons.size(); c++) {
        contacts.addRow(contact(in, c), 1000 + c);
      }
      for (; a < accompanimentsBefore * (p + 1) / in.persons.size(); a++) {
        accompaniments.addRow(accompaniment(in, a), 5000 + a);
      }
    }
    if (sayPersonsIn) {
      b.personsIn();
    }
    for (; c < in.refs.size(); c++) {
      contacts.addRow(contact(in, c), 1000 + c);
    }
    accompaniments.close(); // says the persons are in, when not said yet
    // (the contacts' part, still open, keeps its place before the accompaniments)
    DatasetPart more = null;
    for (; a < in.refs.size(); a++) {
      more = more == null ? b.part(RecordKind.ACCOMPANIMENT) : more;
      more.addRow(accompaniment(in, a), 5000 + a);
    }
    if (more != null) {
      more.close();
    }
    contacts.close();
    return b.build();
  }

  private static void assertSame(Dataset expected, Dataset actual, String what) {
    assertThat(actual.contacts().size()).isEqualTo(expected.contacts().size());
    for (int r = 0; r < expected.contacts().size(); r++) {
      assertThat(actual.contacts().person(r))
          .as("%s: person of contact %d", what, r)
          .isEqualTo(expected.contacts().person(r));
    }
    assertThat(actual.validateWithoutPlugins(Rows.TODAY).problems())
        .as(what)
        .containsExactlyElementsOf(expected.validateWithoutPlugins(Rows.TODAY).problems());
  }

  @Test
  void randomPersonsAndReferencesGiveTheSameDatasetWhereverThePersonsEnd() {
    Random r = new Random(13);
    for (int run = 0; run < 150; run++) {
      Input in = input(r);
      Dataset expected = alone(in);
      int n = in.refs.size();
      int[][] splits = {{0, 0}, {n, n}, {r.nextInt(n + 1), r.nextInt(n + 1)}, {n / 2, 0}};
      for (int[] split : splits) {
        for (boolean say : new boolean[] {true, false}) {
          String what = "run " + run + ", persons end at " + split[0] + "/" + split[1];
          // the accompaniments, split across two parts, are compared through the problems
          assertSame(expected, ahead(in, split[0], Math.min(split[1], n), say), what);
        }
      }
    }
  }

  @Test
  void aPartFilledOnItsOwnThreadWhileThePersonsComeGivesTheSameDataset() throws Exception {
    Random r = new Random(8);
    for (int run = 0; run < 40; run++) {
      Input in = input(r);
      DatasetBuilder b = base();
      DatasetPart contacts = b.partAhead(RecordKind.CONTACT);
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < in.refs.size(); i++) {
                  contacts.addRow(contact(in, i), 1000 + i);
                }
              });
      t.start();
      for (int p = 0; p < in.persons.size(); p++) {
        person(b, in, p);
      }
      b.personsIn();
      t.join();
      contacts.close();
      try (DatasetPart accompaniments = b.part(RecordKind.ACCOMPANIMENT)) {
        for (int i = 0; i < in.refs.size(); i++) {
          accompaniments.addRow(accompaniment(in, i), 5000 + i);
        }
      }
      assertSame(alone(in), b.build(), "run " + run);
    }
  }

  @Test
  void whileAPartIsAheadTheBuilderTakesPersonsOnly() {
    DatasetBuilder b = base();
    b.partAhead(RecordKind.CONTACT);
    b.addRow(RecordKind.PERSON, new String[] {"p1", "SEX_WORKER"}, 4);
    assertThatThrownBy(() -> b.addRow(RecordKind.ANTENNA, new String[] {"a2", "Two"}, 5))
        .isInstanceOf(IllegalStateException.class);
    b.personsIn();
    assertThatThrownBy(() -> b.addRow(RecordKind.PERSON, new String[] {"p2", "SEX_WORKER"}, 6))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.partAhead(RecordKind.CONTACT))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.partAhead(RecordKind.PERSON))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
