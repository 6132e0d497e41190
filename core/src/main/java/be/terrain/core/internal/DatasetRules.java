package be.terrain.core.internal;

import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The dataset rules of the exchange format, as plain code over the columns: unique ids, references
 * that resolve, distribution acts whose rows agree, activity dates against birth years and the day
 * the file is read, first contacts against the earliest activity, profile rows that do not
 * disagree. Each problem is reported once, on the row where it is (the later one of a pair).
 */
public final class DatasetRules {
  private static final RecordKind[] ACTIVITIES = {
    RecordKind.CONTACT, RecordKind.ACCOMPANIMENT, RecordKind.HEALTH, RecordKind.DISTRIBUTION
  };

  /** Below this many rows the rules run on the calling thread alone. */
  private static final int PARALLEL_ROWS = 100_000;

  private final DatasetParts parts;
  private final int keep;
  private final Findings findings;

  private DatasetRules(DatasetParts parts, int keep) {
    this.parts = parts;
    this.keep = keep;
    this.findings = new Findings(keep);
  }

  /**
   * The problems kept and how many more were found.
   *
   * @param problems the first problems, at most the number asked for
   * @param omitted how many more there were
   */
  public record Found(List<Problem> problems, long omitted) {}

  /**
   * Every dataset-rule problem, kind by kind, row by row, field by field. The checks run in
   * parallel on a large dataset, each into its own list; the lists are joined in one fixed order
   * before the (stable) sort, so that the result is the same however the threads ran.
   */
  public static List<Problem> check(DatasetParts parts, LocalDate today) {
    return check(parts, today, Integer.MAX_VALUE).problems();
  }

  /**
   * The first {@code keep} dataset-rule problems in the order of {@link #check(DatasetParts,
   * LocalDate)}, and how many more there were. Each check keeps only its own first ones (sorting
   * and trimming as it goes), so memory stays bounded however many rows break a rule.
   */
  public static Found check(DatasetParts parts, LocalDate today, int keep) {
    DatasetRules rules = new DatasetRules(parts, keep);
    rules.run(today);
    List<Findings.Finding> first = rules.findings.first();
    List<Problem> out = new ArrayList<>(first.size());
    for (Findings.Finding f : first) {
      out.add(parts.problem(f.kind(), f.row(), f.field(), f.code(), f.value(), f.args()));
    }
    return new Found(out, rules.findings.dropped());
  }

  private void add(
      RecordKind kind, int row, String field, ProblemCode code, String value, Object... args) {
    findings.add(new Findings.Finding(kind, row, kind.fieldIndex(field), code, value, args));
  }

  /** A check of its own, run: its findings, kept apart until joined in a fixed order. */
  private DatasetRules fresh(java.util.function.Consumer<DatasetRules> check) {
    DatasetRules r = new DatasetRules(parts, keep);
    check.accept(r);
    return r;
  }

  private void run(LocalDate today) {
    List<Supplier<DatasetRules>> checks = new ArrayList<>();
    for (RecordKind kind :
        List.of(
            RecordKind.ANTENNA,
            RecordKind.PERSON,
            RecordKind.CONTACT,
            RecordKind.ACCOMPANIMENT,
            RecordKind.HEALTH)) {
      checks.add(() -> fresh(r -> r.uniqueIds(kind)));
    }
    for (RecordKind kind : RecordKind.values()) {
      checks.add(
          () ->
              fresh(
                  r -> {
                    r.references(kind, "person_id", true);
                    r.references(kind, "antenna_id", false);
                  }));
    }
    checks.add(() -> fresh(DatasetRules::acts));
    int[][] earliest = new int[ACTIVITIES.length][];
    int[] bornFrom = firstDaysOfBirthYears();
    for (int i = 0; i < ACTIVITIES.length; i++) {
      int k = i;
      checks.add(() -> fresh(r -> earliest[k] = r.activityDates(ACTIVITIES[k], today, bornFrom)));
    }
    checks.add(() -> fresh(DatasetRules::profiles));
    long rows = 0;
    for (RecordKind kind : RecordKind.values()) {
      rows += parts.table(kind).size();
    }
    List<DatasetRules> results =
        (rows < PARALLEL_ROWS ? checks.stream() : checks.parallelStream())
            .map(Supplier::get)
            .collect(Collectors.toList());
    // the order of the sequential checks: profiles came after the persons' checks
    for (int i = 0; i < results.size() - 1; i++) {
      findings.addAll(results.get(i).findings);
    }
    int[] all = earliest[0];
    for (int i = 1; i < earliest.length; i++) {
      for (int p = 0; p < all.length; p++) {
        all[p] = Math.min(all[p], earliest[i][p]);
      }
    }
    persons(all, today);
    findings.addAll(results.get(results.size() - 1).findings);
  }

