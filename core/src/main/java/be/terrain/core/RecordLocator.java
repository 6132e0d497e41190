package be.terrain.core;

import org.apiguardian.api.API;

/**
 * Tells where a record came from, so that problems found in a dataset point into the reader's
 * input. A format reader hands one to {@link DatasetBuilder#locator} (a CSV reader answers with
 * file, line and column; a JSON reader with a pointer). The default locates nothing.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RecordLocator {
  /** Locates nothing: records built in code. */
  RecordLocator NONE = (kind, position, field) -> Location.NONE;

  /**
   * {@return the location of a record's field}
   *
   * @param kind the record's kind
   * @param position the position the reader gave when it added the record, or -1 for the kind as a
   *     whole (e.g. a missing organisation)
   * @param field the field's name, or null for the whole record
   */
  Location locate(RecordKind kind, int position, String field);
}
