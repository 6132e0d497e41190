package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Period;
import be.terrain.stats.Scope;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A member's contribution to a federation ({@code terrain-contribution/1}): its standard report for
 * one period, exact (no rounding, no suppression), for its ORGANISATION scope and each of its
 * PROVINCE scopes, and, with a federation key, sketches of the persons of every PERSONS table. Made
 * by {@link Contributions}; written and read by {@link ContributionJson}.
 *
 * @param organisation the member's organisation id
 * @param period the period
 * @param definition the name of the report definition, e.g. {@code standard}
 * @param provenance where the figures come from
 * @param linkage the key's id and method, when made with a key
 * @param tables the tables, sorted by id then scope
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Contribution(
    String organisation,
    Period period,
    String definition,
    Provenance provenance,
    Optional<Linkage> linkage,
    List<ContributionTable> tables) {

  /** The format name written in the file. */
  public static final String FORMAT = "terrain-contribution/1";

  /**
   * Checks the contribution.
   *
   * @param organisation the member's organisation id
   * @param period the period
   * @param definition the name of the report definition, e.g. {@code standard}
   * @param provenance where the figures come from
   * @param linkage the key's id and method, when made with a key
   * @param tables the tables, sorted by id then scope
   * @throws IllegalArgumentException when a table's sketches disagree with the linkage
   */
  public Contribution {
    requireNonNull(organisation, "organisation");
    requireNonNull(period, "period");
    requireNonNull(definition, "definition");
    requireNonNull(provenance, "provenance");
    requireNonNull(linkage, "linkage");
    tables = List.copyOf(tables);
    for (ContributionTable t : tables) {
      boolean wanted = linkage.isPresent() && t.measure() == be.terrain.stats.Measure.PERSONS;
      if (t.linked() != wanted) {
        throw new IllegalArgumentException(
            "table " + t.id() + " " + t.scope() + ": sketches must be there exactly with linkage");
      }
    }
  }

  /**
   * The table with an id at a scope.
   *
   * @param id a table's id, e.g. {@code profile.sex}
   * @param scope one of the member's scopes
   * @return the table, or empty when the contribution has none there
   */
  public Optional<ContributionTable> table(String id, Scope scope) {
    return tables.stream().filter(t -> t.id().equals(id) && t.scope().equals(scope)).findFirst();
  }

  /** {@return the member's provinces: those of its PROVINCE scopes} */
  public List<String> provinces() {
    return tables.stream()
        .filter(t -> t.scope().level() == Scope.Level.PROVINCE)
        .map(t -> t.scope().id())
        .distinct()
        .sorted(Scope.CODE_POINT_ORDER)
        .toList();
  }

  /**
   * {@return this contribution without sketches nor linkage (what a merge without linkage reads)}
   */
  public Contribution withoutLinkage() {
    List<ContributionTable> plain =
        tables.stream()
            .map(
                t ->
                    new ContributionTable(
                        t.id(),
                        t.scope(),
                        t.measure(),
                        t.n(),
                        t.history(),
                        java.util.OptionalLong.empty(),
                        Optional.empty(),
                        t.rows().stream()
                            .map(r -> ContributionRow.of(r.code(), r.count(), r.history()))
                            .toList()))
            .toList();
    return new Contribution(organisation, period, definition, provenance, Optional.empty(), plain);
  }
}
