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
  private volatile long[] activeBefore;
  private volatile byte[] atEnd;

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
  public boolean activeBefore(int person) {
    long[] a = activeBefore;
    if (a == null) {
      a = shared.activeBefore(period.fromEpochDay());
      activeBefore = a;
    }
    return (a[person >>> 6] & (1L << person)) != 0;
  }

  @Override
  public int profileAtEnd(int person, int attribute) {
    byte[] v = atEnd;
    if (v == null) {
      v = shared.profilesOn(period.toEpochDay(), false).values();
      atEnd = v;
    }
    return v[person * ProfileBlocks.ATTRIBUTES + attribute];
  }

  /**
   * Every person's latest profile row's day on or before the period's last day, {@link
   * Integer#MIN_VALUE} for none; computed in the pass of {@link #profileAtEnd}.
   */
  int[] latestProfileDays() {
    return shared.profilesOn(period.toEpochDay(), true).days();
  }

  @Override
  public DistributionActs acts() {
    return shared.acts();
  }
}
