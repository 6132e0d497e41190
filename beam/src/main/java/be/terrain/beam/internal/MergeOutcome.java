package be.terrain.beam.internal;

import java.io.Serializable;
import java.util.List;

/**
 * What the merge gave: the report's bytes, or the reasons it was refused (one line each).
 * Serializable, as Beam keeps the combiner's default output (no member at all) in the graph.
 *
 * @param report the federation report file, or null when refused
 * @param refused every reason of refusal; empty when merged
 */
public record MergeOutcome(byte[] report, List<String> refused) implements Serializable {
  /** Copies the reasons. */
  public MergeOutcome {
    refused = List.copyOf(refused);
  }
}
