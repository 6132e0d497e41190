package be.terrain.federation.internal;

import be.terrain.core.Period;
import be.terrain.federation.Bounds;
import be.terrain.federation.FederationMember;
import be.terrain.federation.FederationProblems;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationReportRead;
import be.terrain.federation.FederationRow;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.federation.Linkage;
import be.terrain.federation.Provenance;
import be.terrain.federation.internal.Tree.Arr;
import be.terrain.federation.internal.Tree.Node;
import be.terrain.federation.internal.Tree.Null;
import be.terrain.federation.internal.Tree.Num;
import be.terrain.federation.internal.Tree.Obj;
import be.terrain.stats.Measure;
import be.terrain.stats.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code terrain-federation-report/1} strictly: the members the specification defines, each
 * of its JSON type, {@code bounds}/{@code interval} exactly on the PERSONS tables across members,
 * ranges with {@code lo <= hi}. Every refusal is a problem with the file and a JSON pointer
 * (TER-06xx); nothing is thrown.
 */
public final class FederationReportParser {
  private static final Set<String> TOP =
      Set.of(
          "format",
          "federation",
          "period",
          "definition",
          "rounding",
          "suppress_below",
          "linkage",
          "members",
          "tables");
  private static final Set<String> TOP_REQUIRED =
      Set.of("format", "federation", "period", "definition", "rounding", "members", "tables");
  private static final Set<String> MEMBER =
      Set.of("organisation", "dataset_sha256", "records", "generator");
  private static final Set<String> SCOPE = Set.of("level", "id");
  private static final Set<String> TABLE =
      Set.of("id", "scope", "measure", "n", "n_bounds", "n_interval", "rows");
  private static final Set<String> TABLE_REQUIRED = Set.of("id", "scope", "measure", "n", "rows");
  private static final Set<String> ROW =
      Set.of(
          "code",
          "count",
          "percent",
          "suppressed",
          "bounds",
          "interval",
          "history",
          "change_percent");
  private static final Set<String> ROW_REQUIRED = Set.of("code", "count", "percent");
  private static final String NOT_BLANK = ".*\\S.*";

  private final Checks checks;
  private final SharedMembers shared;

  private FederationReportParser(String file) {
    this.checks = new Checks(file);
    this.shared = new SharedMembers(checks);
  }

  /** Reads a federation report's bytes; {@code file} names it in problems. */
  public static FederationReportRead read(byte[] bytes, String file) {
    return new FederationReportParser(file).read(bytes);
  }

  private FederationReportRead read(byte[] bytes) {
    Obj root = shared.root(bytes, TOP, TOP_REQUIRED, FederationReport.FORMAT);
    if (root == null) {
      return failed();
    }
    String federation = checks.matching(root, "federation", NOT_BLANK, "a blank id");
    Period period = shared.period(root);
    String definition = checks.matching(root, "definition", NOT_BLANK, "a blank name");
    Rounding rounding = rounding(root);
    OptionalInt suppressBelow = suppressBelow(root);
    Optional<Linkage> linkage = linkage(root);
    List<FederationMember> members = new ArrayList<>();
    Arr m = checks.array(root, "members");
    if (m != null) {
      for (Node n : m.items()) {
        member(n).ifPresent(members::add);
      }
    }
    List<FederationTable> tables = new ArrayList<>();
    Arr t = checks.array(root, "tables");
    if (t != null) {
      for (Node n : t.items()) {
        table(n).ifPresent(tables::add);
      }
    }
    if (!checks.problems().isEmpty()) {
      return failed();
    }
    return new FederationReportRead(
        Optional.of(
            new FederationReport(
                federation, period, definition, rounding, suppressBelow, linkage, members, tables)),
        List.of());
  }

  private FederationReportRead failed() {
    return new FederationReportRead(Optional.empty(), checks.problems());
  }

