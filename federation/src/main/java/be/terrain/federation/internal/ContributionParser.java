package be.terrain.federation.internal;

import be.terrain.core.Period;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionRead;
import be.terrain.federation.ContributionRow;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.FederationProblems;
import be.terrain.federation.KnownDefinitions;
import be.terrain.federation.Linkage;
import be.terrain.federation.Provenance;
import be.terrain.federation.Sketch;
import be.terrain.federation.internal.Tree.Arr;
import be.terrain.federation.internal.Tree.Node;
import be.terrain.federation.internal.Tree.Obj;
import be.terrain.stats.Measure;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code terrain-contribution/1} strictly: every refusal is a problem with the file and a
 * JSON pointer (TER-06xx), and the reader goes on to find the others; nothing is thrown.
 */
public final class ContributionParser {
  private static final Set<String> TOP =
      Set.of("format", "organisation", "period", "definition", "provenance", "linkage", "tables");
  private static final Set<String> TOP_REQUIRED =
      Set.of("format", "organisation", "period", "definition", "provenance", "tables");
  private static final Set<String> PROVENANCE = Set.of("generator", "dataset_sha256", "records");
  private static final Set<String> SCOPE = Set.of("level", "id");
  private static final Set<String> TABLE =
      Set.of("id", "scope", "measure", "n", "n_unlinked", "n_sketch", "rows");
  private static final Set<String> TABLE_REQUIRED = Set.of("id", "scope", "measure", "n", "rows");
  private static final Set<String> ROW = Set.of("code", "count", "unlinked", "sketch", "history");
  private static final Set<String> ROW_REQUIRED = Set.of("code", "count");
  private static final String ID = "[A-Za-z0-9._-]{1,64}";

  private final Checks checks;
  private final SharedMembers shared;
  private final KnownDefinitions known;
  private boolean linked;
  private String organisation;
  private ReportDefinition definition;

  private ContributionParser(String file, KnownDefinitions known) {
    this.checks = new Checks(file);
    this.shared = new SharedMembers(checks);
    this.known = known;
  }

  /** Reads a contribution's bytes; {@code file} names it in problems. */
  public static ContributionRead read(byte[] bytes, String file, KnownDefinitions known) {
    return new ContributionParser(file, known).read(bytes);
  }

  private ContributionRead read(byte[] bytes) {
    Obj root = shared.root(bytes, TOP, TOP_REQUIRED, Contribution.FORMAT);
    if (root == null) {
      return failed();
    }
    organisation = checks.matching(root, "organisation", ID, "not an id");
    Period period = shared.period(root);
    String definitionName = checks.string(root, "definition");
    if (definitionName != null) {
      definition = known.find(definitionName).orElse(null);
      if (definition == null) {
        checks.add(
            FederationProblems.DEFINITION_MISMATCH, "/definition", "unknown definition name");
      }
    }
    Provenance provenance = provenance(root);
    Optional<Linkage> linkage = linkage(root);
    linked = linkage.isPresent();
    List<ContributionTable> tables = new ArrayList<>();
    Arr array = checks.array(root, "tables");
    if (array != null) {
      for (Node n : array.items()) {
        ContributionTable t = table(n);
        if (t != null) {
          tables.add(t);
        }
      }
      if (definition != null) {
        new DefinitionCheck(checks, definition, known.codes(), organisation).complete(tables);
      }
    }
    if (!checks.problems().isEmpty()) {
      return failed();
    }
    tables.sort(
        java.util.Comparator.comparing(ContributionTable::id, Scope.CODE_POINT_ORDER)
            .thenComparing(ContributionTable::scope));
    try {
      return new ContributionRead(
          Optional.of(
              new Contribution(organisation, period, definitionName, provenance, linkage, tables)),
          List.of());
    } catch (IllegalArgumentException e) {
      checks.add(FederationProblems.INVALID_VALUE, "", e.getMessage());
      return failed();
    }
  }

  private ContributionRead failed() {
    return new ContributionRead(Optional.empty(), checks.problems());
  }

  private Provenance provenance(Obj root) {
    Obj p = checks.member(root, "provenance", PROVENANCE, PROVENANCE);
    if (p == null) {
      return null;
    }
    String generator = checks.matching(p, "generator", ".*\\S.*", "a blank generator");
    String sha = checks.matching(p, "dataset_sha256", "[0-9a-f]{64}", "not 64 lower-case hex");
    Long records = checks.count(p, "records");
    return generator == null || sha == null || records == null
        ? null
        : new Provenance(generator, sha, records);
  }

  /** The linkage; a placeholder when invalid (after its problems), so the sketches are checked. */
  private Optional<Linkage> linkage(Obj root) {
    Obj l = shared.linkageObject(root);
    if (l == null) {
      return Optional.empty();
    }
    String method = shared.linkageMethod(l);
    String keyId = shared.keyId(l);
    return method == null || keyId == null
        ? Optional.of(new Linkage(Linkage.METHOD, "00000000"))
        : Optional.of(new Linkage(method, keyId));
  }