  private void uniqueIds(RecordKind kind) {
    Table t = parts.table(kind);
    int[] ids = t.ints(Schema.ID);
    BitSet seen = new BitSet();
    for (int r = 0; r < t.size(); r++) {
      int id = ids[r];
      if (id < 0) {
        continue;
      }
      if (seen.get(id)) {
        add(kind, r, "id", ProblemCodes.DUPLICATE_ID, parts.recordId(kind, r));
      }
      seen.set(id);
    }
  }

  private static boolean unresolved(int v) {
    return v < 0 && v != Table.ABSENT && v != Table.INVALID;
  }

  private void references(RecordKind kind, String field, boolean person) {
    int f = kind.fieldIndex(field);
    if (f < 0) {
      return;
    }
    Table t = parts.table(kind);
    int[] col = t.ints(f);
    for (int r = 0; r < t.size(); r++) {
      if (unresolved(col[r])) {
        add(
            kind,
            r,
            field,
            person ? ProblemCodes.UNKNOWN_PERSON : ProblemCodes.UNKNOWN_ANTENNA,
            parts.refText(t, r, f, person));
      }
    }
  }

  private void acts() {
    RecordKind kind = RecordKind.DISTRIBUTION;
    Table t = parts.table(kind);
    int[] ids = t.ints(Schema.ID);
    int n = parts.distinctIds(kind);
    String[] compared = {"date", "antenna_id", "person_id"};
    // the compared columns and whether each is required, looked up once rather than per row
    int[] field = new int[compared.length];
    int[][] column = new int[compared.length][];
    boolean[] required = new boolean[compared.length];
    for (int c = 0; c < compared.length; c++) {
      field[c] = kind.fieldIndex(compared[c]);
      column[c] = t.ints(field[c]);
      required[c] = kind.isRequired(compared[c]);
    }
    // For each compared column, the act's first row whose cell is readable: a row whose cell could
    // not be read (or is missing where required) already has its problem and is not compared.
    int[][] reference = new int[compared.length][n];
    for (int[] r : reference) {
      Arrays.fill(r, -1);
    }
    int[] itemMask = new int[n];
    int itemField = kind.fieldIndex("item");
    byte[] items = t.codes(itemField);
    for (int r = 0; r < t.size(); r++) {
      int act = ids[r];
      if (act < 0) {
        continue;
      }
      for (int c = 0; c < compared.length; c++) {
        int[] col = column[c];
        int v = col[r];
        if (v == Table.INVALID || (v == Table.ABSENT && required[c])) {
          continue;
        }
        int first = reference[c][act];
        if (first < 0) {
          reference[c][act] = r;
        } else if (v != col[first]) {
          add(kind, r, compared[c], ProblemCodes.ACT_DISAGREES, cellText(t, r, field[c]));
        }
      }
      int item = items[r];
      if (item >= 0) {
        if ((itemMask[act] & (1 << item)) != 0) {
          add(
              kind,
              r,
              "item",
              ProblemCodes.ITEM_TWICE,
              parts.registry().list("item").get(item).code());
        }
        itemMask[act] |= 1 << item;
      }
    }
  }

  private String cellText(Table t, int row, int f) {
    String name = t.kind().fields().get(f);
    if (name.equals("person_id") || name.equals("antenna_id")) {
      return parts.refText(t, row, f, name.equals("person_id"));
    }
    int v = t.ints(f)[row];
    if (v == Table.ABSENT) {
      return null;
    }
    return v == Table.INVALID ? t.raw(row, f) : LocalDate.ofEpochDay(v).toString();
  }

