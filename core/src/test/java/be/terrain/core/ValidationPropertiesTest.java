package be.terrain.core;

import static be.terrain.testing.Gens.anyStrings;
import static be.terrain.testing.Gens.each;
import static be.terrain.testing.Gens.pick;
import static be.terrain.testing.Gens.w;
import static be.terrain.testing.Gens.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of validation over arbitrary rows of cells, valid, plausible or junk. */
class ValidationPropertiesTest {
  private static final RecordLocator LINES =
      (kind, position, field) -> Location.ofLine(kind.collection(), position);

  /** A row as a reader would add it. */
  record Row(RecordKind kind, List<String> cells, int position) {
    String cell(String field) {
      int f = kind.fieldIndex(field);
      return f >= 0 && f < cells.size() ? cells.get(f) : null;
    }
  }

  static Gen<String> cells() {
    String[] codes =
        CodeRegistry.standard().lists().stream()
            .flatMap(l -> l.codes().stream())
            .map(Code::code)
            .distinct()
            .toArray(String[]::new);
    return weighted(
        w(3, pick("", DatasetBuilder.UNREADABLE_CELL)),
        w(2, Generate.constant((String) null)),
        w(6, pick("org", "a1", "a2", "p1", "p2", "p3", "c1", "d1", "d2", "h1", "x y", "")),
        w(6, pick(codes)),
        w(4, integers().between(2018, 2023).map(y -> y + "-0" + (1 + y % 9) + "-1" + (y % 10))),
        w(2, pick("2020-02-30", "2021-13-01", "0000-01-01", "9999-12-31", "2020-1-1")),
        w(4, integers().between(-2, 10_002).map(i -> String.valueOf(i))),
        w(2, pick("1899", "1900", "1985", "2022", "2030", "85", "+5", "5.0", "1 000")),
        w(2, pick("BE", "FR", "GF", "XK", "be", "BE-WHT", "BE-XXX", "HIV|HCV", "HIV|HIV", "|")),
        w(2, anyStrings(0, 90)));
  }

  /**
   * A value that fits the field, so that rows often pass the field rules and meet the dataset
   * rules.
   */
  private static Gen<String> plausible(RecordKind kind, String field) {
    Gen<String> dates =
        Generate.oneOf(
            pick("2020-01-01", "2020-06-30", "2021-06-30"),
            integers()
                .between(0, 6 * 365)
                .map(d -> LocalDate.of(2018, 1, 1).plusDays(d).toString()));
    return switch (field) {
      case "id" ->
          kind == RecordKind.PERSON ? pick("p1", "p2", "p3") : pick("x1", "x2", "a1", "a2");
      case "person_id" -> pick("p1", "p2", "p3", "p4", "");
      case "antenna_id" -> pick("a1", "a2", "a3");
      case "date", "first_contact" -> dates;
      case "name" -> pick("N");
      case "province" -> pick("BE-WHT", "BE-BRU");
      case "birth_year" -> integers().between(1980, 2024).map(i -> String.valueOf(i));
      case "nationality" -> pick("BE", "FR", "GF", "");
      case "count", "quantity" -> pick("1", "2", "");
      case "unit_value_cents" -> pick("0", "1000", "");
      case "pathogens" -> pick("HIV", "HIV|HCV", "");
      case "linkage_code" -> pick("LNK-a1", "LNK-a1", "lnk.B_2", "");
      default ->
          Generate.oneOf(
              Generate.pick(LISTS.get(field)).map(Code::code),
              pick(LISTS.get(field).get(0).code()));
    };
  }

  private static final java.util.Map<String, List<Code>> LISTS =
      java.util.Map.ofEntries(
          java.util.Map.entry("kind", codes("health_kind", "antenna_kind")),
          java.util.Map.entry("role", codes("role")),
          java.util.Map.entry("sex", codes("sex")),
          java.util.Map.entry("financial_resource", codes("financial_resource")),
          java.util.Map.entry("housing", codes("housing")),
          java.util.Map.entry("employment", codes("employment")),
          java.util.Map.entry("health_coverage", codes("health_coverage")),
          java.util.Map.entry("coverage", codes("health_coverage")),
          java.util.Map.entry("setting", codes("setting")),
          java.util.Map.entry("channel", codes("contact_channel")),
          java.util.Map.entry("domain", codes("accompaniment_domain")),
          java.util.Map.entry("mode", codes("accompaniment_mode")),
          java.util.Map.entry("act", codes("nursing_act")),
          java.util.Map.entry("target", codes("paramedical_target")),
          java.util.Map.entry("reason", codes("consultation_reason")),
          java.util.Map.entry("item", codes("item")));

  private static List<Code> codes(String... lists) {
    List<Code> out = new ArrayList<>();
    for (String l : lists) {
      out.addAll(CodeRegistry.standard().list(l).codes());
    }
    return out;
  }

