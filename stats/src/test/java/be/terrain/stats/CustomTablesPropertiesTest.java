package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.terrain.core.Dataset;
import be.terrain.core.HealthIntervention;
import be.terrain.core.NursingCare;
import be.terrain.core.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The engine against a slow, obvious computation on tables that the standard definition does not
 * have (found by mutation testing): a population narrowed by a multi-valued condition, the persons
 * of records by a multi-valued dimension (with history), a person population by a multi-valued
 * person dimension, and codes outside the list (none at all, or past its end), which count in
 * {@code n} only.
 */
class CustomTablesPropertiesTest {

  @Test
  void theEngineAgreesWithTheNaiveComputation() {
    qt().withExamples(120)
        .withShrinkCycles(300)
        .forAll(RandomDatasets.rows(), NaiveReportPropertiesTest.periods())
        .checkAssert((rows, period) -> check(rows.build(), period));
  }

  @Test
  void tablesOfTheSameFiguresAreComputedOnceAndGivenToEach() {
    // the second table's figures are the first's: the engine counts them once, with the table at
    // index 0 as their source (found by mutation testing: no definition had a source at index 0)
    qt().withExamples(40)
        .withShrinkCycles(300)
        .forAll(RandomDatasets.rows(), NaiveReportPropertiesTest.periods())
        .checkAssert((rows, period) -> check(rows.build(), period, CustomTables.SAME_FIGURES));
  }

  @Test
  void manyPersonsInOneScope() {
    // past 1,024 persons in a scope (a block of the person classification) and past 32,768
    // persons (several chunks of words) and 65,536 records (several shares of the records)
    check(ManyPersons.dataset(33_000, 2), Period.ofYear(2020));
  }

  static void check(Dataset d, Period period) {
    check(d, period, CustomTables.DEFINITION);
  }

