package be.terrain.stats.internal;

import be.terrain.core.Dataset;
import be.terrain.core.ProfileTable;
import be.terrain.stats.DistributionActs;
import be.terrain.stats.ProfileTimeline;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lookups dimensions share within one report, each built on first use (thread-safe, one lock
 * per lookup so that dimensions bound in parallel do not wait for each other): profile values per
 * person, activity before and in a period, distribution acts. Lookups over persons are built in
 * parallel by ranges of persons: each range reads every row but only writes its own persons.
 */
final class SharedLookups {

  private final Dataset dataset;
  private final ProfileTimeline[] timelines = new ProfileTimeline[ProfileBlocks.ATTRIBUTES];
  private final Map<Integer, LatestProfiles.OnDay> profilesOn = new HashMap<>();
  private final Map<Integer, long[]> activeBefore = new HashMap<>();
  private int[] plannedEnds = new int[0];
  private boolean plannedDays;
  private DistributionActs acts;
  private ProfileBlocks blocks;
  private final Object blocksLock = new Object();
  private final Object timelineLock = new Object();
  private final Object profilesOnLock = new Object();
  private final Object activityLock = new Object();
  private final Object actsLock = new Object();

  SharedLookups(Dataset dataset) {
    this.dataset = dataset;
  }

  /** Every person's history of an attribute. */
  ProfileTimeline profiles(String attribute) {
    int a = ProfileTable.ATTRIBUTES.indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException(
          "'"
              + attribute
              + "' is not a profile attribute: expected one of "
              + ProfileTable.ATTRIBUTES);
    }
    synchronized (timelineLock) {
      if (timelines[a] == null) {
        timelines[a] = Timeline.build(dataset, blocks(), a);
      }
      return timelines[a];
    }
  }

  /**
   * Plans the days the profiles in force will be asked for (the ends of the periods that bind a
   * {@link PeriodEndProfiles} dimension): the first ask for one of them computes them all in one
   * pass, with the latest profile days when {@code withDays}.
   *
   * @param ends the days, ascending
   */
  void planProfileEnds(int[] ends, boolean withDays) {
    synchronized (profilesOnLock) {
      plannedEnds = ends.clone();
      plannedDays = withDays;
    }
  }

  /**
   * Every person's value of every profile attribute in force on a day and, at least when {@code
   * withDays}, latest profile day ({@link LatestProfiles.OnDay}). A planned day is computed with
   * the other planned days; another on its own, with the days only when asked (again if they are
   * asked later).
   */
  LatestProfiles.OnDay profilesOn(int epochDay, boolean withDays) {
    synchronized (profilesOnLock) {
      LatestProfiles.OnDay v = profilesOn.get(epochDay);
      if (v != null && (v.days() != null || !withDays)) {
        return v;
      }
      boolean planned =
          v == null
              && Arrays.binarySearch(plannedEnds, epochDay) >= 0
              && (plannedDays || !withDays);
      int[] ends = planned ? plannedEnds : new int[] {epochDay};
      LatestProfiles.OnDay[] all =
          LatestProfiles.on(
              blocks(), dataset.persons().size(), ends, planned ? plannedDays : withDays);
      for (int i = 0; i < ends.length; i++) {
        // an end computed with its days keeps them
        profilesOn.merge(ends[i], all[i], (old, now) -> old.days() != null ? old : now);
      }
      return profilesOn.get(epochDay);
    }
  }

  /** The persons with an activity dated before a day. */
  long[] activeBefore(int day) {
    synchronized (activityLock) {
      long[] v = activeBefore.get(day);
      if (v == null) {
        v = ActivityBefore.persons(dataset, day);
        activeBefore.put(day, v);
      }
      return v;
    }
  }

  DistributionActs acts() {
    synchronized (actsLock) {
      if (acts == null) {
        acts = Acts.build(dataset.distributions());
      }
      return acts;
    }
  }

  /** The profile rows regrouped by blocks of persons, built on first use. */
  private ProfileBlocks blocks() {
    synchronized (blocksLock) {
      if (blocks == null) {
        blocks = ProfileBlocks.build(dataset);
      }
      return blocks;
    }
  }
}
