package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.DimensionContext;

/** Dimension contexts outside a report, for {@link DimensionContext#of}. */
public final class Contexts {
  private Contexts() {}

  /** A context with its own lookups, built on first use. */
  public static DimensionContext of(Dataset dataset, Period period) {
    return new Context(dataset, period, new SharedLookups(dataset));
  }
}
