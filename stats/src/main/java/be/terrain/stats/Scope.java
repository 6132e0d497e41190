package be.terrain.stats;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * Where a table is computed: an antenna, a province that has antennas, or the whole organisation. A
 * record belongs to the scope of its antenna and to the scopes above it. Scopes sort as a report
 * lists them: by level (organisation, province, antenna), then by id in code point order.
 *
 * @param level the level
 * @param id the antenna id, the province's ISO 3166-2 code or the organisation id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Scope(Level level, String id) implements Comparable<Scope> {

  /** The levels, in report order. */
  public enum Level {
    /** The whole organisation. */
    ORGANISATION,
    /** A province (its ISO 3166-2 code, e.g. {@code BE-WHT}). */
    PROVINCE,
    /** An antenna. */
    ANTENNA
  }

  /** Orders text by Unicode code point, the order of ids in reports. */
  public static final Comparator<String> CODE_POINT_ORDER = Scope::compareCodePoints;

  /**
   * Refuses nulls and blank ids.
   *
   * @param level the level
   * @param id the antenna id, the province's ISO 3166-2 code or the organisation id
   * @throws IllegalArgumentException when the id is blank
   */
  public Scope {
    requireNonNull(level, "level");
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("scope id must not be blank");
    }
  }

  /**
   * {@return the organisation's scope}
   *
   * @param id the organisation's id
   */
  public static Scope organisation(String id) {
    return new Scope(Level.ORGANISATION, id);
  }

  /**
   * {@return a province's scope}
   *
   * @param isoCode the province's ISO 3166-2 code, e.g. {@code BE-WHT}
   */
  public static Scope province(String isoCode) {
    return new Scope(Level.PROVINCE, isoCode);
  }

  /**
   * {@return an antenna's scope}
   *
   * @param id the antenna's id
   */
  public static Scope antenna(String id) {
    return new Scope(Level.ANTENNA, id);
  }

  @Override
  public int compareTo(Scope o) {
    int c = level.compareTo(o.level);
    return c != 0 ? c : compareCodePoints(id, o.id);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  @Override
  public String toString() {
    return level + " " + id;
  }
}
