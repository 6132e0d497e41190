package be.terrain.testkit;

import static be.terrain.testkit.Clauses.broken;
import static be.terrain.testkit.Clauses.call;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Code;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import be.terrain.stats.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ReportDefinition}, as {@code standard-report.md} states it for every
 * report: it fits the code lists; every scope (the organisation, each province with antennas, each
 * antenna) gets every table; each table lists its code list's codes in order; the rows of a table
 * that adds up (single-valued, and not persons counted over records: {@link
 * TableSpec#rowsAddUpToN()}) sum to {@code n}; an additive measure's organisation figures are the
 * sums of its antennas'; the same dataset gives the same report. Checked on a reproducible sample
 * of valid datasets.
 *
 * <pre>{@code
 * class Fdss2020Test extends ReportDefinitionContract {
 *   static final Terrain TERRAIN = Terrain.builder().add(new FdssPlugin()).build();
 *   protected ReportDefinition definition() { return TERRAIN.definition("fdss-2020"); }
 *   protected CodeRegistry codes() { return TERRAIN.codes(); }
 * }
 * }</pre>
 */
@DisplayName("ReportDefinitionContract")
public abstract class ReportDefinitionContract {
  private static final String CONTRACT = "ReportDefinitionContract";

  /** {@return the definition under test} */
  protected abstract ReportDefinition definition();

  /** {@return the code lists the datasets are built with (default: the standard lists)} */
  protected CodeRegistry codes() {
    return CodeRegistry.standard();
  }

  /** {@return how many generated datasets the clauses check (default 25)} */
  protected int datasets() {
    return 25;
  }

  /** {@return the seed of the generated datasets} */
  protected long seed() {
    return 20_200_102L;
  }

  /** {@return the periods reported on (default: 2020 and 2021)} */
  protected List<Period> periods() {
    return List.of(Period.ofYear(2020), Period.ofYear(2021));
  }

  private List<Report> reports(String clause) {
    List<Report> out = new ArrayList<>();
    for (Dataset d : ValidDatasets.sample(codes(), datasets(), seed())) {
      for (Period p : periods()) {
        out.add(compute(clause, d, p));
      }
    }
    return out;
  }

  private Report compute(String clause, Dataset d, Period p) {
    ReportDefinition def = definition();
    return call(
        CONTRACT,
        clause,
        "computing " + def.id() + " for " + p,
        () -> Statistics.compute(d, def, ReportOptions.of(p)));
  }

  private static List<Scope> scopes(Dataset d) {
    List<Scope> out = new ArrayList<>();
    out.add(Scope.organisation(d.organisation().id()));
    d.provinces().forEach(p -> out.add(Scope.province(p)));
    d.antennas().forEach(a -> out.add(Scope.antenna(a.id())));
    return out;
  }

  /** Fitting the code lists. */
  @Nested
  @DisplayName("fits the code lists")
  class Fits {
    @Test
    @DisplayName(
        "names, for every table, a code list the registry has, and codes of it in its populations")
    void codeLists() {
      String clause =
          "names, for every table, a code list the registry has, and codes of it in its populations";
      for (TableSpec t : definition().tables()) {
        if (codes().find(t.dimension().codeList()).isEmpty()) {
          throw broken(
              CONTRACT,
              clause,
              "table "
                  + t.id()
                  + " reads code list '"
                  + t.dimension().codeList()
                  + "', which the registry does not have");
        }
        checkPopulation(clause, t, t.population());
      }
    }

    private void checkPopulation(String clause, TableSpec t, Population p) {
      for (Population.Condition c : p.conditions()) {
        boolean ok =
            codes().find(c.dimension().codeList()).map(l -> l.contains(c.code())).orElse(false);
        if (!ok) {
          throw broken(
              CONTRACT,
              clause,
              "table "
                  + t.id()
                  + ": population "
                  + p.id()
                  + " needs code '"
                  + c.code()
                  + "' of list '"
                  + c.dimension().codeList()
                  + "', which the registry does not have");
        }
      }
      p.sources().forEach(s -> checkPopulation(clause, t, s));
    }

    @Test
    @DisplayName("computes every valid dataset without an exception")
    void computes() {
      assertThat(reports("computes every valid dataset without an exception"))
          .as(named(CONTRACT, "computes every valid dataset without an exception"))
          .isNotEmpty();
    }
  }

  /** Scopes and rows. */
  @Nested
  @DisplayName("gives every table in full")
  class Complete {
    @Test
    @DisplayName("gives every scope every table")
    void everyScopeEveryTable() {
      String clause = "gives every scope every table";
      for (Dataset d : ValidDatasets.sample(codes(), datasets(), seed())) {
        Report r = compute(clause, d, periods().get(0));
        for (TableSpec t : definition().tables()) {
          List<Scope> got = r.tables(t.id()).stream().map(ReportTable::scope).toList();
          assertThat(new TreeSet<>(got))
              .as(named(CONTRACT, clause) + ": table " + t.id())
              .containsExactlyElementsOf(new TreeSet<>(scopes(d)));
          assertThat(got)
              .as(named(CONTRACT, clause) + ": table " + t.id() + " once per scope")
              .doesNotHaveDuplicates();
        }
      }
    }

    @Test
    @DisplayName("lists each table's rows as its code list, in order")
    void rowsAreTheCodeList() {
      String clause = "lists each table's rows as its code list, in order";
      Map<String, List<String>> expected = new LinkedHashMap<>();
      for (TableSpec t : definition().tables()) {
        expected.put(
            t.id(),
            codes().list(t.dimension().codeList()).codes().stream().map(Code::code).toList());
      }
      for (Report r : reports(clause)) {
        for (ReportTable t : r.tables()) {
          assertThat(t.rows())
              .extracting(ReportRow::code)
              .as(named(CONTRACT, clause) + ": table " + t.id() + " in " + t.scope())
              .containsExactlyElementsOf(expected.get(t.id()));
        }
      }
    }
  }

  /** Sums. */
  @Nested
  @DisplayName("adds up as the specification says")
  class AddsUp {
    @Test
    @DisplayName(
        "a table whose rows add up (single-valued, no person counted over records) sums to n")
    void rowsSumToN() {
      String clause =
          "a table whose rows add up (single-valued, no person counted over records) sums to n";
      Map<String, TableSpec> specs = specs();
      for (Report r : reports(clause)) {
        for (ReportTable t : r.tables()) {
          if (!specs.get(t.id()).rowsAddUpToN()) {
            continue;
          }
          long sum = t.rows().stream().mapToLong(row -> row.count().orElseThrow()).sum();
          assertThat(sum)
              .as(
                  named(CONTRACT, clause)
                      + ": table "
                      + t.id()
                      + " in "
                      + t.scope()
                      + ", n = "
                      + t.n())
              .isEqualTo(t.n());
        }
      }
    }

    @Test
    @DisplayName("a count over records is, for the organisation, the sum of its antennas'")
    void organisationIsTheSumOfItsAntennas() {
      String clause = "a count over records is, for the organisation, the sum of its antennas'";
      Map<String, TableSpec> specs = specs();
      for (Report r : reports(clause)) {
        for (TableSpec spec : specs.values()) {
          if (spec.measure() == Measure.PERSONS) {
            continue; // persons are counted once over antennas: not additive
          }
          List<ReportTable> tables = r.tables(spec.id());
          ReportTable org =
              tables.stream()
                  .filter(t -> t.scope().level() == Scope.Level.ORGANISATION)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          broken(
                              CONTRACT,
                              clause,
                              "table " + spec.id() + " has no organisation scope"));
          for (int i = 0; i < org.rows().size(); i++) {
            final int row = i;
            long antennas =
                tables.stream()
                    .filter(t -> t.scope().level() == Scope.Level.ANTENNA)
                    .mapToLong(t -> t.rows().get(row).count().orElseThrow())
                    .sum();
            assertThat(org.rows().get(i).count().orElseThrow())
                .as(
                    named(CONTRACT, clause)
                        + ": table "
                        + spec.id()
                        + ", row "
                        + org.rows().get(i).code())
                .isEqualTo(antennas);
          }
          long n =
              tables.stream()
                  .filter(t -> t.scope().level() == Scope.Level.ANTENNA)
                  .mapToLong(ReportTable::n)
                  .sum();
          assertThat(org.n())
              .as(named(CONTRACT, clause) + ": table " + spec.id() + ", n")
              .isEqualTo(n);
        }
      }
    }

    @Test
    @DisplayName("is deterministic: the same dataset gives the same report")
    void deterministic() {
      String clause = "is deterministic: the same dataset gives the same report";
      for (Dataset d : ValidDatasets.sample(codes(), Math.min(5, datasets()), seed())) {
        Period p = periods().get(0);
        assertThat(compute(clause, d, p))
            .as(named(CONTRACT, clause))
            .isEqualTo(compute(clause, d, p));
      }
    }

    private Map<String, TableSpec> specs() {
      Map<String, TableSpec> out = new LinkedHashMap<>();
      definition().tables().forEach(t -> out.put(t.id(), t));
      return out;
    }
  }
}
