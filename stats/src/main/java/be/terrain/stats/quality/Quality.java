package be.terrain.stats.quality;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Code;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.core.Problem;
import be.terrain.stats.DatasetNotValidException;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Statistics;
import be.terrain.stats.TableSpec;
import be.terrain.stats.internal.Engine;
import be.terrain.stats.quality.internal.QualityTables;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * Computes the data-quality report ({@link QualityReport}). Its figures come from the one-pass
 * engine of {@link Statistics}: each is the UNKNOWN row and total of a table over the same
 * population and dimension as the standard report's (the psychosocial population's {@code sex} is
 * {@code profile.sex}'s UNKNOWN row), with one previous period. The person tables (both
 * populations' attributes) are counted by bit slices (a bit set of the persons of each code,
 * intersected with each scope's persons), the record tables by the pass as any table. {@link
 * #computeWith} computes it in the same pass as a report.
 *
 * <pre>{@code
 * QualityReport q = Quality.compute(dataset, Period.ofYear(2020));
 * Quality.Both both = Quality.computeWith(dataset, ReportDefinition.standard(), options);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Quality {
  private Quality() {}

  /**
   * A report and the quality report of the same period, from one pass.
   *
   * @param report the report asked for
   * @param quality its quality report
   */
  public record Both(Report report, QualityReport quality) {
    /**
     * Refuses nulls.
     *
     * @param report the report asked for
     * @param quality its quality report
     */
    public Both {
      requireNonNull(report, "report");
      requireNonNull(quality, "quality");
    }
  }

  /**
   * {@return the quality report of a valid dataset for a period}
   *
   * @param dataset a valid dataset
   * @param period the period reported on
   */
  public static QualityReport compute(Dataset dataset, Period period) {
    requireNonNull(dataset, "dataset");
    requireNonNull(period, "period");
    return both(dataset, "terrain-quality/1", List.of(), ReportOptions.of(period)).quality();
  }

  /**
   * {@return a report and its quality report, from one pass of the engine: the quality tables are
   * computed beside the definition's, then taken out of the report}
   *
   * @param dataset a valid dataset
   * @param definition the tables to compute
   * @param options period, rounding, suppression and labels
   * @throws IllegalArgumentException as {@link Statistics#compute} does, or when the definition has
   *     a table whose id starts with {@code quality.}
   */
  public static Both computeWith(
      Dataset dataset, ReportDefinition definition, ReportOptions options) {
    requireNonNull(dataset, "dataset");
    requireNonNull(definition, "definition");
    requireNonNull(options, "options");
    if (definition.tables().stream().anyMatch(t -> t.id().startsWith(QualityTables.PREFIX))) {
      throw new IllegalArgumentException(
          "table ids starting with " + QualityTables.PREFIX + " are the quality report's");
    }
    return both(dataset, definition.id(), definition.tables(), options);
  }

  /**
   * The report of {@code tables} and the quality report, from one pass: the quality's record tables
   * beside the report's, its person tables counted by bit slices, then all taken out of the report.
   */
  private static Both both(
      Dataset dataset, String id, List<TableSpec> reportTables, ReportOptions options) {
    List<TableSpec> tables = new ArrayList<>(reportTables);
    List<Problem> problems = dataset.knownProblems();
    if (!problems.isEmpty()) {
      throw new DatasetNotValidException(problems);
    }
    tables.addAll(QualityTables.records());
    // without suppression the quality reads only the UNKNOWN rows, n and the sums of the rows
    boolean unknownsOnly = options.suppressBelow().orElse(0) == 0;
    Report all =
        Engine.compute(
            dataset,
            ReportDefinition.of(id, tables),
            options,
            QualityTables.persons(),
            unknownsOnly);
    List<ReportTable> mine = new ArrayList<>();
    List<ReportTable> quality = new ArrayList<>();
    for (ReportTable t : all.tables()) {
      (t.id().startsWith(QualityTables.PREFIX) ? quality : mine).add(t);
    }
    Report report =
        new Report(
            all.organisation(),
            all.period(),
            all.rounding(),
            all.suppressBelow(),
            all.language(),
            mine);
    Report q =
        new Report(
            all.organisation(),
            all.period(),
            all.rounding(),
            all.suppressBelow(),
            all.language(),
            quality);
    return new Both(report, quality(q));
  }

  /** The entries of the quality tables, in scope order, then the tables' order. */
  private static QualityReport quality(Report r) {
    List<String> order = QualityTables.all().stream().map(TableSpec::id).toList();
    List<ReportTable> tables = new ArrayList<>(r.tables());
    tables.sort(
        java.util.Comparator.comparing(ReportTable::scope)
            .thenComparingInt(t -> order.indexOf(t.id())));
    List<QualityEntry> entries = new ArrayList<>();
    for (ReportTable t : tables) {
      String[] parts = t.id().substring(QualityTables.PREFIX.length()).split("\\.", 2);
      long unknown = 0;
      long previousUnknown = 0;
      long previousN = 0;
      for (ReportRow row : t.rows()) {
        long before = row.history().isEmpty() ? 0 : value(row.history().get(0));
        previousN += before;
        if (Code.UNKNOWN.equals(row.code())) {
          unknown = value(row.count());
          previousUnknown = before;
        }
      }
      entries.add(
          new QualityEntry(
              t.scope(), parts[0], parts[1], t.n(), unknown, previousN, previousUnknown));
    }
    return new QualityReport(r.organisation(), r.period(), r.period().previous(1), entries);
  }

  /** A count, 0 when suppressed (the quality report is computed without suppression). */
  private static long value(OptionalLong count) {
    return count.orElse(0);
  }
}
