package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.DistributionActs;
import be.terrain.stats.ProfileTimeline;

/** A {@link DimensionContext} for one period of a report, sharing the report's lookups. */
final class Context implements DimensionContext {
  private final Dataset dataset;
  private final Period period;
  private final SharedLookups shared;
  private int[] earliest;

  Context(Dataset dataset, Period period, SharedLookups shared) {
    this.dataset = dataset;
    this.period = period;
    this.shared = shared;
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public Period period() {
    return period;
  }

  @Override
  public ProfileTimeline profiles(String attribute) {
    return shared.profiles(attribute);
  }

  @Override
  public int earliestActivity(int person) {
    int[] e = earliest;
    if (e == null) {
      e = shared.earliestActivity();
      earliest = e;
    }
    return e[person];
  }

  @Override
  public DistributionActs acts() {
    return shared.acts();
  }
}
