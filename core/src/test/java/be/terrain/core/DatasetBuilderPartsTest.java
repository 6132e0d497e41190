package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Parts of a builder filled on other threads give what the builder alone gives. */
class DatasetBuilderPartsTest {
  private static final int ROWS = 2_000;

  /** A row of a kind, with a defect now and then (bad code, unknown person, duplicate id...). */
  private static String[] row(RecordKind kind, int i) {
    String person = i % 97 == 0 ? "nobody-" + (i % 3) : "p" + (i % 50);
    String date = i % 211 == 0 ? "2030-01-01" : "2020-01-" + String.format("%02d", 1 + i % 28);
    String antenna = i % 301 == 0 ? "a9" : "a" + (1 + i % 2);
    String id = i % 157 == 0 ? "dup" : kind.singular() + i;
    return switch (kind) {
      case PROFILE ->
          new String[] {
            person, date, i % 89 == 0 ? "NOPE" : "EARNED_INCOME", null, null, null, null
          };
      case CONTACT ->
          new String[] {
            id, date, antenna, "STREET", i % 5 == 0 ? null : person, i % 5 == 0 ? "3" : "1"
          };
      case ACCOMPANIMENT -> new String[] {id, date, antenna, person, "CPAS", null};
      case HEALTH ->
          new String[] {
            id,
            date,
            antenna,
            person,
            "NURSING_CARE",
            "RAPID_TEST",
            i % 7 == 0 ? "HIV|HIV" : "HIV",
            null,
            null,
            null
          };
      case DISTRIBUTION ->
          new String[] {
            "d" + (i / 3), date, antenna, person, i % 3 == 0 ? "CONDOM" : "LUBRICANT", "2", null
          };
      default -> throw new IllegalArgumentException(kind.toString());
    };
  }

  private static final List<RecordKind> LATER =
      List.of(
          RecordKind.PROFILE,
          RecordKind.CONTACT,
          RecordKind.ACCOMPANIMENT,
          RecordKind.HEALTH,
          RecordKind.DISTRIBUTION);

