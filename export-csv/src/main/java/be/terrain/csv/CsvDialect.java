package be.terrain.csv;

import static java.util.Objects.requireNonNull;

/**
 * The two CSV dialects of the exchange format. Readers detect the dialect of each file from its
 * header line (or are told one); writers write {@link #RFC4180} unless asked otherwise.
 */
public enum CsvDialect {
  /** Comma separated, LF line ends, no byte order mark. */
  RFC4180("rfc4180", ',', "\n", false),
  /**
   * Semicolon separated, CRLF line ends, with a UTF-8 byte order mark: what spreadsheet software
   * writes in Belgian and French locales.
   */
  EXCEL_FR("excel-fr", ';', "\r\n", true);

  private final String tag;
  private final char separator;
  private final String lineEnd;
  private final boolean bom;

  CsvDialect(String tag, char separator, String lineEnd, boolean bom) {
    this.tag = tag;
    this.separator = separator;
    this.lineEnd = lineEnd;
    this.bom = bom;
  }

  /** {@return the dialect's name in the exchange format: {@code rfc4180} or {@code excel-fr}} */
  public String tag() {
    return tag;
  }

  /** {@return the cell separator} */
  public char separator() {
    return separator;
  }

  /** {@return the line end writers write} */
  public String lineEnd() {
    return lineEnd;
  }

  /** {@return whether writers start a file with a UTF-8 byte order mark} */
  public boolean writesBom() {
    return bom;
  }

  /**
   * {@return the dialect with that tag}
   *
   * @param tag {@code rfc4180} or {@code excel-fr}
   * @throws IllegalArgumentException when the tag is neither {@code rfc4180} nor {@code excel-fr}
   */
  public static CsvDialect parse(String tag) {
    requireNonNull(tag, "tag");
    for (CsvDialect d : values()) {
      if (d.tag.equals(tag)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown CSV dialect '" + tag + "': expected rfc4180 or excel-fr");
  }

  /**
   * {@return the dialect of a file whose header line is given: {@link #EXCEL_FR} when it holds a
   * {@code ;} and no {@code ,}, else {@link #RFC4180}}
   *
   * @param headerLine the file's first line, without its line break
   */
  public static CsvDialect detect(CharSequence headerLine) {
    requireNonNull(headerLine, "headerLine");
    boolean semicolon = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == ',') {
        return RFC4180;
      }
      semicolon |= c == ';';
    }
    return semicolon ? EXCEL_FR : RFC4180;
  }

  @Override
  public String toString() {
    return tag;
  }
}