  private static Gen<List<String>> cellsOf(RecordKind kind) {
    List<Gen<String>> fields = new ArrayList<>();
    for (String f : kind.fields()) {
      fields.add(weighted(w(6, plausible(kind, f)), w(1, cells())));
    }
    return each(fields);
  }

  static Gen<Row> rows() {
    Gen<Integer> positions = integers().between(-1, 100_000);
    Gen<RecordKind> kinds = pick(RecordKind.values());
    Gen<Row> junk =
        kinds.zip(
            lists().of(cells()).ofSizeBetween(0, 12),
            positions,
            (kind, cells, position) -> new Row(kind, cells, position));
    Gen<Row> plausible =
        kinds.flatMap(kind -> cellsOf(kind).zip(positions, (c, p) -> new Row(kind, c, p)));
    return weighted(w(1, junk), w(4, plausible));
  }

  static Gen<List<Row>> datasets() {
    return lists().of(rows()).ofSizeBetween(0, 40);
  }

  static Gen<LocalDate> days() {
    return integers().between(2019, 2023).map(y -> LocalDate.of(y, 6, 30));
  }

  private static List<Problem> validate(List<Row> rows, LocalDate today) {
    DatasetBuilder b = Dataset.builder().locator(LINES);
    for (Row r : rows) {
      b.addRow(r.kind(), r.cells().toArray(new String[0]), r.position());
    }
    return b.build().validateWithoutPlugins(today).problems();
  }

  @Test
  void validationNeverThrowsAndEveryProblemNamesItsRecordAndField() {
    qt().withExamples(250)
        .forAll(datasets(), days())
        .checkAssert(ValidationPropertiesTest::everyProblemNamesItsRecordAndField);
  }

  private static void everyProblemNamesItsRecordAndField(List<Row> rows, LocalDate today) {
    List<Problem> problems = validate(rows, today);
    for (Problem p : problems) {
      assertThat(p.recordKind()).as("%s", p).isPresent();
      if (p.code() != ProblemCodes.ORGANISATION_COUNT) {
        assertThat(p.field()).as("%s", p).isPresent();
        assertThat(p.recordKind().get().fields()).contains(p.field().get());
      }
      assertThat(p.value().map(v -> v.codePointCount(0, v.length())).orElse(0))
          .isLessThanOrEqualTo(80);
      assertThat(p.toString()).isNotEmpty();
    }
    long organisations = rows.stream().filter(r -> r.kind() == RecordKind.ORGANISATION).count();
    assertThat(problems.stream().filter(p -> p.code() == ProblemCodes.ORGANISATION_COUNT))
        .hasSize(organisations == 0 ? 1 : (int) organisations - 1);
  }

  /** A problem without its message (whose arguments, such as an earliest activity, may change). */
  private static String key(Problem p) {
    return String.join(
        " ",
        p.code().code(),
        p.recordKind().map(Enum::name).orElse("-"),
        p.recordId().orElse("-"),
        p.field().orElse("-"),
        p.value().orElse("-"),
        p.location().toString());
  }

  /**
   * Adding a record never removes a problem about the others, except those it answers: a reference
   * to the person or antenna it is, the missing organisation, and a birth year in the future for a
   * person who had no activity (the rule is about persons without activity).
   */
  @Test
  void addingARecordNeverRemovesAProblemAboutOthers() {
    qt().withExamples(250)
        .forAll(datasets(), rows(), days())
        .checkAssert(ValidationPropertiesTest::addingKeepsTheProblemsAboutOthers);
  }

  private static void addingKeepsTheProblemsAboutOthers(
      List<Row> rows, Row added, LocalDate today) {
    List<Row> more = new ArrayList<>(rows);
    more.add(new Row(added.kind(), added.cells(), 1_000_000));
    Set<String> after =
        validate(more, today).stream()
            .map(ValidationPropertiesTest::key)
            .collect(Collectors.toSet());
    Optional<String> addedId = Optional.ofNullable(added.cell("id"));
    Optional<String> person = Optional.ofNullable(added.cell("person_id"));
    for (Problem p : validate(rows, today)) {
      String code = p.code().code();
      boolean answered =
          (added.kind() == RecordKind.PERSON
                  && code.equals("TER-0302")
                  && p.value().equals(addedId))
              || (added.kind() == RecordKind.ANTENNA
                  && code.equals("TER-0303")
                  && p.value().equals(addedId))
              || (added.kind() == RecordKind.ORGANISATION && code.equals("TER-0209"))
              || (code.equals("TER-0310") && p.recordId().equals(person));
      if (!answered) {
        assertThat(after).as("after adding %s", added).contains(key(p));
      }
    }
  }
}
