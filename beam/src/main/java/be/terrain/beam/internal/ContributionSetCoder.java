package be.terrain.beam.internal;

import be.terrain.federation.ContributionSet;
import be.terrain.federation.KnownDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The combiner's accumulator as bytes: {@link ContributionSet#toBytes()} (entries in merge order,
 * each its file name and its contribution file), so equal sets encode to equal bytes: a
 * deterministic coder. Decoding reads each contribution back strictly (standard definition).
 */
public final class ContributionSetCoder extends CustomCoder<ContributionSet> {
  private static final ByteArrayCoder BYTES = ByteArrayCoder.of();

  /** The coder. */
  public static ContributionSetCoder of() {
    return new ContributionSetCoder();
  }

  @Override
  public void encode(ContributionSet value, OutputStream out) throws IOException {
    BYTES.encode(value.toBytes(), out);
  }

  @Override
  public ContributionSet decode(InputStream in) throws IOException {
    try {
      return ContributionSet.fromBytes(BYTES.decode(in), KnownDefinitions.standard());
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot decode a contribution set", e);
    }
  }

  @Override
  public void verifyDeterministic() {
    // toBytes() writes the entries in merge order: equal sets, equal bytes.
  }
}
