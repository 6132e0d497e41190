package be.terrain.json.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.json.internal.JsonTree.Node;
import be.terrain.json.internal.JsonTree.Obj;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The problems of one reading of a rules file, each located by its node ({@link ProblemLocator}),
 * with the rule's id as record id and the rule's member as field.
 */
final class RuleProblems {
  private final ProblemLocator locator;
  private final List<Problem> problems = new ArrayList<>();

  RuleProblems(String fileName) {
    this.locator = new ProblemLocator(fileName);
  }

  /** The problems found so far. */
  List<Problem> list() {
    return problems;
  }

  /** How many problems were found so far. */
  int size() {
    return problems.size();
  }

  /** Reports a problem at a node. */
  void add(ProblemCode code, Node at, String recordId, String field, String value, Object... args) {
    add(code, at(at), recordId, field, value, args);
  }

  /** Reports a problem at a location. */
  void add(
      ProblemCode code, Location at, String recordId, String field, String value, Object... args) {
    problems.add(ProblemLocator.problem(code, at, null, recordId, field, value, args));
  }

  /** Where a node is. */
  Location at(Node n) {
    return locator.at(n.line(), n.column(), n.pointer());
  }

  /** The locator of the file. */
  ProblemLocator locator() {
    return locator;
  }

  /** A required member that is missing, located at its object with the pointer it would have. */
  void missing(Obj o, String name, String id, String field) {
    add(
        ProblemCodes.MISSING_FIELD,
        locator.at(o.line(), o.column(), Pointers.child(o.pointer(), name)),
        id,
        field,
        null);
  }

  /** Members of an object that are not among the known ones, and duplicate members. */
  void unknownAndDuplicates(Obj o, List<String> known, String id, String topMember) {
    for (Map.Entry<String, Node> m : o.members().entrySet()) {
      if (!known.contains(m.getKey())) {
        add(
            ProblemCodes.UNKNOWN_FIELD,
            m.getValue(),
            id,
            topMember == null ? m.getKey() : topMember,
            m.getKey());
      }
    }
    for (Node d : o.duplicates()) {
      String name = ((JsonTree.Duplicate) d).name();
      add(ProblemCodes.DUPLICATE_FIELD, d, id, topMember == null ? name : topMember, name);
    }
  }
}
