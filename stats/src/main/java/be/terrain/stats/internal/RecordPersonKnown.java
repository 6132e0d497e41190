package be.terrain.stats.internal;

import be.terrain.core.RecordTable;
import be.terrain.stats.Classifier;
import java.util.function.IntUnaryOperator;

/**
 * Classifies records by whether they name a person ({@code known}) or not ({@code unknown}), for
 * the quality report's anonymous contacts. The engine's pass reads every record's person anyway: it
 * classifies the records it counts from those persons ({@link #classifyPersons}) rather than
 * reading the column a second time; {@link #code} and {@link #classify} read it.
 */
public final class RecordPersonKnown implements Classifier {
  private final IntUnaryOperator person;
  private final int known;
  private final int unknown;

  /**
   * A classifier.
   *
   * @param person a record's person, {@link RecordTable#UNKNOWN} for none
   * @param known the code of a record that names its person
   * @param unknown the code of one that does not
   */
  public RecordPersonKnown(IntUnaryOperator person, int known, int unknown) {
    this.person = person;
    this.known = known;
    this.unknown = unknown;
  }

  @Override
  public int code(int row) {
    return person.applyAsInt(row) != RecordTable.UNKNOWN ? known : unknown;
  }

  @Override
  public void classify(int[] records, int count, int[] codes) {
    for (int i = 0; i < count; i++) {
      codes[i] = code(records[i]);
    }
  }

  /**
   * Classifies records from their persons as the pass read them (a negative person for none).
   *
   * @param persons the records' persons
   * @param count how many
   * @param codes their codes, out
   */
  void classifyPersons(int[] persons, int count, int[] codes) {
    for (int i = 0; i < count; i++) {
      codes[i] = persons[i] >= 0 ? known : unknown;
    }
  }
}
