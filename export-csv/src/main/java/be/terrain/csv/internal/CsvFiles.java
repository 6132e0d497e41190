package be.terrain.csv.internal;

import be.terrain.core.RecordKind;

/** The file names of a CSV folder. */
public final class CsvFiles {
  private CsvFiles() {}

  /** The file holding a kind's records, e.g. {@code contacts.csv}, {@code organisation.csv}. */
  public static String fileName(RecordKind kind) {
    return kind.collection() + ".csv";
  }

  /** Whether a name is that of one of the format's files. */
  public static boolean isFileName(String name) {
    for (RecordKind kind : RecordKind.values()) {
      if (fileName(kind).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a folder must hold the kind's file: the organisation, antennas and persons. */
  public static boolean isRequired(RecordKind kind) {
    return kind == RecordKind.ORGANISATION
        || kind == RecordKind.ANTENNA
        || kind == RecordKind.PERSON;
  }
}
