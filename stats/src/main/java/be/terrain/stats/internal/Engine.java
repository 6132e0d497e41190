package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.stats.PersonSetSink;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Subject;
import be.terrain.stats.TableSpec;
import java.util.stream.IntStream;

/**
 * Computes a report in three steps.
 *
 * <ol>
 *   <li>{@link #plan}: the {@link ReportPlan} lays the tables out and binds every dimension and
 *       population condition once per period it is needed in.
 *   <li>The pass ({@link #accumulateChunk}, {@link #accumulate}): a {@link Pass} reads a subject's
 *       records a block at a time and adds them up into an {@link Accumulator}.
 *   <li>{@link #finish}: {@link Finish} folds antennas into provinces and the organisation and
 *       makes the report's tables.
 * </ol>
 *
 * <p>{@link #run} splits every subject into as many shares as there are cores, accumulates them in
 * parallel and merges the accumulators.
 */
public final class Engine {
  private static final int MIN_ROWS_PER_CHUNK = 1 << 15;

  /** Records per stripe of a chunk's share (a multiple of {@link Pass#BLOCK}). */
  private static final int STRIPE = 16 * Pass.BLOCK;

  private final ReportPlan plan;

  private Engine(ReportPlan plan) {
    this.plan = plan;
  }

  /**
   * Plans a report: binds every dimension for every period it is needed in.
   *
   * @param dataset a valid dataset
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists
   */
  public static Engine plan(Dataset dataset, ReportDefinition definition, ReportOptions options) {
    return new Engine(new ReportPlan(dataset, definition, options));
  }

  /** Plans, computes on all cores and finishes. */
  public static Report compute(
      Dataset dataset, ReportDefinition definition, ReportOptions options) {
    return plan(dataset, definition, options).run();
  }

  /**
   * Plans, computes on all cores and finishes a report whose tables are the definition's, then
   * {@code sliced}: single-valued person tables counted by bit slices ({@link PersonSlices}), which
   * share no figures with the definition's.
   *
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists, or
   *     a sliced table is not a single-valued table over a person population
   */
  public static Report compute(
      Dataset dataset,
      ReportDefinition definition,
      ReportOptions options,
      java.util.List<TableSpec> sliced) {
    return compute(dataset, definition, options, sliced, false);
  }

  /**
   * As {@link #compute(Dataset, ReportDefinition, ReportOptions, java.util.List)}; with {@code
   * unknownsOnly}, each sliced table counts whether its dimension's code is UNKNOWN: its rows are
   * the list's first known code, for every known code of the list, and UNKNOWN (a code outside the
   * list counts in n only, as in the whole table). Its UNKNOWN row, n and sum of the rows are the
   * whole table's, in every period, for one slice per dimension instead of one per code.
   *
   * @throws IllegalArgumentException as the other, or when {@code unknownsOnly} and a sliced
   *     table's list has no UNKNOWN code
   */
  public static Report compute(
      Dataset dataset,
      ReportDefinition definition,
      ReportOptions options,
      java.util.List<TableSpec> sliced,
      boolean unknownsOnly) {
    return new Engine(new ReportPlan(dataset, definition, options, sliced, unknownsOnly)).run();
  }

  /** The number of records of a subject (rows, or acts). */
  public int size(Subject subject) {
    Dataset dataset = plan.dataset;
    return switch (subject) {
      case PERSON -> plan.persons;
      case CONTACT -> dataset.contacts().size();
      case ACCOMPANIMENT -> dataset.accompaniments().size();
      case HEALTH -> dataset.health().size();
      case DISTRIBUTION_ROW -> dataset.distributions().size();
      case DISTRIBUTION_ACT ->
          plan.hasRecords(Subject.DISTRIBUTION_ACT) ? plan.shared.acts().count() : 0;
    };
  }

  /** An empty accumulator for this plan. */
  public Accumulator newAccumulator() {
    return new Accumulator(plan.countsLength, plan.setsLength, plan.words);
  }

  /**
   * Plans, computes on all cores and finishes, handing the sink the persons of the PERSONS tables.
   */
  public static Report compute(
      Dataset dataset, ReportDefinition definition, ReportOptions options, PersonSetSink sink) {
    Engine engine = plan(dataset, definition, options);
    return engine.finish(engine.accumulateAll(), sink);
  }

  /** Computes on all cores: the records split into shares, one accumulator each, merged. */
  public Report run() {
    return finish(accumulateAll());
  }

  private Accumulator accumulateAll() {
    long total = 0;
    for (Subject s : Subject.values()) {
      if (s.isRecord() && plan.hasRecords(s)) {
        total += size(s);
      }
    }
    int chunks = (int) Math.max(1, Math.min(Parallel.cores(), total / MIN_ROWS_PER_CHUNK));
    Accumulator acc =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(i -> accumulateChunk(i, chunks))
            .reduce(Accumulator::merge)
            .orElseGet(this::newAccumulator);
    return acc;
  }

  /**
   * Accumulates the i-th of n equal shares of every subject's records. A share is every n-th stripe
   * of {@link #STRIPE} records rather than one n-th of the table in one piece: records are often in
   * date order and the history periods feed fewer tables than the period, so contiguous shares
   * would give one core the older records (little work) and the other the newer ones.
   */
  public Accumulator accumulateChunk(int i, int n) {
    Accumulator acc = newAccumulator();
    for (Subject s : Subject.values()) {
      if (s.isRecord() && plan.hasRecords(s)) {
        int size = size(s);
        Pass pass = new Pass(plan, s);
        for (long from = (long) i * STRIPE; from < size; from += (long) n * STRIPE) {
          pass.accumulate(acc, (int) from, (int) Math.min(size, from + STRIPE));
        }
      }
    }
    return acc;
  }

  /**
   * Adds the records {@code from} (included) to {@code to} (excluded) of a subject.
   *
   * @throws IllegalArgumentException for {@link Subject#PERSON}, which has no records
   */
  public void accumulate(Accumulator acc, Subject subject, int from, int to) {
    if (subject == Subject.PERSON) {
      throw new IllegalArgumentException("persons are not records: nothing to accumulate");
    }
    if (!plan.hasRecords(subject) || from >= to) {
      return;
    }
    new Pass(plan, subject).accumulate(acc, from, to);
  }

  /** Folds the antennas into every scope and makes the report's tables. */
  public Report finish(Accumulator acc) {
    return Finish.report(plan, acc);
  }

  /** Finishes, then hands the sink the persons of every PERSONS table (organisation, provinces). */
  public Report finish(Accumulator acc, PersonSetSink sink) {
    return Finish.report(plan, acc, sink);
  }
}