  private Rounding rounding(Obj root) {
    String r = checks.string(root, "rounding");
    if (r == null) {
      return null;
    }
    for (Rounding x : Rounding.values()) {
      if (x.id().equals(r)) {
        return x;
      }
    }
    checks.add(FederationProblems.INVALID_VALUE, "/rounding", "half-up or largest-remainder");
    return null;
  }

  private OptionalInt suppressBelow(Obj root) {
    Long k = checks.count(root, "suppress_below");
    if (k == null) {
      return OptionalInt.empty();
    }
    if (k < 1 || k > Integer.MAX_VALUE) {
      checks.add(FederationProblems.INVALID_VALUE, "/suppress_below", "a threshold from 1");
      return OptionalInt.empty();
    }
    return OptionalInt.of(k.intValue());
  }

  private Optional<Linkage> linkage(Obj root) {
    Obj l = shared.linkageObject(root);
    if (l == null) {
      return Optional.empty();
    }
    String method = shared.linkageMethod(l);
    if (method == null && l.members().get("method") instanceof Tree.Str) {
      return Optional.empty(); // an unknown method: its key id is not looked at
    }
    String keyId = shared.keyId(l);
    return method == null || keyId == null
        ? Optional.empty()
        : Optional.of(new Linkage(method, keyId));
  }

  private Optional<FederationMember> member(Node n) {
    Obj o = checks.object(n, MEMBER, MEMBER);
    if (o == null) {
      return Optional.empty();
    }
    String organisation = checks.matching(o, "organisation", NOT_BLANK, "a blank id");
    String sha = checks.matching(o, "dataset_sha256", "[0-9a-f]{64}", "not 64 lower-case hex");
    Long records = checks.count(o, "records");
    String generator = checks.matching(o, "generator", NOT_BLANK, "a blank generator");
    if (organisation == null || sha == null || records == null || generator == null) {
      return Optional.empty();
    }
    return Optional.of(new FederationMember(organisation, new Provenance(generator, sha, records)));
  }

  private Optional<FederationTable> table(Node n) {
    int before = checks.problems().size();
    Obj t = checks.object(n, TABLE, TABLE_REQUIRED);
    if (t == null) {
      return Optional.empty();
    }
    String id = checks.matching(t, "id", NOT_BLANK, "a blank id");
    FederationScope scope = scope(t);
    Measure measure = shared.measure(t);
    OptionalLong count = nullableCount(t, "n");
    boolean across =
        measure == Measure.PERSONS
            && scope != null
            && scope.level() != FederationScope.Level.MEMBER;
    Optional<Bounds> nBounds = range(t, "n_bounds", across, measure != null && scope != null);
    Optional<Bounds> nInterval = range(t, "n_interval", across, measure != null && scope != null);
    List<FederationRow> rows = new ArrayList<>();
    int history = -1;
    Arr array = checks.array(t, "rows");
    if (array != null) {
      for (Node r : array.items()) {
        Optional<FederationRow> row = row(r, across, measure != null && scope != null);
        if (row.isPresent()) {
          int h = row.get().history().size();
          if (history >= 0 && h != history) {
            checks.add(
                FederationProblems.INVALID_VALUE,
                r.pointer() + "/history",
                "history lengths differ");
          }
          history = h;
          rows.add(row.get());
        }
      }
    }
    if (checks.problems().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new FederationTable(
            id, scope, measure, count, nBounds, nInterval, Math.max(0, history), rows));
  }

  private FederationScope scope(Obj t) {
    Obj s = checks.member(t, "scope", SCOPE, SCOPE);
    if (s == null) {
      return null;
    }
    String level = checks.string(s, "level");
    String id = checks.matching(s, "id", NOT_BLANK, "a blank id");
    if (level == null || id == null) {
      return null;
    }
    for (FederationScope.Level l : FederationScope.Level.values()) {
      if (l.name().equals(level)) {
        return new FederationScope(l, id);
      }
    }
    checks.add(
        FederationProblems.INVALID_VALUE, s.pointer() + "/level", "FEDERATION, PROVINCE or MEMBER");
    return null;
  }

