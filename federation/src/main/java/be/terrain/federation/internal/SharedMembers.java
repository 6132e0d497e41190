package be.terrain.federation.internal;

import be.terrain.core.Period;
import be.terrain.federation.FederationProblems;
import be.terrain.federation.Linkage;
import be.terrain.federation.internal.Tree.Obj;
import be.terrain.stats.Measure;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a contribution and a federation report share (the top-level object and its {@code format},
 * {@code period}, {@code linkage}, a table's {@code measure}), read the same strict way by both
 * parsers: each returns the value, or null after reporting why.
 */
final class SharedMembers {
  private static final Set<String> PERIOD = Set.of("from", "to");
  private static final Set<String> LINKAGE = Set.of("method", "key_id");

  private final Checks checks;

  SharedMembers(Checks checks) {
    this.checks = checks;
  }

  /**
   * The top-level object of a file of this format, or null when the bytes are not JSON, not such an
   * object, or of another format.
   */
  Obj root(byte[] bytes, Set<String> members, Set<String> required, String format) {
    Tree.Parsed parsed = Tree.parse(bytes);
    if (parsed.root() == null) {
      checks.add(FederationProblems.MALFORMED, parsed.errorPointer(), parsed.error());
      return null;
    }
    Obj root = checks.object(parsed.root(), members, required);
    if (root == null) {
      return null;
    }
    String found = checks.string(root, "format");
    if (found != null && !found.equals(format)) {
      checks.add(FederationProblems.WRONG_FORMAT, "/format", found, format);
      return null;
    }
    return root;
  }

  /** The top-level {@code period}: {@code from} and {@code to}, calendar dates in order. */
  Period period(Obj root) {
    Obj p = checks.member(root, "period", PERIOD, PERIOD);
    if (p == null) {
      return null;
    }
    LocalDate from = checks.date(p, "from");
    LocalDate to = checks.date(p, "to");
    if (from == null || to == null) {
      return null;
    }
    if (to.isBefore(from)) {
      checks.add(
          FederationProblems.INVALID_VALUE, "/period/to", "the period ends before it starts");
      return null;
    }
    return Period.of(from, to);
  }

  /** The top-level {@code linkage} object, checked, or null when it is absent or not an object. */
  Obj linkageObject(Obj root) {
    return checks.member(root, "linkage", LINKAGE, LINKAGE);
  }

  /** The linkage {@code method}: the one the specification defines. */
  String linkageMethod(Obj linkage) {
    String method = checks.string(linkage, "method");
    if (method != null && !method.equals(Linkage.METHOD)) {
      checks.add(FederationProblems.INVALID_VALUE, "/linkage/method", "unknown linkage method");
      return null;
    }
    return method;
  }

  /** The linkage {@code key_id}: 8 lower-case hexadecimal digits. */
  String keyId(Obj linkage) {
    return checks.matching(linkage, "key_id", "[0-9a-f]{8}", "not 8 lower-case hex digits");
  }

  /** A table's {@code measure}: one of {@link Measure}'s names. */
  Measure measure(Obj table) {
    String m = checks.string(table, "measure");
    if (m == null) {
      return null;
    }
    for (Measure x : Measure.values()) {
      if (x.name().equals(m)) {
        return x;
      }
    }
    checks.add(FederationProblems.INVALID_VALUE, table.pointer() + "/measure", "unknown measure");
    return null;
  }
}
