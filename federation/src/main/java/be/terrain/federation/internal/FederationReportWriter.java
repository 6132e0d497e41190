package be.terrain.federation.internal;

import be.terrain.federation.Bounds;
import be.terrain.federation.FederationMember;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationRow;
import be.terrain.federation.FederationTable;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes {@code terrain-federation-report/1}. Members: {@code format, federation, period,
 * definition, rounding, [suppress_below], [linkage], members, tables}; a member {@code
 * organisation, dataset_sha256, records, generator}; a table {@code id, scope, measure, n,
 * [n_bounds, n_interval], rows}; a row {@code code, count, percent, [suppressed], [bounds,
 * interval], [history, change_percent]}.
 */
public final class FederationReportWriter {
  private FederationReportWriter() {}

  /** The report as UTF-8 bytes. */
  public static byte[] toBytes(FederationReport r) {
    JsonOut o = new JsonOut();
    o.startObject();
    o.string("format", FederationReport.FORMAT);
    o.string("federation", r.federation());
    ContributionWriter.period(o, r.period());
    o.string("definition", r.definition());
    o.string("rounding", r.rounding().id());
    if (r.suppressBelow().isPresent()) {
      o.number("suppress_below", r.suppressBelow().getAsInt());
    }
    if (r.linkage().isPresent()) {
      ContributionWriter.linkage(o, r.linkage().get());
    }
    o.name("members").startArray();
    for (FederationMember m : r.members()) {
      o.startObject();
      o.string("organisation", m.organisation());
      o.string("dataset_sha256", m.provenance().datasetSha256());
      o.number("records", m.provenance().records());
      o.string("generator", m.provenance().generator());
      o.endObject();
    }
    o.endArray();
    o.name("tables").startArray();
    for (FederationTable t : r.tables()) {
      table(o, t);
    }
    o.endArray();
    o.endObject();
    return o.toBytes();
  }

  private static void table(JsonOut o, FederationTable t) {
    o.startObject();
    o.string("id", t.id());
    ContributionWriter.scope(o, t.scope().level().name(), t.scope().id());
    o.string("measure", t.measure().name());
    count(o.name("n"), t.n());
    if (t.acrossMembers()) {
      bounds(o.name("n_bounds"), t.nBounds());
      bounds(o.name("n_interval"), t.nInterval());
    }
    o.name("rows").startArray();
    for (FederationRow r : t.rows()) {
      o.startObject();
      o.string("code", r.code());
      count(o.name("count"), r.count());
      o.name("percent");
      if (r.percent().isPresent()) {
        o.number(r.percent().getAsInt());
      } else {
        o.nul();
      }
      if (r.suppressed()) {
        o.name("suppressed");
        o.raw("true");
      }
      if (t.acrossMembers()) {
        bounds(o.name("bounds"), r.bounds());
        bounds(o.name("interval"), r.interval());
      }
      if (t.history() > 0) {
        o.name("history").startArray();
        for (OptionalLong h : r.history()) {
          count(o, h);
        }
        o.endArray();
        o.name("change_percent");
        if (r.changePercent().isPresent()) {
          o.number(r.changePercent().get());
        } else {
          o.nul();
        }
      }
      o.endObject();
    }
    o.endArray();
    o.endObject();
  }

  private static void count(JsonOut o, OptionalLong v) {
    if (v.isPresent()) {
      o.number(v.getAsLong());
    } else {
      o.nul();
    }
  }

  private static void bounds(JsonOut o, Optional<Bounds> b) {
    if (b.isEmpty()) {
      o.nul();
      return;
    }
    o.startArray().number(b.get().lo()).number(b.get().hi()).endArray();
  }
}