  private static DatasetBuilder base() {
    DatasetBuilder b = Dataset.builder();
    b.addRow(RecordKind.ORGANISATION, new String[] {"org", "Org"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a1", "One", "BE-WHT", "SERVICE"}, 2);
    b.addRow(RecordKind.ANTENNA, new String[] {"a2", "Two", "BE-WBR", "ANTENNA"}, 3);
    for (int p = 0; p < 50; p++) {
      b.addRow(
          RecordKind.PERSON, new String[] {"p" + p, "SEX_WORKER", null, null, null, null}, p + 2);
    }
    b.report(Problem.of(ProblemCodes.UNKNOWN_FILE).at(Location.ofFile("extra.csv")).build());
    return b;
  }

  /** The rows of every later kind added to the builder alone, each kind after a file problem. */
  private static Dataset alone(boolean withProblems) {
    DatasetBuilder alone = base();
    for (RecordKind kind : LATER) {
      if (withProblems) {
        alone.report(
            Problem.of(ProblemCodes.UNKNOWN_FIELD).at(Location.ofFile(kind.collection())).build());
      }
      for (int i = 0; i < ROWS; i++) {
        alone.addRow(kind, row(kind, i), i + 2);
      }
    }
    return alone.build();
  }

  /** A part of each later kind, opened in order. */
  private static List<DatasetPart> parts(DatasetBuilder b) {
    List<DatasetPart> parts = new ArrayList<>();
    for (RecordKind kind : LATER) {
      parts.add(b.part(kind));
    }
    return parts;
  }

  /**
   * Fills each part with the rows of its kind on the pool, in the order given, each part after a
   * file problem when asked; returns the tasks.
   */
  private static List<Future<?>> fill(
      ExecutorService pool, List<DatasetPart> parts, boolean withProblems) {
    List<Future<?>> running = new ArrayList<>();
    for (DatasetPart part : parts) {
      running.add(
          pool.submit(
              () -> {
                if (withProblems) {
                  part.report(
                      Problem.of(ProblemCodes.UNKNOWN_FIELD)
                          .at(Location.ofFile(part.kind().collection()))
                          .build());
                }
                for (int i = 0; i < ROWS; i++) {
                  part.addRow(row(part.kind(), i), i + 2);
                }
              }));
    }
    return running;
  }

  @Test
  void partsFilledAtOnceGiveTheSameDatasetAndProblemsAsOneThread() throws Exception {
    Dataset expected = alone(true);

    DatasetBuilder b = base();
    List<DatasetPart> parts = parts(b);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<DatasetPart> lastFirst = new ArrayList<>(parts);
      java.util.Collections.reverse(lastFirst);
      for (Future<?> f : fill(pool, lastFirst, true)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    parts.forEach(DatasetPart::close);
    Dataset actual = b.build();

    assertThat(actual).isEqualTo(expected);
    List<Problem> want = expected.validateWithoutPlugins(Rows.TODAY).problems();
    assertThat(want).hasSizeGreaterThan(50);
    assertThat(actual.validateWithoutPlugins(Rows.TODAY).problems())
        .containsExactlyElementsOf(want);
  }

  @Test
  void thePartsRulesAreChecked() {
    DatasetBuilder b = base();
    assertThatThrownBy(() -> b.part(RecordKind.PERSON))
        .isInstanceOf(IllegalArgumentException.class);
    DatasetPart contacts = b.part(RecordKind.CONTACT);
    assertThatThrownBy(() -> b.part(RecordKind.CONTACT)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.addRow(RecordKind.PERSON, new String[] {"p9", "SEX_WORKER"}, 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    contacts.close();
    assertThatThrownBy(() -> contacts.addRow(row(RecordKind.CONTACT, 1), 1))
        .isInstanceOf(IllegalStateException.class);
    b.addRow(RecordKind.PERSON, new String[] {"p99", "SEX_WORKER"}, 60);
    assertThat(b.build().persons().numberOf("p99")).hasValue(50);
  }

  @Test
  void sealingEachKindAsItsPartEndsGivesTheSameDatasetAndProblems() throws Exception {
    Dataset expected = alone(false);

    DatasetBuilder b = base();
    List<DatasetPart> parts = parts(b);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = fill(pool, parts, false);
      // each sealed as soon as its rows end, while the others may still be filling
      List<Integer> left = new ArrayList<>(List.of(0, 1, 2, 3, 4));
      while (!left.isEmpty()) {
        for (java.util.Iterator<Integer> it = left.iterator(); it.hasNext(); ) {
          int k = it.next();
          if (running.get(k).isDone()) {
            running.get(k).get();
            parts.get(k).close();
            b.seal(parts.get(k).kind());
            it.remove();
          }
        }
        Thread.onSpinWait();
      }
    } finally {
      pool.shutdown();
    }
    Dataset actual = b.build();

    assertThat(actual).isEqualTo(expected);
    // the references as stored: rows, or ids no record has (nobody-0...) numbered at build in the
    // same order as without sealing
    assertThat(references(actual)).containsExactlyElementsOf(references(expected));
    assertThat(actual.contacts().person(97)).isLessThan(-1);
    List<Problem> want = expected.validateWithoutPlugins(Rows.TODAY).problems();
    assertThat(actual.validateWithoutPlugins(Rows.TODAY).problems())
        .containsExactlyElementsOf(want);
  }

  /** Every profile's and activity's person and antenna reference, as stored. */
  private static List<Integer> references(Dataset d) {
    List<Integer> refs = new ArrayList<>();
    for (int r = 0; r < d.profiles().size(); r++) {
      refs.add(d.profiles().person(r));
    }
    for (ActivityTable<?> t :
        List.of(d.contacts(), d.accompaniments(), d.health(), d.distributions())) {
      for (int r = 0; r < t.size(); r++) {
        refs.add(t.person(r));
        refs.add(t.antenna(r));
      }
    }
    return refs;
  }

  @Test
  void aSealedKindTakesNoMoreRows() {
    DatasetBuilder b = base();
    DatasetPart contacts = b.part(RecordKind.CONTACT);
    contacts.addRow(row(RecordKind.CONTACT, 1), 2);
    assertThatThrownBy(() -> b.seal(RecordKind.CONTACT)).isInstanceOf(IllegalStateException.class);
    contacts.close();
    b.seal(RecordKind.CONTACT);
    b.seal(RecordKind.CONTACT);
    assertThatThrownBy(() -> b.part(RecordKind.CONTACT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sealed");
    assertThatThrownBy(() -> b.addRow(RecordKind.CONTACT, row(RecordKind.CONTACT, 2), 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sealed");
    // a refused organisation row leaves nothing behind (no second-organisation problem)
    b.seal(RecordKind.ORGANISATION);
    assertThatThrownBy(() -> b.addRow(RecordKind.ORGANISATION, new String[] {"org2", "Two"}, 9))
        .isInstanceOf(IllegalStateException.class);
    b.addRow(RecordKind.HEALTH, row(RecordKind.HEALTH, 1), 2);
    Dataset d = b.build();
    assertThat(d.size(RecordKind.CONTACT)).isEqualTo(1);
    assertThat(d.size(RecordKind.HEALTH)).isEqualTo(1);
    assertThat(d.validateWithoutPlugins(Rows.TODAY).problems())
        .extracting(Problem::code)
        .doesNotContain(ProblemCodes.ORGANISATION_COUNT);
    assertThatThrownBy(() -> b.seal(RecordKind.HEALTH)).isInstanceOf(IllegalStateException.class);
  }
}
