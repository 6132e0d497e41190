package be.terrain.stats.quality.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.Subject;
import java.util.function.BiFunction;

/**
 * A quality dimension: whether a record's attribute is known. It borrows a code list that has an
 * UNKNOWN code ({@code sex}): a known record gets the list's first code, an unknown one UNKNOWN, so
 * that the table's UNKNOWN row counts the unknown ones, as the standard tables' UNKNOWN rows do.
 * Only the quality report reads these tables, and only their UNKNOWN rows and totals.
 */
public final class Known implements Dimension {
  /** The borrowed list. */
  static final String LIST = "sex";

  /** Whether a record is known, bound for one period. */
  public interface Test {
    /** Whether the record's attribute is known. */
    boolean known(int record);
  }

  private final String id;
  private final Subject subject;
  private final BiFunction<Dataset, Period, Test> binder;

  /**
   * A dimension.
   *
   * @param id the dimension's id, e.g. {@code quality.first_contact}
   * @param subject what it classifies
   * @param binder makes the test for a dataset and period (precomputing what it needs)
   */
  public Known(String id, Subject subject, BiFunction<Dataset, Period, Test> binder) {
    this.id = id;
    this.subject = subject;
    this.binder = binder;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Subject subject() {
    return subject;
  }

  @Override
  public String codeList() {
    return LIST;
  }

  @Override
  public Classifier bind(DimensionContext context) {
    CodeList list = context.codes(LIST);
    int unknown = list.indexOf(Code.UNKNOWN);
    Test test = binder.apply(context.dataset(), context.period());
    return new Classifier() {
      @Override
      public int code(int record) {
        return test.known(record) ? 0 : unknown;
      }

      @Override
      public void classify(int[] records, int count, int[] codes) {
        for (int i = 0; i < count; i++) {
          codes[i] = test.known(records[i]) ? 0 : unknown;
        }
      }
    };
  }
}
