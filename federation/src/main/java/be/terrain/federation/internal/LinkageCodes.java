package be.terrain.federation.internal;

import be.terrain.core.Dataset;
import java.util.function.IntFunction;

/** A dataset's linkage codes as the sketches read them: UTF-8 bytes, null for none. */
public final class LinkageCodes {
  private LinkageCodes() {}

  /** The codes of a dataset's persons, by dense person number. */
  public static IntFunction<byte[]> of(Dataset dataset) {
    // TODO(linkage): dataset.persons()::linkageCodeBytes once the linkage branch is merged
    return p -> null;
  }
}
