package be.terrain.csv.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Turns the records of one CSV file into rows of a {@link DatasetBuilder}: reads the header ({@link
 * CsvHeader}: columns in any order; unknown, duplicate and missing required columns are problems),
 * then maps each record's cells to the kind's canonical field order through a precomputed {@code
 * int[]}, strips the formula prefix from id and name columns, and reports what the file's structure
 * breaks. The field rules themselves are the builder's.
 *
 * <p>Choices where a row is damaged, so that one defect gives one problem (no cascades):
 *
 * <ul>
 *   <li>a cell that cannot be read (broken quoting, invalid UTF-8, too long) is one problem on that
 *       cell and goes to the builder as {@link DatasetBuilder#UNREADABLE_CELL};
 *   <li>a required column missing from the header is one problem for the file, and its cells go to
 *       the builder as unreadable (not as empty, which would give one problem per row);
 *   <li>a row with more or fewer cells than the header is one problem on the row (field null, the
 *       record id of its {@code id} cell); its cells are probably shifted, so only its {@code id}
 *       cell is read (the id still counts for references and uniqueness) and every other cell goes
 *       to the builder as unreadable. The row is kept: nothing is dropped.
 * </ul>
 */
final class FileRows implements CellSink {
  /** The longest cell read, in characters; longer ones are a problem (TER-0212). */
  static final int MAX_CELL_CHARS = 1 << 20;

  private static final String UNREADABLE = DatasetBuilder.UNREADABLE_CELL;

  private final String fileName;
  private final RecordKind kind;
  private RowTarget builder;
  private final int fieldCount;
  private final int idField;
  private int[] fieldColumn;

  private boolean headerDone;
  private final HeaderNames headerNames;
  private int[] columnField = new int[0];
  private boolean[] stripColumn = new boolean[0];
  private String[] template;

  /** The wanted columns' cells of each plain record (after the header). */
  private WantedCells wanted;

  private final CharSequence[] cells;

  /** The current record's wanted cells, copied (the parser's buffer may move within a record). */
  private char[] chars = new char[256];

  private int charsUsed;
  private final Slice[] slices;

  private int line;
  private int cellIndex;
  private final BadCells bad = new BadCells();
  private int rows;
  private BooleanSupplier stop = () -> false;
  private int records;

  FileRows(String fileName, RecordKind kind) {
    this.fileName = fileName;
    this.kind = kind;
    this.headerNames = new HeaderNames(fileName, kind, () -> line);
    this.fieldCount = kind.fields().size();
    this.idField = kind.fieldIndex("id");
    this.fieldColumn = new int[fieldCount];
    this.template = new String[fieldCount];
    this.cells = new CharSequence[fieldCount];
    this.slices = new Slice[fieldCount];
    for (int f = 0; f < fieldCount; f++) {
      slices[f] = new Slice();
    }
  }

  /** Sends the rows and problems to a target (before reading). */
  void target(RowTarget newTarget) {
    this.builder = newTarget;
  }

  /** A cell's characters in {@link #chars}, reused from record to record. */
  private final class Slice implements CharSequence {
    private int offset;
    private int length;

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, offset, length);
    }
  }

  private CharSequence slice(int f, char[] buf, int offset, int length) {
    if (charsUsed + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + length));
    }
    System.arraycopy(buf, offset, chars, charsUsed, length);
    Slice s = slices[f];
    s.offset = charsUsed;
    s.length = length;
    charsUsed += length;
    return s;
  }

  /**
   * Stops reading (throws {@link Waiting.Stopped} at a record's start) once this says so: another
   * file's reading failed, and this thread's memory and time are better given back at once.
   */
  void stopWhen(BooleanSupplier newStop) {
    this.stop = newStop;
  }

  /** The file's name within its folder. */
  String fileName() {
    return fileName;
  }

  /** Reports a problem of the whole file to the target. */
  void report(Problem problem) {
    builder.report(problem);
  }

  /** The number of data rows added. */
  int rows() {
    return rows;
  }

  /** Where a field of a row read from this file is. */
  Location locate(int position, String field) {
    if (position < 0) {
      return Location.ofFile(fileName);
    }
    if (field == null) {
      return Location.ofLine(fileName, position);
    }
    int f = kind.fieldIndex(field);
    int column = f >= 0 ? fieldColumn[f] : 0;
    return column > 0
        ? Location.ofCell(fileName, position, column)
        : Location.ofLine(fileName, position);
  }

  @Override
  public void beginRecord(int newLine) {
    if ((++records & 1023) == 0 && stop.getAsBoolean()) {
      throw new Waiting.Stopped();
    }
    line = newLine;
    cellIndex = 0;
    bad.clear();
    charsUsed = 0;
    if (headerDone) {
      System.arraycopy(template, 0, cells, 0, fieldCount);
    } else {
      headerNames.clear();
    }
  }

  @Override
  public void cell(char[] buf, int offset, int length) {
    if (length > MAX_CELL_CHARS) {
      tooLong(new String(buf, offset, 80));
      return;
    }
    int col = cellIndex++;
    if (!headerDone) {
      headerNames.add(new String(buf, offset, length));
      return;
    }
    if (col >= columnField.length) {
      return;
    }
    int f = columnField[col];
    if (f < 0) {
      return;
    }
    // (an empty cell is an empty slice: no branch of its own, which a file without empty cells
    // would leave untaken and the JIT then recompile for the next file's first empty cell)
    if (stripColumn[col] && CsvText.hasFormulaPrefix(buf, offset, length)) {
      cells[f] = slice(f, buf, offset + 1, length - 1);
    } else {
      cells[f] = slice(f, buf, offset, length);
    }
  }

  /**
   * The usual cell: a wanted column's unquoted cell is copied and searched for a stray quote in one
   * pass (the quote check and the copy each read every character otherwise).
   */
  @Override
  public void unquotedCell(char[] buf, int offset, int length) {
    int col = cellIndex;
    int f =
        headerDone && length > 0 && length <= MAX_CELL_CHARS && col < columnField.length
            ? columnField[col]
            : -1;
    if (f < 0) {
      CellSink.super.unquotedCell(buf, offset, length);
      return;
    }
    int from = offset;
    int n = length;
    if (stripColumn[col] && CsvText.hasFormulaPrefix(buf, offset, length)) {
      from++;
      n--;
    }
    if (charsUsed + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + n));
    }
    char[] to = chars;
    int p = charsUsed;
    int quote = 0;
    for (int i = 0; i < n; i++) {
      char c = buf[from + i];
      to[p + i] = c;
      quote |= c == '"' ? 1 : 0;
    }
    if (quote != 0) {
      badCell(ProblemCodes.BROKEN_QUOTING, new String(buf, offset, length));
      return;
    }
    cellIndex = col + 1;
    Slice s = slices[f];
    s.offset = p;
    s.length = n;
    charsUsed = p + n;
    cells[f] = s;
  }

  /**
   * A plain record with the header's number of cells (the usual record): only the wanted columns'
   * cells are taken, each a view of the bytes; any other record (the header, a record with too many
   * or too few cells, a problem) goes cell by cell, each cell widened into chars.
   */
  @Override
  public void plainRecord(int newLine, byte[] buf, int from, int end, int[] separators, int count) {
    if (!headerDone || count + 1 != columnField.length) {
      CellSink.super.plainRecord(newLine, buf, from, end, separators, count);
      return;
    }
    beginRecord(newLine);
    wanted.take(buf, from, end, separators, count, cells);
    cellIndex = count + 1;
    builder.addRow(kind, cells, line);
    rows++;
  }

  @Override
  public void cell(String text) {
    if (text.length() > MAX_CELL_CHARS) {
      tooLong(text.substring(0, 80));
      return;
    }
    int col = cellIndex++;
    if (!headerDone) {
      headerNames.add(text);
      return;
    }
    if (col >= columnField.length) {
      return;
    }
    int f = columnField[col];
    if (f >= 0) {
      cells[f] = stripColumn[col] ? CsvText.stripFormulaPrefix(text) : text;
    }
  }

  private void tooLong(String start) {
    badCell(
        ProblemCodes.LIMIT_EXCEEDED, start, "a cell longer than " + MAX_CELL_CHARS + " characters");
  }

  @Override
  public void badCell(ProblemCode code, String shown, Object... args) {
    int col = cellIndex++;
    bad.add(col, code, shown, args);
    if (!headerDone) {
      headerNames.add(null);
      return;
    }
    if (col < columnField.length && columnField[col] >= 0) {
      cells[columnField[col]] = UNREADABLE;
    }
  }

  @Override
  public void endRecord() {
    if (!headerDone) {
      header();
      return;
    }
    int n = cellIndex;
    if (bad.count() == 0 && n == columnField.length) {
      builder.addRow(kind, cells, line);
      rows++;
      return;
    }
    String id = null;
    if (idField >= 0 && fieldColumn[idField] > 0 && fieldColumn[idField] <= n) {
      CharSequence c = cells[idField];
      id = c == UNREADABLE || c == null || c.length() == 0 ? null : c.toString();
    }
    reportBadCells(kind, id);
    if (n != columnField.length) {
      builder.report(
          Problem.of(ProblemCodes.WRONG_CELL_COUNT)
              .at(Location.ofLine(fileName, line))
              .record(kind, id)
              .args(n, columnField.length)
              .build());
      CharSequence keep = idField >= 0 ? cells[idField] : null;
      Arrays.fill(cells, UNREADABLE);
      if (idField >= 0 && fieldColumn[idField] > 0 && fieldColumn[idField] <= n) {
        cells[idField] = keep;
      }
    }
    builder.addRow(kind, cells, line);
    rows++;
  }

  /**
   * Called when the file has been read: a file without a header lacks every required column, named
   * at line 1, where its header belongs (an empty file, a byte order mark alone, blank lines).
   */
  void finish() {
    if (!headerDone) {
      headerNames.clear();
      bad.clear();
      line = 1;
      header();
    }
  }

  private void reportBadCells(RecordKind recordKind, String id) {
    for (int i = 0; i < bad.count(); i++) {
      int col = bad.column(i);
      String field = null;
      if (headerDone && col < columnField.length) {
        field = columnField[col] >= 0 ? kind.fields().get(columnField[col]) : headerNames.get(col);
      }
      builder.report(
          Problem.of(bad.code(i))
              .at(Location.ofCell(fileName, line, col + 1))
              .record(recordKind, id)
              .field(field)
              .value(bad.value(i))
              .args(bad.args(i))
              .build());
    }
    if (bad.overflow() > 0) {
      builder.report(bad.overflowProblem(Location.ofLine(fileName, line), recordKind, id));
    }
  }

  private void header() {
    CsvHeader header = new CsvHeader(fileName, kind, line, headerNames, bad, builder);
    columnField = header.columnField;
    stripColumn = header.stripColumn;
    fieldColumn = header.fieldColumn;
    template = header.template;
    wanted = new WantedCells(columnField, stripColumn);
    headerDone = true;
    bad.clear();
  }
}
