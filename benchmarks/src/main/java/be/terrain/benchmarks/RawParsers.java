package be.terrain.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * The baselines of CSV reading: parse files with FastCSV or Jackson CSV into cells and count them,
 * or merely read every byte. Each returns what it counted so that nothing is optimised away and the
 * parsers can be checked against each other. Header rows count as rows.
 */
public final class RawParsers {
  private static final CsvMapper JACKSON = new CsvMapper();
  private static final int BUFFER = 1 << 16;

  private RawParsers() {}

  /** What a pass over files counted. */
  public record Counts(long rows, long cells, long chars) {
    Counts plus(Counts o) {
      return new Counts(rows + o.rows, cells + o.cells, chars + o.chars);
    }
  }

  /** Parses with FastCSV 4 ({@code CsvReader.builder().ofCsvRecord(path)}), touching every cell. */
  public static Counts fastCsv(List<Path> files) throws IOException {
    long rows = 0;
    long cells = 0;
    long chars = 0;
    for (Path f : files) {
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(f)) {
        for (CsvRecord rec : reader) {
          rows++;
          int n = rec.getFieldCount();
          cells += n;
          for (int i = 0; i < n; i++) {
            chars += rec.getField(i).length();
          }
        }
      }
    }
    return new Counts(rows, cells, chars);
  }

  /**
   * Parses with Jackson CSV 3 as a token stream without a schema (each row an array of strings),
   * touching every cell.
   */
  public static Counts jackson(List<Path> files) {
    Counts total = new Counts(0, 0, 0);
    for (Path f : files) {
      long rows = 0;
      long cells = 0;
      long chars = 0;
      try (JsonParser p = JACKSON.createParser(f)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.VALUE_STRING) {
            cells++;
            chars += p.getString().length();
          } else if (t == JsonToken.END_ARRAY) {
            rows++;
          }
        }
      }
      total = total.plus(new Counts(rows, cells, chars));
    }
    return total;
  }

  /** Reads every byte and counts line feeds: the floor any parser stands on. */
  public static Counts bytes(List<Path> files) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long lines = 0;
    long bytes = 0;
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n') {
              lines++;
            }
          }
        }
      }
    }
    return new Counts(lines, 0, bytes);
  }
}
