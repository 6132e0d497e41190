package be.terrain.beam.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/** The merge's outcome as bytes: the report's bytes (or none), then the reasons of refusal. */
public final class MergeOutcomeCoder extends CustomCoder<MergeOutcome> {
  private static final NullableCoder<byte[]> REPORT = NullableCoder.of(ByteArrayCoder.of());
  private static final ListCoder<String> REFUSED = ListCoder.of(StringUtf8Coder.of());

  /** The coder. */
  public static MergeOutcomeCoder of() {
    return new MergeOutcomeCoder();
  }

  @Override
  public void encode(MergeOutcome value, OutputStream out) throws IOException {
    REPORT.encode(value.report(), out);
    REFUSED.encode(value.refused(), out);
  }

  @Override
  public MergeOutcome decode(InputStream in) throws IOException {
    return new MergeOutcome(REPORT.decode(in), REFUSED.decode(in));
  }

  @Override
  public void verifyDeterministic() {
    // bytes and a list of strings, written as they are
  }
}
