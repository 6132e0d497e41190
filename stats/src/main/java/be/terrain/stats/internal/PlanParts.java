package be.terrain.stats.internal;

import be.terrain.core.CodeList;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.Population;
import be.terrain.stats.Subject;
import be.terrain.stats.TableSpec;

/**
 * The parts of a {@link ReportPlan}: what the pass and the finish read, laid out once. A slot is a
 * period of the report (0 its own, k the k-th previous); {@code maxSlot} is the last slot a part is
 * needed in.
 */
final class PlanParts {
  private PlanParts() {}

  /** A dimension bound for the slots it is needed in. */
  static final class DimPlan {
    final Dimension dimension;
    final boolean multi;
    final Classifier[] classifiers;
    int maxSlot = -1;

    DimPlan(Dimension dimension, int slots) {
      this.dimension = dimension;
      this.multi = dimension.multiValued();
      this.classifiers = new Classifier[slots];
    }
  }

  /** A table of the definition, laid out. */
  static final class TablePlan {
    final TableSpec spec;
    final CodeList list;
    final int codes;
    final int maxSlot;
    final TableKind kind;
    final boolean multi;
    final Weight weight;
    final DimPlan dim;

    /** Where its counts start in {@link Accumulator#counts} ({@link TableKind#COUNT}). */
    int countOffset;

    /** Where its person sets start in {@link Accumulator#sets} (record persons). */
    int setOffset;

    /**
     * The index of the table whose figures this one shares (same population, dimension and measure,
     * computed once with the larger history), or -1 when it has its own.
     */
    final int source;

    TablePlan(
        TableSpec spec, CodeList list, TableKind kind, Weight weight, DimPlan dim, int maxSlot) {
      this.spec = spec;
      this.list = list;
      this.codes = list.size();
      this.maxSlot = maxSlot;
      this.kind = kind;
      this.multi = spec.dimension().multiValued();
      this.weight = weight;
      this.dim = dim;
      this.source = -1;
    }

    /** A table that shares the figures of the table {@code source} (its plan {@code of}). */
    TablePlan(TableSpec spec, TablePlan of, int source) {
      this.spec = spec;
      this.list = of.list;
      this.codes = of.codes;
      this.maxSlot = of.maxSlot;
      this.kind = of.kind;
      this.multi = of.multi;
      this.weight = of.weight;
      this.dim = of.dim;
      this.countOffset = of.countOffset;
      this.setOffset = of.setOffset;
      this.source = source;
    }

    /** Whether two specs count the same thing: same population, dimension and measure. */
    static boolean sameFigures(TableSpec a, TableSpec b) {
      return a.population().equals(b.population())
          && a.dimension() == b.dimension()
          && a.measure() == b.measure();
    }
  }

  /**
   * A record population: its conditions, the tables it feeds and the person populations it makes.
   */
  static final class RecordPopPlan {
    final Population population;
    DimPlan[] conditions = new DimPlan[0];
    int[] conditionCodes = new int[0];

    /** Each condition's dimension as its position in {@link SubjectPlan#conditionDims}. */
    int[] conditionIndexes = new int[0];

    int maxSlot = -1;
    TablePlan[] tables = new TablePlan[0];
    PersonPopPlan[] feeds = new PersonPopPlan[0];

    RecordPopPlan(Population population) {
      this.population = population;
    }
  }

  /** A person population: a person set per slot and antenna, and the tables over it. */
  static final class PersonPopPlan {
    final Population population;
    int maxSlot = -1;
    int setOffset;
    TablePlan[] tables = new TablePlan[0];

    /** Where each table's counts start in the finish's person counts. */
    int[] countOffsets = new int[0];

    PersonPopPlan(Population population) {
      this.population = population;
    }
  }

  /** The record populations of one subject and the dimensions their conditions use. */
  static final class SubjectPlan {
    final Subject subject;
    RecordPopPlan[] pops = new RecordPopPlan[0];
    DimPlan[] conditionDims = new DimPlan[0];
    int maxSlot = -1;

    SubjectPlan(Subject subject) {
      this.subject = subject;
    }
  }
}