  static void check(Dataset d, Period period, ReportDefinition definition) {
    Report report = Statistics.compute(d, definition, ReportOptions.of(period));
    CustomTables.Naive naive = new CustomTables.Naive(d);
    int checked = 0;
    for (ReportTable t : report.tables()) {
      for (int k = 0; k <= t.history(); k++) {
        Period p = k == 0 ? period : period.previous(k);
        long[] expected = naive.counts(t.id(), t.scope(), p);
        long[] actual = new long[t.rows().size()];
        for (int c = 0; c < actual.length; c++) {
          ReportRow row = t.rows().get(c);
          actual[c] = k == 0 ? row.count().getAsLong() : row.history().get(k - 1).getAsLong();
        }
        assertThat(actual)
            .as("%s %s in %s", t.id(), t.scope(), p)
            .containsExactly(java.util.Arrays.copyOf(expected, actual.length));
        if (k == 0) {
          assertThat(t.n()).as("n of %s %s", t.id(), t.scope()).isEqualTo(expected[actual.length]);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(definition.tables().size());
  }

  /** A dataset of many persons, each with {@code testsEach} HIV rapid tests in 2020. */
  static final class ManyPersons {
    private ManyPersons() {}

    static Dataset dataset(int persons, int testsEach) {
      Map<be.terrain.core.RecordKind, List<String[]>> rows =
          new java.util.EnumMap<>(be.terrain.core.RecordKind.class);
      for (be.terrain.core.RecordKind k : be.terrain.core.RecordKind.values()) {
        rows.put(k, new java.util.ArrayList<>());
      }
      rows.get(be.terrain.core.RecordKind.ORGANISATION).add(new String[] {"org", "Organisation"});
      rows.get(be.terrain.core.RecordKind.ANTENNA)
          .add(new String[] {"a0", "Antenna 0", "BE-WHT", "SERVICE"});
      rows.get(be.terrain.core.RecordKind.ANTENNA)
          .add(new String[] {"a1", "Antenna 1", "BE-WHT", "ANTENNA"});
      String[] pathogens = {"HIV", "HIV|SYPHILIS", "HIV|SYPHILIS|HCV", "SYPHILIS"};
      int h = 0;
      for (int p = 0; p < persons; p++) {
        rows.get(be.terrain.core.RecordKind.PERSON)
            .add(
                new String[] {
                  "p" + p, p % 4 == 0 ? "ENTOURAGE" : "SEX_WORKER", "F", "1980", "BE", ""
                });
        for (int t = 0; t < testsEach; t++) {
          rows.get(be.terrain.core.RecordKind.HEALTH)
              .add(
                  new String[] {
                    "h" + h++,
                    RandomDatasets.date(730 + (p + 97 * t) % 366),
                    "a" + (p + t) % 2,
                    "p" + p,
                    "NURSING_CARE",
                    "RAPID_TEST",
                    pathogens[(p + t) % pathogens.length],
                    "",
                    "",
                    ""
                  });
        }
      }
      return new RandomDatasets.Rows(rows).build();
    }
  }

  /** The definition, its test dimensions and the naive computation of its tables. */
  static final class CustomTables {
    private CustomTables() {}

    static final Population HIV_TESTS =
        Population.HEALTH_ROWS.where("hiv_tests", Dimensions.PATHOGEN, "HIV");
    static final Population HIV_PERSONS = Population.personsOf("hiv_persons", HIV_TESTS);

    /** The record's pathogens, and a code past the list's end for every third record. */
    static final Dimension PATHOGENS_AND_MORE =
        new TestDimension("pathogens_and_more", Subject.HEALTH, "pathogen", true);

    /** The record's kind; no code for every third record, a code past the list for the next. */
    static final Dimension KIND_OR_NONE =
        new TestDimension("kind_or_none", Subject.HEALTH, "health_kind", false);

    /** Every pathogen a person was ever tested for, and one past the list for even numbers. */
    static final Dimension PERSON_PATHOGENS =
        new TestDimension("person_pathogens", Subject.PERSON, "pathogen", true);

    /** The person's role; no code for every third person, one past the list for the next. */
    static final Dimension ROLE_OR_NONE =
        new TestDimension("role_or_none", Subject.PERSON, "role", false);

    static final ReportDefinition DEFINITION =
        ReportDefinition.of(
            "custom",
            List.of(
                TableSpec.of(
                        "health.pathogen_persons",
                        Population.HEALTH_ROWS,
                        PATHOGENS_AND_MORE,
                        Measure.PERSONS)
                    .withHistory(2),
                TableSpec.of("hiv.acts", HIV_TESTS, PATHOGENS_AND_MORE, Measure.ACTS)
                    .withHistory(1),
                TableSpec.of("hiv.kind_acts", HIV_TESTS, KIND_OR_NONE, Measure.ACTS),
                TableSpec.of(
                        "health.kind_persons",
                        Population.HEALTH_ROWS,
                        KIND_OR_NONE,
                        Measure.PERSONS)
                    .withHistory(1),
                TableSpec.of(
                        "hiv_persons.pathogens", HIV_PERSONS, PERSON_PATHOGENS, Measure.PERSONS)
                    .withHistory(1),
                TableSpec.of("hiv_persons.role", HIV_PERSONS, ROLE_OR_NONE, Measure.PERSONS)));

    /** Two tables of the same figures (acts, counted per antenna and added up per scope). */
    static final ReportDefinition SAME_FIGURES =
        ReportDefinition.of(
            "custom_same",
            List.of(
                TableSpec.of("hiv.acts", HIV_TESTS, PATHOGENS_AND_MORE, Measure.ACTS)
                    .withHistory(1),
                TableSpec.of("hiv.acts_again", HIV_TESTS, PATHOGENS_AND_MORE, Measure.ACTS)));

    /** A code past the end of a list of {@code size} codes. */
    static int past(int size) {
      return size;
    }

    /** The pathogens of a health record as a bit set of the pathogen list. */
    static long pathogens(Dataset d, HealthIntervention h) {
      long bits = 0;
      if (h instanceof NursingCare n) {
        for (String p : n.pathogens()) {
          bits |= 1L << d.codes().list("pathogen").indexOf(p);
        }
      }
      return bits;
    }

    /** The codes of every record or person of a test dimension, by its number. */
    static long[] codes(Dataset d, String dimension) {
      int pathogens = d.codes().list("pathogen").size();
      return switch (dimension) {
        case "pathogens_and_more" -> {
          long[] out = new long[d.health().size()];
          for (int r = 0; r < out.length; r++) {
            long bits = pathogens(d, d.health().get(r));
            out[r] = r % 3 == 0 ? bits | 1L << past(pathogens) : bits;
          }
          yield out;
        }
        case "kind_or_none" -> {
          long[] out = new long[d.health().size()];
          int size = d.codes().list("health_kind").size();
          for (int r = 0; r < out.length; r++) {
            out[r] = single(d.health().healthKind(r), r, size);
          }
          yield out;
        }
        case "person_pathogens" -> {
          long[] out = new long[d.persons().size()];
          Map<String, Integer> numbers = new HashMap<>();
          for (int p = 0; p < out.length; p++) {
            numbers.put(d.persons().id(p), p);
            out[p] = p % 2 == 0 ? 1L << past(pathogens) : 0L;
          }
          for (HealthIntervention h : d.health()) {
            long bits = pathogens(d, h);
            h.personId().ifPresent(id -> out[numbers.get(id)] |= bits);
          }
          yield out;
        }
        case "role_or_none" -> {
          long[] out = new long[d.persons().size()];
          int size = d.codes().list("role").size();
          for (int p = 0; p < out.length; p++) {
            out[p] = single(d.persons().role(p), p, size);
          }
          yield out;
        }
        default -> throw new IllegalArgumentException(dimension);
      };
    }

    /** A single code as a bit set, or an impossible code: -1 for none, -2 for past the list. */
    private static long single(int code, int number, int size) {
      return switch (number % 3) {
        case 0 -> -1L;
        case 1 -> -2L - past(size);
        default -> 1L << code;
      };
    }

    /** A test dimension: its codes come from {@link #codes}, computed when bound. */
    private record TestDimension(String id, Subject subject, String codeList, boolean multi)
        implements Dimension {
      @Override
      public boolean multiValued() {
        return multi;
      }

      @Override
      public Classifier bind(DimensionContext context) {
        Dataset d = context.dataset();
        long[] all = codes(d, id);
        return new Classifier() {
          @Override
          public int code(int record) {
            long c = all[record];
            if (c == -1L) {
              return NONE;
            }
            return c < 0 ? (int) (-2L - c) : Long.numberOfTrailingZeros(c);
          }

          @Override
          public long codes(int record) {
            return multi ? all[record] : Classifier.super.codes(record);
          }
        };
      }
    }

    /** The tables computed from the typed records, with sets and maps. */
    static final class Naive {
      private final Dataset d;
      private final Map<String, String> provinceOf = new HashMap<>();
      private final Map<String, long[]> codes = new HashMap<>();
      private final java.time.LocalDate[] dates;
      private final String[] antennas;
      private final boolean[] hiv;

      Naive(Dataset d) {
        this.d = d;
        int n = d.health().size();
        dates = new java.time.LocalDate[n];
        antennas = new String[n];
        hiv = new boolean[n];
        long hivBit = 1L << d.codes().list("pathogen").indexOf("HIV");
        for (int r = 0; r < n; r++) {
          HealthIntervention h = d.health().get(r);
          dates[r] = h.date();
          antennas[r] = h.antennaId();
          hiv[r] = (pathogens(d, h) & hivBit) != 0;
        }
        for (String dim :
            List.of("pathogens_and_more", "kind_or_none", "person_pathogens", "role_or_none")) {
          codes.put(dim, CustomTables.codes(d, dim));
        }
        d.antennas().forEach(a -> provinceOf.put(a.id(), a.province()));
      }

      private boolean in(Scope scope, String antenna) {
        return switch (scope.level()) {
          case ORGANISATION -> true;
          case PROVINCE -> scope.id().equals(provinceOf.get(antenna));
          case ANTENNA -> scope.id().equals(antenna);
        };
      }

      /** The health records of a scope and period that pass a filter on their number. */
      private List<Integer> records(Scope scope, Period period, IntPredicate filter) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int r = 0; r < dates.length; r++) {
          if (in(scope, antennas[r]) && period.contains(dates[r]) && filter.test(r)) {
            out.add(r);
          }
        }
        return out;
      }

      private boolean hiv(int r) {
        return hiv[r];
      }

      /** Each code's count, then n. */
      long[] counts(String table, Scope scope, Period period) {
        return switch (table) {
          case "health.pathogen_persons" ->
              recordPersons(records(scope, period, r -> true), "pathogens_and_more", "pathogen");
          case "hiv.acts", "hiv.acts_again" ->
              acts(records(scope, period, this::hiv), "pathogens_and_more", "pathogen");
          case "hiv.kind_acts" ->
              acts(records(scope, period, this::hiv), "kind_or_none", "health_kind");
          case "health.kind_persons" ->
              recordPersons(records(scope, period, r -> true), "kind_or_none", "health_kind");
          case "hiv_persons.pathogens" ->
              persons(records(scope, period, this::hiv), "person_pathogens", "pathogen");
          case "hiv_persons.role" ->
              persons(records(scope, period, this::hiv), "role_or_none", "role");
          default -> throw new IllegalArgumentException("no naive table " + table);
        };
      }

      private long[] acts(List<Integer> records, String dimension, String list) {
        int size = d.codes().list(list).size();
        long[] out = new long[size + 1];
        for (int r : records) {
          addCodes(out, codes.get(dimension)[r], size);
          out[size]++;
        }
        return out;
      }

      private long[] recordPersons(List<Integer> records, String dimension, String list) {
        int size = d.codes().list(list).size();
        Map<Integer, Set<Integer>> byCode = new HashMap<>();
        Set<Integer> all = new HashSet<>();
        for (int r : records) {
          int p = d.health().person(r);
          if (p < 0) {
            continue;
          }
          long bits = codes.get(dimension)[r];
          for (int c = 0; c < size; c++) {
            if (bits >= 0 && (bits & 1L << c) != 0) {
              byCode.computeIfAbsent(c, k -> new HashSet<>()).add(p);
              all.add(p);
            }
          }
        }
        long[] out = new long[size + 1];
        byCode.forEach((c, ps) -> out[c] = ps.size());
        out[size] = all.size();
        return out;
      }

      private long[] persons(List<Integer> records, String dimension, String list) {
        int size = d.codes().list(list).size();
        Set<Integer> persons = new HashSet<>();
        for (int r : records) {
          int p = d.health().person(r);
          if (p >= 0) {
            persons.add(p);
          }
        }
        long[] out = new long[size + 1];
        for (int p : persons) {
          addCodes(out, codes.get(dimension)[p], size);
        }
        out[size] = persons.size();
        return out;
      }

      /** Adds one to each code of a bit set in the list (nothing for an impossible code). */
      private static void addCodes(long[] out, long bits, int size) {
        for (int c = 0; c < size && bits >= 0; c++) {
          if ((bits & 1L << c) != 0) {
            out[c]++;
          }
        }
      }
    }
  }
}
