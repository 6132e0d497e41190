package be.terrain.stats.internal;

import be.terrain.core.AccompanimentTable;
import be.terrain.core.ContactTable;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthTable;
import be.terrain.stats.Classifier;

/**
 * The classifiers of the built-in record dimensions whose code is one column of their table. Each
 * has its own block loop on purpose: the pass calls them all, and one generic loop reading the
 * column through an accessor sees every column, so the JIT cannot inline the accessor and the loop
 * runs about five times slower ({@code ClassifierBenchmark} in {@code benchmarks}, warm JMH, S1:
 * see its README). Keep them apart unless that benchmark says otherwise.
 */
final class ColumnClassifiers {
  private ColumnClassifiers() {}

  static final class Channel implements Classifier {
    private final ContactTable t;

    Channel(ContactTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.channel(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.channel(records[i]);
      }
    }
  }

  static final class Domain implements Classifier {
    private final AccompanimentTable t;

    Domain(AccompanimentTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.domain(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.domain(records[i]);
      }
    }
  }

  static final class HealthKind implements Classifier {
    private final HealthTable t;

    HealthKind(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.healthKind(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.healthKind(records[i]);
      }
    }
  }

  static final class NursingAct implements Classifier {
    private final HealthTable t;

    NursingAct(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.act(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.act(records[i]);
      }
    }
  }

  static final class Target implements Classifier {
    private final HealthTable t;

    Target(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.target(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.target(records[i]);
      }
    }
  }

  static final class Item implements Classifier {
    private final DistributionTable t;

    Item(DistributionTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.item(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.item(records[i]);
      }
    }
  }
}
