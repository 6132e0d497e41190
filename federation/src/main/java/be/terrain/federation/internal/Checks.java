package be.terrain.federation.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.federation.FederationProblems;
import be.terrain.federation.internal.Tree.Arr;
import be.terrain.federation.internal.Tree.Node;
import be.terrain.federation.internal.Tree.Num;
import be.terrain.federation.internal.Tree.Obj;
import be.terrain.federation.internal.Tree.Str;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The typed look-ups of a strict reader: each returns the value, or null after reporting why (with
 * the file and the JSON pointer). Values are never copied into problems.
 */
final class Checks {
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  Checks(String file) {
    this.file = file;
  }

  List<Problem> problems() {
    return problems;
  }

  void add(ProblemCode code, String pointer, Object... args) {
    problems.add(
        Problem.of(code)
            .at(Location.ofPointer(file, pointer.isEmpty() ? "" : pointer))
            .args(args)
            .build());
  }

  /** The node as an object whose members are checked: duplicates, unknown and missing ones. */
  Obj object(Node n, Set<String> allowed, Set<String> required) {
    if (!(n instanceof Obj o)) {
      add(FederationProblems.WRONG_TYPE, n.pointer(), "object");
      return null;
    }
    for (String d : o.duplicates()) {
      add(FederationProblems.DUPLICATE_MEMBER, d, last(d));
    }
    for (String name : o.members().keySet()) {
      if (!allowed.contains(name)) {
        add(FederationProblems.UNKNOWN_MEMBER, Tree.child(o.pointer(), name), name);
      }
    }
    for (String name : required) {
      if (!o.members().containsKey(name)) {
        add(FederationProblems.MISSING_MEMBER, o.pointer(), name);
      }
    }
    return o;
  }

  Arr array(Obj o, String name) {
    Node n = o.members().get(name);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Arr a)) {
      add(FederationProblems.WRONG_TYPE, n.pointer(), "array");
      return null;
    }
    return a;
  }

  String string(Obj o, String name) {
    Node n = o.members().get(name);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Str s)) {
      add(FederationProblems.WRONG_TYPE, n.pointer(), "string");
      return null;
    }
    return s.value();
  }

  /** A string matching a pattern. */
  String matching(Obj o, String name, String regex, String what) {
    String s = string(o, name);
    if (s != null && !s.matches(regex)) {
      add(FederationProblems.INVALID_VALUE, Tree.child(o.pointer(), name), what);
      return null;
    }
    return s;
  }

  Long count(Obj o, String name) {
    Node n = o.members().get(name);
    return n == null ? null : count(n);
  }

  /** A non-negative integer. */
  Long count(Node n) {
    if (!(n instanceof Num num) || !num.integral()) {
      add(FederationProblems.WRONG_TYPE, n.pointer(), "integer");
      return null;
    }
    if (num.value().signum() < 0 || num.value().compareTo(MAX) > 0) {
      add(FederationProblems.INVALID_VALUE, n.pointer(), "a count from 0");
      return null;
    }
    return num.value().longValueExact();
  }

  LocalDate date(Obj o, String name) {
    String s = string(o, name);
    if (s == null) {
      return null;
    }
    try {
      if (s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    add(FederationProblems.INVALID_VALUE, Tree.child(o.pointer(), name), "not a calendar date");
    return null;
  }

  /** An object member, checked. */
  Obj member(Obj o, String name, Set<String> allowed, Set<String> required) {
    Node n = o.members().get(name);
    return n == null ? null : object(n, allowed, required);
  }

  private static String last(String pointer) {
    String t = pointer.substring(pointer.lastIndexOf('/') + 1);
    return t.replace("~1", "/").replace("~0", "~");
  }
}
