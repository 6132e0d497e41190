package be.terrain.federation.internal;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionRow;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.FederationKey;
import be.terrain.federation.Linkage;
import be.terrain.federation.Provenance;
import be.terrain.stats.Measure;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntFunction;

/**
 * Makes a contribution from one engine run: the exact report (half-up, no suppression) at the
 * organisation and province scopes, and with a key the sketches the engine's {@link SketchingSink}
 * made from the same pass.
 */
public final class ContributionBuilder {
  private ContributionBuilder() {}

  /**
   * Builds a contribution.
   *
   * @param codes a person's linkage code as UTF-8 bytes, or null when it has none
   */
  public static Contribution build(
      Dataset dataset,
      String definitionName,
      ReportDefinition definition,
      Period period,
      Optional<FederationKey> key,
      Provenance provenance,
      IntFunction<byte[]> codes) {
    ReportOptions options = ReportOptions.of(period);
    SketchingSink sink = null;
    Report report;
    if (key.isPresent()) {
      // the hashes are computed while the engine runs; the sink awaits them at its first set
      KeyedPersons persons = KeyedPersons.start(key.get(), dataset.persons().size(), codes);
      sink = new SketchingSink(persons);
      report = Statistics.compute(dataset, definition, options, sink);
    } else {
      report = Statistics.compute(dataset, definition, options);
    }
    List<ContributionTable> tables = new ArrayList<>();
    for (ReportTable t : report.tables()) {
      if (t.scope().level() != Scope.Level.ANTENNA) {
        tables.add(table(t, t.measure() == Measure.PERSONS ? sink : null));
      }
    }
    return new Contribution(
        report.organisation(), period, definitionName, provenance, key.map(Linkage::of), tables);
  }

  private static ContributionTable table(ReportTable t, SketchingSink sink) {
    SketchingSink.TableSketches s = sink == null ? null : sink.get(t.id(), t.scope());
    List<ContributionRow> rows = new ArrayList<>(t.rows().size());
    for (int c = 0; c < t.rows().size(); c++) {
      ReportRow r = t.rows().get(c);
      List<Long> history = r.history().stream().map(OptionalLong::getAsLong).toList();
      long count = r.count().getAsLong();
      if (s == null) {
        rows.add(ContributionRow.of(r.code(), count, history));
      } else {
        SketchingSink.Sketched k = s.rows().get(c);
        rows.add(
            new ContributionRow(
                r.code(), count, history, OptionalLong.of(k.unlinked()), Optional.of(k.sketch())));
      }
    }
    return new ContributionTable(
        t.id(),
        t.scope(),
        t.measure(),
        t.n(),
        t.history(),
        s == null ? OptionalLong.empty() : OptionalLong.of(s.n().unlinked()),
        s == null ? Optional.empty() : Optional.of(s.n().sketch()),
        rows);
  }
}