  /**
   * Each person's first day of her birth year as an epoch day, {@link Integer#MIN_VALUE} when the
   * year is unknown: computed once for the activity checks, which compare millions of dates to it.
   */
  private int[] firstDaysOfBirthYears() {
    Table persons = parts.table(RecordKind.PERSON);
    int[] birthYears = persons.ints(RecordKind.PERSON.fieldIndex("birth_year"));
    int[] days = new int[persons.size()];
    for (int p = 0; p < days.length; p++) {
      int by = birthYears[p];
      days[p] = by > 0 ? (int) FieldRules.epochDay(by, 1, 1) : Integer.MIN_VALUE;
    }
    return days;
  }

  /**
   * Checks a kind's activity dates; returns each person's earliest activity of the kind.
   *
   * @param bornFrom {@link #firstDaysOfBirthYears()}
   */
  private int[] activityDates(RecordKind kind, LocalDate today, int[] bornFrom) {
    Table persons = parts.table(RecordKind.PERSON);
    int[] earliest = new int[persons.size()];
    Arrays.fill(earliest, Integer.MAX_VALUE);
    int todayDay = (int) today.toEpochDay();
    Table t = parts.table(kind);
    int[] dates = t.ints(kind.fieldIndex("date"));
    int[] people = t.ints(kind.fieldIndex("person_id"));
    for (int r = 0; r < t.size(); r++) {
      int d = dates[r];
      if (d == Table.ABSENT || d == Table.INVALID) {
        continue;
      }
      if (d > todayDay) {
        add(kind, r, "date", ProblemCodes.IN_THE_FUTURE, LocalDate.ofEpochDay(d).toString(), today);
      }
      int p = people[r];
      if (p >= 0) {
        earliest[p] = Math.min(earliest[p], d);
        if (d < bornFrom[p]) {
          add(kind, r, "date", ProblemCodes.BEFORE_BIRTH, LocalDate.ofEpochDay(d).toString());
        }
      }
    }
    return earliest;
  }

  private void persons(int[] earliest, LocalDate today) {
    RecordKind kind = RecordKind.PERSON;
    Table t = parts.table(kind);
    int[] firstContacts = t.ints(kind.fieldIndex("first_contact"));
    int[] birthYears = t.ints(kind.fieldIndex("birth_year"));
    for (int p = 0; p < t.size(); p++) {
      int fc = firstContacts[p];
      if (fc != Table.ABSENT
          && fc != Table.INVALID
          && earliest[p] != Integer.MAX_VALUE
          && fc > earliest[p]) {
        add(
            kind,
            p,
            "first_contact",
            ProblemCodes.FIRST_CONTACT_TOO_LATE,
            LocalDate.ofEpochDay(fc).toString(),
            LocalDate.ofEpochDay(earliest[p]));
      }
      int by = birthYears[p];
      if (by > 0 && earliest[p] == Integer.MAX_VALUE && by > today.getYear()) {
        add(
            kind,
            p,
            "birth_year",
            ProblemCodes.BIRTH_YEAR_IN_FUTURE,
            Integer.toString(by),
            today.getYear());
      }
    }
  }

  private void profiles() {
    RecordKind kind = RecordKind.PROFILE;
    Table t = parts.table(kind);
    int[] people = t.ints(Schema.PROFILE_PERSON);
    int[] dates = t.ints(Schema.PROFILE_DATE);
    List<String> fields = kind.fields();
    int width = fields.size();
    PairGroups pairs = new PairGroups(people, dates);
    byte[] merged = new byte[Math.max(1, t.size()) * width];
    byte[][] codes = new byte[width][];
    for (int f = 2; f < width; f++) {
      codes[f] = t.codes(f);
    }
    for (int r = 0; r < t.size(); r++) {
      if (PairGroups.skipped(people[r], dates[r])) {
        continue;
      }
      int fresh = pairs.size();
      int group = pairs.group(r);
      if (group == fresh) {
        Arrays.fill(merged, group * width, group * width + width, Table.CODE_ABSENT);
      }
      int base = group * width;
      for (int f = 2; f < width; f++) {
        byte v = codes[f][r];
        if (v < 0) {
          continue;
        }
        byte m = merged[base + f];
        if (m >= 0 && m != v) {
          String list = Schema.fields(kind)[f].list();
          add(
              kind,
              r,
              fields.get(f),
              ProblemCodes.PROFILE_CONFLICT,
              parts.registry().list(list).get(v).code());
        } else {
          merged[base + f] = v;
        }
      }
    }
  }
}
