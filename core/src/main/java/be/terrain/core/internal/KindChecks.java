package be.terrain.core.internal;

import be.terrain.core.CodeList;
import be.terrain.core.NursingCare;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;

/**
 * Applies the {@link KindRules} to each row of the bulk path, once its cells are read: the health
 * kind-specific fields and the count of an identified contact. Knows where the fields and codes the
 * rules read are, so that a row costs a few int comparisons. One class per kind that has rules
 * ({@link #of} chooses once per table), so that a kind's checks are compiled with its own branches
 * only, not recompiled when another kind's rows take a branch this one had not.
 */
abstract class KindChecks {
  /** The checks of a kind without kind rules: none. */
  private static final KindChecks NONE =
      new KindChecks() {
        @Override
        void check(int row, CharSequence[] cells) {}
      };

  /** The checks of a table's kind. */
  static KindChecks of(RecordKind kind, Columns columns, CellReader cells, TableBuilder.Sink sink) {
    return switch (kind) {
      case HEALTH -> new Health(kind, columns, cells, sink);
      case CONTACT -> new Contact(kind, columns, sink);
      default -> NONE;
    };
  }

  /** Checks a row whose cells were just read. */
  abstract void check(int row, CharSequence[] cells);

  /** The count of an identified contact. */
  private static final class Contact extends KindChecks {
    private final RecordKind kind;
    private final TableBuilder.Sink sink;
    private final IntArray counts;
    private final IntArray persons;
    private final int countField;

    Contact(RecordKind kind, Columns columns, TableBuilder.Sink sink) {
      this.kind = kind;
      this.sink = sink;
      this.countField = kind.fieldIndex("count");
      this.counts = columns.ints[countField];
      this.persons = columns.ints[kind.fieldIndex("person_id")];
    }

    @Override
    void check(int row, CharSequence[] cells) {
      int count = counts.get(row);
      // (a person reference waiting to be looked up holds WAITING, which is not ABSENT either)
      int person = persons.get(row);
      if (KindRules.wrongIdentifiedCount(person != Table.ABSENT, count)) {
        sink.problem(kind, row, countField, ProblemCodes.IDENTIFIED_COUNT, Integer.toString(count));
      }
    }
  }

  /** The kind-specific columns of health.csv: required for their kind, empty for the others. */
  private static final class Health extends KindChecks {
    private final RecordKind kind;
    private final Columns columns;
    private final TableBuilder.Sink sink;
    private final int kindField;
    private final int actField;
    private final int pathogensField;
    private final int targetField;
    private final int coverageField;
    private final int reasonField;

    /** The {@code health_kind} code of each code of the kind field's list. */
    private final String[] kindCodes;

    /** The {@link KindRules} health kind of each code of the kind field's list. */
    private final int[] healthKinds;

    /** The index of the act RAPID_TEST (-1: none). */
    private final int rapidTest;

    Health(RecordKind kind, Columns columns, CellReader cells, TableBuilder.Sink sink) {
      this.kind = kind;
      this.columns = columns;
      this.sink = sink;
      this.kindField = kind.fieldIndex("kind");
      this.actField = kind.fieldIndex("act");
      this.pathogensField = kind.fieldIndex("pathogens");
      this.targetField = kind.fieldIndex("target");
      this.coverageField = kind.fieldIndex("coverage");
      this.reasonField = kind.fieldIndex("reason");
      CodeList kinds = cells.list(kindField);
      kindCodes = new String[kinds.size()];
      healthKinds = new int[kinds.size()];
      for (int k = 0; k < kindCodes.length; k++) {
        kindCodes[k] = kinds.get(k).code();
        healthKinds[k] = KindRules.healthKind(kindCodes[k]);
      }
      rapidTest = cells.list(actField).indexOf(NursingCare.RAPID_TEST);
    }

    @Override
    void check(int row, CharSequence[] cells) {
      byte k = columns.codes[kindField].last();
      if (k < 0) {
        return;
      }
      int health = healthKinds[k];
      boolean rapid = false;
      if (health == KindRules.NURSING_CARE) {
        byte a = columns.codes[actField].last();
        rapid = a >= 0 && a == rapidTest;
      }
      String kindCode = kindCodes[k];
      check(row, cells, actField, KindRules.ACT, health, rapid, kindCode);
      check(row, cells, pathogensField, KindRules.PATHOGENS, health, rapid, kindCode);
      check(row, cells, targetField, KindRules.TARGET, health, rapid, kindCode);
      check(row, cells, coverageField, KindRules.COVERAGE, health, rapid, kindCode);
      check(row, cells, reasonField, KindRules.REASON, health, rapid, kindCode);
    }

    private void check(
        int row,
        CharSequence[] cells,
        int f,
        int field,
        int health,
        boolean rapid,
        String kindCode) {
      ProblemCode code = KindRules.problem(KindRules.need(health, field, rapid), present(cells, f));
      if (code == ProblemCodes.MISSING_VALUE) {
        sink.problem(kind, row, f, code, null);
      } else if (code != null) {
        sink.problem(
            kind,
            row,
            f,
            code,
            cells[f] == TableBuilder.INVALID_CELL ? null : cells[f].toString(),
            KindRules.notForKind(kindCode, health, field, cellText(cells, actField)));
      }
    }

    private static String cellText(CharSequence[] cells, int f) {
      return f < cells.length && cells[f] != null ? cells[f].toString() : "";
    }

    private static boolean present(CharSequence[] cells, int f) {
      return f < cells.length
          && cells[f] != null
          && (cells[f] == TableBuilder.INVALID_CELL || cells[f].length() > 0);
    }
  }
}
