package be.terrain.stats.quality.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.Subject;
import be.terrain.stats.internal.PeriodEndProfiles;

/**
 * A quality dimension: whether a record's attribute is known. It borrows a code list that has an
 * UNKNOWN code ({@code sex}): a known record gets the list's first code, an unknown one UNKNOWN, so
 * that the table's UNKNOWN row counts the unknown ones, as the standard tables' UNKNOWN rows do.
 * Only the quality report reads these tables, and only their UNKNOWN rows and totals.
 */
public final class Known implements Dimension, PeriodEndProfiles {
  /** The borrowed list. */
  static final String LIST = "sex";

  /**
   * Makes the classifier of a dimension for a dataset and period (precomputing what it needs): a
   * known record gets code 0, an unknown one {@code unknown}. Each dimension has a classifier class
   * of its own, so that its loop calls no interface per record.
   */
  public interface Binder {
    /**
     * {@return the classifier}
     *
     * @param context the dataset and period, and the lookups shared in the period
     * @param unknown the code of an unknown record
     */
    Classifier bind(DimensionContext context, int unknown);
  }

  private final String id;
  private final Subject subject;
  private final Binder binder;
  private final boolean latestDays;

  /**
   * A dimension.
   *
   * @param id the dimension's id, e.g. {@code quality.first_contact}
   * @param subject what it classifies
   * @param binder makes the classifier for a dataset and period
   */
  public Known(String id, Subject subject, Binder binder) {
    this(id, subject, false, binder);
  }

  /**
   * A dimension.
   *
   * @param id the dimension's id, e.g. {@code quality.first_contact}
   * @param subject what it classifies
   * @param latestDays whether its classifier reads the persons' latest profile days ({@link
   *     be.terrain.stats.internal.ProfileDays}), which the engine then computes with the profiles
   *     in force at the period's end
   * @param binder makes the classifier for a dataset and period
   */
  public Known(String id, Subject subject, boolean latestDays, Binder binder) {
    this.id = id;
    this.subject = subject;
    this.latestDays = latestDays;
    this.binder = binder;
  }

  @Override
  public boolean readsProfilesAtEnd() {
    return latestDays;
  }

  @Override
  public boolean readsLatestDays() {
    return latestDays;
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
    return binder.bind(context, list.indexOf(Code.UNKNOWN));
  }
}
