package be.terrain.csv.internal;

import be.terrain.csv.CsvDialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The start of a CSV file: whether it has a byte order mark, and the dialect of its header (its
 * first non-empty line: {@code excel-fr} when it holds a {@code ;} and no {@code ,}). Reads in
 * chunks, keeping none: blank lines before the header, however many, and a header of any length are
 * looked through in bounded memory (detection once gave up after 64 KB of blank lines).
 *
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param dialect the dialect of its header line
 */
record CsvHead(boolean bom, CsvDialect dialect) {
  /** Small: a header is short, and most files' start is looked at to read a few lines. */
  private static final int CHUNK = 1 << 13;

  /** Looks at the file's start. */
  static CsvHead of(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return of(in);
    }
  }

  /** Looks at the start of a stream, read up to the end of the header line. */
  static CsvHead of(InputStream in) throws IOException {
    byte[] b = new byte[CHUNK];
    int n = in.readNBytes(b, 0, b.length);
    boolean bom = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    int i = bom ? 3 : 0;
    boolean inHeader = false;
    boolean semicolon = false;
    while (n > 0) {
      for (; i < n; i++) {
        byte c = b[i];
        if (c == '\r' || c == '\n') {
          if (inHeader) {
            return new CsvHead(bom, semicolon ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180);
          }
        } else if (c == ',') {
          return new CsvHead(bom, CsvDialect.RFC4180);
        } else {
          inHeader = true;
          semicolon |= c == ';';
        }
      }
      n = in.readNBytes(b, 0, b.length);
      i = 0;
    }
    return new CsvHead(bom, semicolon ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180);
  }
}
