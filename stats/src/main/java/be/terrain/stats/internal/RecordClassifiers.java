package be.terrain.stats.internal;

import be.terrain.core.DistributionTable;
import be.terrain.core.HealthTable;
import be.terrain.stats.Classifier;
import be.terrain.stats.ProfileTimeline;

/**
 * The classifiers of the built-in record dimensions that do more than read one column: the
 * pathogens of a rapid test and the item groups of an act (multi-valued), a consultation's coverage
 * (its own, else the person's profile), a row's item group.
 */
final class RecordClassifiers {
  private RecordClassifiers() {}

  static final class Pathogens implements Classifier {
    private final HealthTable t;

    Pathogens(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      throw new UnsupportedOperationException("pathogen is multi-valued: use codes()");
    }

    @Override
    public long codes(int r) {
      return t.pathogens(r) & 0xFFFFFFFFL;
    }

    @Override
    public void classifyMulti(int[] records, int count, long[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.pathogens(records[i]) & 0xFFFFFFFFL;
      }
    }
  }

  static final class Coverage implements Classifier {
    private final HealthTable t;
    private final ProfileTimeline timeline;
    private final int unknown;
    private final int consultation;

    Coverage(HealthTable t, ProfileTimeline timeline, int unknown, int consultation) {
      this.t = t;
      this.timeline = timeline;
      this.unknown = unknown;
      this.consultation = consultation;
    }

    @Override
    public int code(int r) {
      if (t.healthKind(r) != consultation) {
        return NONE;
      }
      int own = t.coverage(r);
      if (own >= 0) {
        return own;
      }
      int p = t.person(r);
      if (p >= 0) {
        int v = timeline.valueOn(p, t.epochDay(r));
        if (v >= 0) {
          return v;
        }
      }
      return unknown;
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = code(records[i]);
      }
    }
  }

  static final class ItemGroup implements Classifier {
    private final DistributionTable t;
    private final byte[] groups;

    ItemGroup(DistributionTable t, byte[] groups) {
      this.t = t;
      this.groups = groups;
    }

    @Override
    public int code(int r) {
      int i = t.item(r);
      return i >= 0 ? groups[i] : NONE;
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int k = 0; k < count; k++) {
        int i = t.item(records[k]);
        out[k] = i >= 0 ? groups[i] : NONE;
      }
    }
  }

  static final class ActGroups implements Classifier {
    private final long[] masks;

    ActGroups(long[] masks) {
      this.masks = masks;
    }

    @Override
    public int code(int record) {
      throw new UnsupportedOperationException("item_group of an act is multi-valued: use codes()");
    }

    @Override
    public long codes(int record) {
      return masks[record];
    }

    @Override
    public void classifyMulti(int[] records, int count, long[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = masks[records[i]];
      }
    }
  }
}
