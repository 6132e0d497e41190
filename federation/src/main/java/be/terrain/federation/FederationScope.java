package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.Scope;
import org.apiguardian.api.API;

/**
 * Where a federation report's table is computed: the whole federation, a province across members,
 * or one member. Scopes sort as the report lists them: level, then id in code point order.
 *
 * @param level the level
 * @param id the federation's id, the province's ISO 3166-2 code or the member's organisation id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FederationScope(Level level, String id) implements Comparable<FederationScope> {
  /** The levels, in report order. */
  public enum Level {
    /** Every member. */
    FEDERATION,
    /** A province: the members' figures for it. */
    PROVINCE,
    /** One member: its organisation's figures. */
    MEMBER
  }

  /**
   * Refuses nulls and blank ids.
   *
   * @param level the level
   * @param id the federation's id, the province's ISO 3166-2 code or the member's organisation id
   * @throws IllegalArgumentException when the id is blank
   */
  public FederationScope {
    requireNonNull(level, "level");
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("scope id must not be blank");
    }
  }

  @Override
  public int compareTo(FederationScope o) {
    int c = level.compareTo(o.level);
    return c != 0 ? c : Scope.CODE_POINT_ORDER.compare(id, o.id);
  }
}
