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

    TablePlan(TableSpec spec, CodeList list, TableKind kind, Weight weight, DimPlan dim) {
      this.spec = spec;
      this.list = list;
      this.codes = list.size();
      this.maxSlot = spec.history();
      this.kind = kind;
      this.multi = spec.dimension().multiValued();
      this.weight = weight;
      this.dim = dim;
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
