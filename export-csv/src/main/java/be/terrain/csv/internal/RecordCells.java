package be.terrain.csv.internal;

import be.terrain.core.Dataset;
import be.terrain.core.RecordKind;
import java.util.function.Consumer;

/**
 * A dataset's records as cells in the canonical field order of their kind ({@link
 * RecordKind#fields()}), null for unknown: what the CSV writer writes. The conversion itself is
 * core's {@link be.terrain.core.RecordCells}, shared with the JSON writer and the dataset builder.
 */
public final class RecordCells {
  private RecordCells() {}

  /** Whether a field holds an integer (written as is, never with the formula prefix). */
  public static boolean isNumeric(String field) {
    return be.terrain.core.RecordCells.isNumeric(field);
  }

  /**
   * Hands each record of a kind to the action as cells, in dataset order.
   *
   * @throws IllegalStateException when a record cannot be made (the dataset has problems)
   */
  public static void forEach(Dataset d, RecordKind kind, Consumer<String[]> action) {
    int n = d.size(kind);
    for (int row = 0; row < n; row++) {
      action.accept(be.terrain.core.RecordCells.of(d, kind, row));
    }
  }
}