  private ContributionTable table(Node n) {
    int before = checks.problems().size();
    Obj t = checks.object(n, TABLE, TABLE_REQUIRED);
    if (t == null) {
      return null;
    }
    String id = checks.string(t, "id");
    Scope scope = scope(t);
    Measure measure = shared.measure(t);
    Long count = checks.count(t, "n");
    boolean sketched = linked && measure == Measure.PERSONS;
    Long nUnlinked = linkageCount(t, "n_unlinked", sketched);
    Sketch nSketch = sketch(t, "n_sketch", sketched);
    if (count != null && nUnlinked != null && nUnlinked > count) {
      checks.add(
          FederationProblems.COUNT_BELOW_UNLINKED, t.pointer() + "/n_unlinked", count, nUnlinked);
    }
    List<ContributionRow> rows = new ArrayList<>();
    int history = -1;
    Arr array = checks.array(t, "rows");
    if (array != null) {
      for (Node r : array.items()) {
        ContributionRow row = row(r, sketched);
        if (row != null) {
          if (history >= 0 && row.history().size() != history) {
            checks.add(
                FederationProblems.INVALID_VALUE,
                r.pointer() + "/history",
                "history lengths differ");
          }
          history = row.history().size();
          rows.add(row);
        }
      }
    }
    if (checks.problems().size() > before) {
      return null;
    }
    try {
      return new ContributionTable(
          id,
          scope,
          measure,
          count,
          Math.max(0, history),
          nUnlinked == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(nUnlinked),
          Optional.ofNullable(nSketch),
          rows);
    } catch (IllegalArgumentException e) {
      checks.add(FederationProblems.INVALID_VALUE, t.pointer(), e.getMessage());
      return null;
    }
  }

  private Scope scope(Obj t) {
    Obj s = checks.member(t, "scope", SCOPE, SCOPE);
    if (s == null) {
      return null;
    }
    String level = checks.string(s, "level");
    String id = checks.matching(s, "id", "\\S+", "a blank id");
    if (level == null || id == null) {
      return null;
    }
    if (level.equals("ORGANISATION")) {
      if (organisation != null && !id.equals(organisation)) {
        checks.add(
            FederationProblems.INVALID_VALUE,
            s.pointer() + "/id",
            "not the contribution's organisation");
        return null;
      }
      return Scope.organisation(id);
    }
    if (level.equals("PROVINCE")) {
      return Scope.province(id);
    }
    checks.add(
        FederationProblems.INVALID_VALUE, s.pointer() + "/level", "ORGANISATION or PROVINCE");
    return null;
  }

  private ContributionRow row(Node n, boolean sketched) {
    int before = checks.problems().size();
    Obj r = checks.object(n, ROW, ROW_REQUIRED);
    if (r == null) {
      return null;
    }
    String code = checks.string(r, "code");
    Long count = checks.count(r, "count");
    Long unlinked = linkageCount(r, "unlinked", sketched);
    Sketch sketch = sketch(r, "sketch", sketched);
    if (count != null && unlinked != null && unlinked > count) {
      checks.add(
          FederationProblems.COUNT_BELOW_UNLINKED, r.pointer() + "/unlinked", count, unlinked);
    }
    List<Long> history = new ArrayList<>();
    Arr h = checks.array(r, "history");
    if (h != null) {
      for (Node x : h.items()) {
        history.add(checks.count(x));
      }
    }
    if (checks.problems().size() > before) {
      return null;
    }
    return new ContributionRow(
        code,
        count,
        history,
        unlinked == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(unlinked),
        Optional.ofNullable(sketch));
  }

  /** {@code n_unlinked} or {@code unlinked}: required exactly where sketches are. */
  private Long linkageCount(Obj o, String name, boolean sketched) {
    if (!presence(o, name, sketched)) {
      return null;
    }
    return checks.count(o, name);
  }

  private Sketch sketch(Obj o, String name, boolean sketched) {
    if (!presence(o, name, sketched)) {
      return null;
    }
    String s = checks.string(o, name);
    if (s == null) {
      return null;
    }
    String pointer = Tree.child(o.pointer(), name);
    byte[] bytes = Sketches.decode(s);
    if (bytes == null) {
      checks.add(FederationProblems.BAD_BASE64, pointer);
      return null;
    }
    String refusal = Sketches.refusal(bytes);
    if (refusal != null) {
      checks.add(FederationProblems.BAD_SKETCH, pointer, refusal);
      return null;
    }
    return Sketch.of(bytes);
  }

  private boolean presence(Obj o, String name, boolean wanted) {
    boolean there = o.members().containsKey(name);
    if (there && !wanted) {
      checks.add(
          FederationProblems.LINKAGE_MISMATCH,
          Tree.child(o.pointer(), name),
          "a sketch member without linkage or outside a PERSONS table");
    } else if (!there && wanted) {
      checks.add(
          FederationProblems.LINKAGE_MISMATCH, o.pointer(), "missing " + name + " with linkage");
    }
    return there && wanted;
  }
}
