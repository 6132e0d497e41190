package be.terrain.federation.internal;

import be.terrain.core.Dataset;
import be.terrain.core.PersonTable;
import java.util.function.IntFunction;

/** A dataset's linkage codes as the sketches read them: UTF-8 bytes, null for none. */
public final class LinkageCodes {
  private LinkageCodes() {}

  /** The codes of a dataset's persons, by dense person number. */
  public static IntFunction<byte[]> of(Dataset dataset) {
    PersonTable persons = dataset.persons();
    return persons::linkageCodeBytes;
  }
}
