package be.terrain.federation.internal;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.FederationProblems;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Scope;
import be.terrain.stats.TableSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a contribution's tables against its definition: each table of the definition, with its
 * measure, history and every code of its list in list order, once at the organisation scope and
 * once at each province scope the contribution has; nothing else.
 */
final class DefinitionCheck {
  private final Checks checks;
  private final ReportDefinition definition;
  private final CodeRegistry codes;
  private final String organisation;

  DefinitionCheck(
      Checks checks, ReportDefinition definition, CodeRegistry codes, String organisation) {
    this.checks = checks;
    this.definition = definition;
    this.codes = codes;
    this.organisation = organisation;
  }

  /** Reports what the tables (those that could be read, by index) lack or have too much. */
  void complete(List<ContributionTable> tables) {
    Set<String> seen = new HashSet<>();
    Set<String> provinces = new TreeSet<>(Scope.CODE_POINT_ORDER);
    for (int i = 0; i < tables.size(); i++) {
      ContributionTable t = tables.get(i);
      String pointer = "/tables/" + i;
      if (!seen.add(t.id() + " " + t.scope())) {
        checks.add(FederationProblems.DEFINITION_MISMATCH, pointer, "table and scope given twice");
      }
      if (t.scope().level() == Scope.Level.PROVINCE) {
        provinces.add(t.scope().id());
      }
      TableSpec spec = definition.table(t.id()).orElse(null);
      if (spec == null) {
        checks.add(FederationProblems.DEFINITION_MISMATCH, pointer + "/id", "unknown table");
        continue;
      }
      if (spec.measure() != t.measure()) {
        checks.add(
            FederationProblems.DEFINITION_MISMATCH,
            pointer + "/measure",
            "measure " + spec.measure());
      }
      if (spec.history() != t.history()) {
        checks.add(
            FederationProblems.DEFINITION_MISMATCH,
            pointer + "/rows",
            "history of " + spec.history() + " periods");
      }
      CodeList list = codes.find(spec.dimension().codeList()).orElse(null);
      if (list == null) {
        continue;
      }
      if (t.rows().size() != list.size()) {
        checks.add(
            FederationProblems.DEFINITION_MISMATCH,
            pointer + "/rows",
            list.size() + " rows, one per code of " + list.id());
        continue;
      }
      for (int c = 0; c < list.size(); c++) {
        if (!list.get(c).code().equals(t.rows().get(c).code())) {
          checks.add(
              FederationProblems.DEFINITION_MISMATCH,
              pointer + "/rows/" + c + "/code",
              "code " + list.get(c).code() + " expected here");
        }
      }
    }
    for (TableSpec spec : definition.tables()) {
      if (organisation != null
          && !seen.contains(spec.id() + " " + Scope.organisation(organisation))) {
        checks.add(
            FederationProblems.DEFINITION_MISMATCH,
            "/tables",
            "table " + spec.id() + " missing at the organisation scope");
      }
      for (String p : provinces) {
        if (!seen.contains(spec.id() + " " + Scope.province(p))) {
          checks.add(
              FederationProblems.DEFINITION_MISMATCH,
              "/tables",
              "table " + spec.id() + " missing at province " + p);
        }
      }
    }
  }
}
