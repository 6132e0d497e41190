package be.terrain.stats;

import org.apiguardian.api.API;

/** How a report rounds its integer percents. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Rounding {
  /** Each percent on its own, 0.5 going up: the way the published report rounds. */
  HALF_UP("half-up"),
  /**
   * Largest remainder: the rows of a table whose rows add up to {@code n} add up to exactly 100
   * (ties go to the code listed first); other tables keep half-up percents.
   */
  LARGEST_REMAINDER("largest-remainder");

  private final String id;

  Rounding(String id) {
    this.id = id;
  }

  /**
   * {@return the name written in {@code report.json}: {@code half-up} or {@code largest-remainder}}
   */
  public String id() {
    return id;
  }

  /**
   * Reads a name written by {@link #id()}.
   *
   * @param id {@code half-up} or {@code largest-remainder}
   * @return the rounding with that name
   * @throws IllegalArgumentException when it is neither
   */
  public static Rounding parse(String id) {
    for (Rounding r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown rounding '" + id + "': expected half-up or largest-remainder");
  }
}
