package be.terrain.csv.internal;

import be.terrain.core.RecordKind;

/** The file names of a CSV folder. */
public final class CsvFiles {
  private CsvFiles() {}

  /** The file holding a kind's records, e.g. {@code contacts.csv}, {@code organisation.csv}. */
  public static String fileName(RecordKind kind) {
    return kind.collection() + ".csv";
  }

  /** Whether a folder must hold the kind's file: the organisation, antennas and persons. */
  public static boolean isRequired(RecordKind kind) {
    return kind == RecordKind.ORGANISATION
        || kind == RecordKind.ANTENNA
        || kind == RecordKind.PERSON;
  }
}