  private Optional<FederationRow> row(Node n, boolean across, boolean known) {
    int before = checks.problems().size();
    Obj r = checks.object(n, ROW, ROW_REQUIRED);
    if (r == null) {
      return Optional.empty();
    }
    String code = checks.matching(r, "code", NOT_BLANK, "a blank code");
    OptionalLong count = nullableCount(r, "count");
    OptionalLong percent = nullableCount(r, "percent");
    boolean suppressed = suppressed(r);
    Optional<Bounds> bounds = range(r, "bounds", across, known);
    Optional<Bounds> interval = range(r, "interval", across, known);
    List<OptionalLong> history = new ArrayList<>();
    Arr h = checks.array(r, "history");
    if (h != null) {
      for (Node x : h.items()) {
        history.add(x instanceof Null ? OptionalLong.empty() : optional(checks.count(x)));
      }
    }
    Optional<BigDecimal> change = changePercent(r, h != null);
    if (checks.problems().size() > before) {
      return Optional.empty();
    }
    if (percent.isPresent() && percent.getAsLong() > Integer.MAX_VALUE) {
      checks.add(FederationProblems.INVALID_VALUE, r.pointer() + "/percent", "too large");
      return Optional.empty();
    }
    return Optional.of(
        new FederationRow(
            code,
            count,
            percent.isPresent() ? OptionalInt.of((int) percent.getAsLong()) : OptionalInt.empty(),
            suppressed,
            bounds,
            interval,
            history,
            change));
  }

  private boolean suppressed(Obj r) {
    Node s = r.members().get("suppressed");
    if (s == null) {
      return false;
    }
    if (!(s instanceof Tree.Bool b) || !b.value()) {
      checks.add(FederationProblems.INVALID_VALUE, s.pointer(), "only true is written");
      return false;
    }
    return true;
  }

  private Optional<BigDecimal> changePercent(Obj r, boolean history) {
    Node c = r.members().get("change_percent");
    if (history != (c != null)) {
      checks.add(
          FederationProblems.MISSING_MEMBER, r.pointer(), history ? "change_percent" : "history");
      return Optional.empty();
    }
    if (c == null || c instanceof Null) {
      return Optional.empty();
    }
    if (!(c instanceof Num num)) {
      checks.add(FederationProblems.WRONG_TYPE, c.pointer(), "number");
      return Optional.empty();
    }
    return Optional.of(num.value());
  }

  /** A range member: present exactly on PERSONS tables across members; null or [lo, hi]. */
  private Optional<Bounds> range(Obj o, String name, boolean wanted, boolean known) {
    Node n = o.members().get(name);
    if (known && wanted != (n != null)) {
      if (wanted) {
        checks.add(FederationProblems.MISSING_MEMBER, o.pointer(), name);
      } else {
        checks.add(
            FederationProblems.INVALID_VALUE,
            Tree.child(o.pointer(), name),
            "a range outside the PERSONS tables across members");
      }
      return Optional.empty();
    }
    if (n == null || n instanceof Null) {
      return Optional.empty();
    }
    if (!(n instanceof Arr a) || a.items().size() != 2) {
      checks.add(FederationProblems.WRONG_TYPE, n.pointer(), "null or [lo, hi]");
      return Optional.empty();
    }
    Long lo = checks.count(a.items().get(0));
    Long hi = checks.count(a.items().get(1));
    if (lo == null || hi == null) {
      return Optional.empty();
    }
    if (lo > hi) {
      checks.add(FederationProblems.INVALID_VALUE, n.pointer(), "lo above hi");
      return Optional.empty();
    }
    return Optional.of(new Bounds(lo, hi));
  }

  private OptionalLong nullableCount(Obj o, String name) {
    Node n = o.members().get(name);
    return n == null || n instanceof Null ? OptionalLong.empty() : optional(checks.count(n));
  }

  private static OptionalLong optional(Long v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }
}
