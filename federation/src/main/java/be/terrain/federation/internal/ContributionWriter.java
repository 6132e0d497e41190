package be.terrain.federation.internal;

import be.terrain.core.Period;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionRow;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.Linkage;
import be.terrain.federation.Provenance;
import be.terrain.stats.Scope;

/**
 * Writes {@code terrain-contribution/1}. Members: {@code format, organisation, period, definition,
 * provenance, [linkage], tables}; a table {@code id, scope, measure, n, [n_unlinked, n_sketch],
 * rows}; a row {@code code, count, [unlinked, sketch], [history]}.
 */
public final class ContributionWriter {
  private ContributionWriter() {}

  /** The contribution as UTF-8 bytes. */
  public static byte[] toBytes(Contribution c) {
    JsonOut o = new JsonOut();
    o.startObject();
    o.string("format", Contribution.FORMAT);
    o.string("organisation", c.organisation());
    period(o, c.period());
    o.string("definition", c.definition());
    Provenance p = c.provenance();
    o.name("provenance").startObject();
    o.string("generator", p.generator());
    o.string("dataset_sha256", p.datasetSha256());
    o.number("records", p.records());
    o.endObject();
    if (c.linkage().isPresent()) {
      linkage(o, c.linkage().get());
    }
    o.name("tables").startArray();
    for (ContributionTable t : c.tables()) {
      table(o, t);
    }
    o.endArray();
    o.endObject();
    return o.toBytes();
  }

  /** {@code "period": {"from": ..., "to": ...}}. */
  static void period(JsonOut o, Period period) {
    o.name("period").startObject();
    o.string("from", period.from().toString());
    o.string("to", period.to().toString());
    o.endObject();
  }

  /** {@code "linkage": {"method": ..., "key_id": ...}}. */
  static void linkage(JsonOut o, Linkage l) {
    o.name("linkage").startObject();
    o.string("method", l.method());
    o.string("key_id", l.keyId());
    o.endObject();
  }

  /** {@code "scope": {"level": ..., "id": ...}}. */
  static void scope(JsonOut o, String level, String id) {
    o.name("scope").startObject();
    o.string("level", level);
    o.string("id", id);
    o.endObject();
  }

  private static void table(JsonOut o, ContributionTable t) {
    o.startObject();
    o.string("id", t.id());
    Scope s = t.scope();
    scope(o, s.level().name(), s.id());
    o.string("measure", t.measure().name());
    o.number("n", t.n());
    if (t.linked()) {
      o.number("n_unlinked", t.nUnlinked().getAsLong());
      o.string("n_sketch", t.nSketch().get().base64());
    }
    o.name("rows").startArray();
    for (ContributionRow r : t.rows()) {
      o.startObject();
      o.string("code", r.code());
      o.number("count", r.count());
      if (r.sketch().isPresent()) {
        o.number("unlinked", r.unlinked().getAsLong());
        o.string("sketch", r.sketch().get().base64());
      }
      if (t.history() > 0) {
        o.name("history").startArray();
        for (long h : r.history()) {
          o.number(h);
        }
        o.endArray();
      }
      o.endObject();
    }
    o.endArray();
    o.endObject();
  }
}
