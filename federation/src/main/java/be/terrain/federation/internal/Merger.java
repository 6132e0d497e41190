package be.terrain.federation.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.federation.Contribution;
import be.terrain.federation.ContributionSet.Entry;
import be.terrain.federation.ContributionTable;
import be.terrain.federation.FederationMember;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationProblems;
import be.terrain.federation.FederationReport;
import be.terrain.federation.FederationResult;
import be.terrain.federation.FederationScope;
import be.terrain.federation.FederationTable;
import be.terrain.federation.Linkage;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Scope;
import be.terrain.stats.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that contributions can be merged (every reason listed) and lays the federation report out:
 * its scopes, and for each table and scope the members' matching tables in organisation order,
 * which {@link TableMerge} merges.
 */
public final class Merger {
  private Merger() {}

  /** Merges entries already in merge order. */
  public static FederationResult merge(
      String federationId, List<Entry> entries, FederationOptions options) {
    List<Problem> problems = check(entries, options);
    if (!problems.isEmpty()) {
      return new FederationResult(Optional.empty(), problems);
    }
    List<Contribution> cs = new ArrayList<>();
    for (Entry e : entries) {
      cs.add(options.linkage() ? e.contribution() : e.contribution().withoutLinkage());
    }
    Contribution first = cs.get(0);
    Optional<Linkage> linkage = first.linkage();
    ReportDefinition definition = options.known().find(first.definition()).orElse(null);
    Set<String> provinces = new TreeSet<>(Scope.CODE_POINT_ORDER);
    cs.forEach(c -> provinces.addAll(c.provinces()));
    List<FederationScope> scopes = new ArrayList<>();
    scopes.add(new FederationScope(FederationScope.Level.FEDERATION, federationId));
    provinces.forEach(p -> scopes.add(new FederationScope(FederationScope.Level.PROVINCE, p)));
    cs.forEach(
        c -> scopes.add(new FederationScope(FederationScope.Level.MEMBER, c.organisation())));
    Set<String> ids = new TreeSet<>(Scope.CODE_POINT_ORDER);
    first.tables().forEach(t -> ids.add(t.id()));
    List<Map<String, Map<Scope, ContributionTable>>> index = new ArrayList<>(cs.size());
    Map<String, Integer> memberIndex = new HashMap<>();
    for (Contribution c : cs) {
      memberIndex.put(c.organisation(), index.size());
      index.add(byIdAndScope(c));
    }
    List<FederationTable> tables = new ArrayList<>();
    for (String id : ids) {
      TableSpec spec = definition == null ? null : definition.table(id).orElse(null);
      List<Map<Scope, ContributionTable>> byScope = new ArrayList<>(cs.size());
      index.forEach(i -> byScope.add(i.getOrDefault(id, Map.of())));
      ContributionTable shape = byScope.get(0).get(Scope.organisation(first.organisation()));
      if (shape == null) {
        throw new NoSuchElementException("No value present");
      }
      for (FederationScope scope : scopes) {
        List<ContributionTable> parts = parts(scope, cs, byScope, memberIndex);
        tables.add(TableMerge.merge(id, scope, spec, shape, parts, linkage.isPresent(), options));
      }
    }
    List<FederationMember> members =
        cs.stream().map(c -> new FederationMember(c.organisation(), c.provenance())).toList();
    return new FederationResult(
        Optional.of(
            new FederationReport(
                federationId,
                first.period(),
                first.definition(),
                options.rounding(),
                options.suppressBelow(),
                linkage,
                members,
                tables)),
        List.of());
  }

  /**
   * The members' tables (of one id) matching a federation scope, in organisation order: at a MEMBER
   * scope, only that member's.
   */
  private static List<ContributionTable> parts(
      FederationScope scope,
      List<Contribution> cs,
      List<Map<Scope, ContributionTable>> byScope,
      Map<String, Integer> memberIndex) {
    List<ContributionTable> parts = new ArrayList<>();
    if (scope.level() == FederationScope.Level.MEMBER) {
      ContributionTable t =
          byScope.get(memberIndex.get(scope.id())).get(Scope.organisation(scope.id()));
      if (t != null) {
        parts.add(t);
      }
      return parts;
    }
    for (int m = 0; m < cs.size(); m++) {
      ContributionTable t = byScope.get(m).get(matching(scope, cs.get(m)));
      if (t != null) {
        parts.add(t);
      }
    }
    return parts;
  }

  /**
   * A contribution's tables by id then scope (the first of each, as {@code Contribution.table}).
   */
  private static Map<String, Map<Scope, ContributionTable>> byIdAndScope(Contribution c) {
    Map<String, Map<Scope, ContributionTable>> out = new HashMap<>();
    for (ContributionTable t : c.tables()) {
      out.computeIfAbsent(t.id(), k -> new HashMap<>()).putIfAbsent(t.scope(), t);
    }
    return out;
  }

  /** A member's scope whose figures a federation scope takes. */
  private static Scope matching(FederationScope scope, Contribution c) {
    return switch (scope.level()) {
      case FEDERATION -> Scope.organisation(c.organisation());
      case PROVINCE -> Scope.province(scope.id());
      case MEMBER -> Scope.organisation(scope.id());
    };
  }

  private static List<Problem> check(List<Entry> entries, FederationOptions options) {
    List<Problem> problems = new ArrayList<>();
    if (entries.isEmpty()) {
      problems.add(Problem.of(FederationProblems.NO_CONTRIBUTION).build());
      return problems;
    }
    Contribution first = entries.get(0).contribution();
    boolean anyLinked = entries.stream().anyMatch(e -> e.contribution().linkage().isPresent());
    String keyId =
        entries.stream()
            .map(e -> e.contribution().linkage())
            .flatMap(Optional::stream)
            .map(Linkage::keyId)
            .findFirst()
            .orElse(null);
    Set<String> organisations = new HashSet<>();
    for (Entry e : entries) {
      Contribution c = e.contribution();
      if (!organisations.add(c.organisation())) {
        add(problems, FederationProblems.ORGANISATION_TWICE, e, "/organisation", c.organisation());
      }
      if (!c.period().equals(first.period())) {
        add(
            problems,
            FederationProblems.DIFFERENT_PERIOD,
            e,
            "/period",
            c.period(),
            first.period());
      }
      if (!c.definition().equals(first.definition())) {
        add(
            problems,
            FederationProblems.DIFFERENT_DEFINITION,
            e,
            "/definition",
            c.definition(),
            first.definition());
      }
      if (options.linkage()) {
        if (anyLinked && c.linkage().isEmpty()) {
          add(problems, FederationProblems.LINKAGE_MIXED, e, "");
        } else if (c.linkage().isPresent() && !c.linkage().get().keyId().equals(keyId)) {
          add(
              problems,
              FederationProblems.DIFFERENT_KEY,
              e,
              "/linkage/key_id",
              c.linkage().get().keyId(),
              keyId);
        }
      }
    }
    return problems;
  }

  private static void add(
      List<Problem> problems, ProblemCode code, Entry e, String pointer, Object... args) {
    problems.add(Problem.of(code).at(Location.ofPointer(e.file(), pointer)).args(args).build());
  }
}
