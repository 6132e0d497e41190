package be.terrain.testing;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A bare loader of well-formed rfc4180 CSV folders for core's own tests, which must not depend on
 * the CSV module. It knows nothing of the format's error handling; the CSV module does that.
 */
public final class MiniCsv {
  private MiniCsv() {}

  /** Loads a folder into a builder (not built). */
  public static DatasetBuilder load(Path folder, DatasetBuilder b) {
    for (RecordKind kind : RecordKind.values()) {
      String file =
          kind == RecordKind.ORGANISATION ? "organisation.csv" : kind.collection() + ".csv";
      Path p = folder.resolve(file);
      if (!Files.exists(p)) {
        continue;
      }
      try {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        int[] map = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
          map[i] = kind.fieldIndex(header.get(i));
        }
        for (int l = 1; l < lines.size(); l++) {
          if (lines.get(l).isEmpty()) {
            continue;
          }
          List<String> cells = split(lines.get(l));
          String[] row = new String[kind.fields().size()];
          for (int i = 0; i < cells.size(); i++) {
            row[map[i]] = cells.get(i);
          }
          b.addRow(kind, row, l + 1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b;
  }

  /** Loads and builds the reference dataset. */
  public static Dataset reference() {
    return load(ReferenceData.seed2020(), Dataset.builder()).build();
  }

  private static List<String> split(String line) {
    return be.terrain.core.internal.SimpleCsv.splitLine(line, ',');
  }
}
