package be.terrain.beam.internal;

import java.io.IOException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Writes each (file name, bytes) into a folder through Beam's file systems. */
public final class WriteFilesFn extends DoFn<KV<String, byte[]>, Void> {
  private final String folder;

  /** Writes into this folder's spec. */
  public WriteFilesFn(String folder) {
    this.folder = folder;
  }

  /** Writes one file. */
  @ProcessElement
  public void process(@Element KV<String, byte[]> file) throws IOException {
    BeamFiles.write(BeamFiles.inFolder(folder, file.getKey()), file.getValue());
  }
}
