package be.terrain.csv.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * The general path of reading a CSV file, from its first record that is not plain ({@link
 * PlainRecords} reads those before it): FastCSV's strict RFC 4180 parser, with a callback handler
 * that hands each cell's characters straight to a {@link CellSink} (no record object, no copy of
 * cells that no column wants). A quote inside an unquoted cell, which FastCSV takes as data, is
 * reported on its cell by the sink ({@link CellSink#unquotedCell}); until the first quote of the
 * file has been read ({@link QuoteWatch}), no cell can hold one and cells skip that check.
 *
 * <p>FastCSV stops at the first text after a closing quote, unterminated quote, undecodable byte or
 * oversized cell; it cannot say which cell it was in nor go on. {@link #read} then returns the line
 * of the record it was reading: every record before that line was delivered complete, that one was
 * not, and the caller goes on from there with {@link ByteTokenizer}, which can.
 */
final class FastCsvSource {
  /** The largest buffer FastCSV may grow to (a cell longer than this goes the slow path). */
  private static final int MAX_BUFFER = 4 * FileRows.MAX_CELL_CHARS;

  private static final Object RECORD = new Object();

  private FastCsvSource() {}

  /**
   * Reads a file's records into the sink.
   *
   * @param in the file's bytes after any byte order mark (closed here)
   * @param separator the dialect's separator
   * @param sink receives the records
   * @return 0 when the whole file was read, else the line of the record FastCSV could not read
   * @throws IOException when the file cannot be read
   */
  static int read(InputStream in, char separator, CellSink sink) throws IOException {
    return read(in, separator, sink, 1);
  }

  /**
   * Reads the records of a file from one of its lines on (the rest of a file that {@link
   * PlainRecords} read up to there): lines are counted from {@code firstLine}, in the records the
   * sink receives and in the line returned.
   */
  static int read(InputStream in, char separator, CellSink sink, int firstLine) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    QuoteWatch watched = new QuoteWatch(in);
    Handler handler = new Handler(sink, watched, firstLine - 1);
    try (CsvReader<Object> reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .maxBufferSize(MAX_BUFFER)
            .build(handler, new InputStreamReader(watched, decoder))) {
      Iterator<Object> it = reader.iterator();
      while (it.hasNext()) {
        it.next();
        sink.endRecord();
      }
      return 0;
    } catch (CsvParseException e) {
      if (e.getCause() instanceof HeaderNames.Refused refused) {
        throw refused; // the file is read no further
      }
      return Math.max(firstLine, handler.line);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        return Math.max(firstLine, handler.line);
      }
      throw e.getCause();
    }
  }

  /** Passes cells through; the record itself is a marker. */
  private static final class Handler extends CsvCallbackHandler<Object> {
    private final CellSink sink;
    private final QuoteWatch quotes;
    private int fields;
    private boolean empty;
    private final int linesBefore;
    int line;

    Handler(CellSink sink, QuoteWatch quotes, int linesBefore) {
      this.sink = sink;
      this.quotes = quotes;
      this.linesBefore = linesBefore;
    }

    @Override
    protected RecordType getRecordType() {
      return empty ? RecordType.EMPTY : RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
      return fields;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      line = (int) Math.min(Integer.MAX_VALUE, startingLineNumber + linesBefore);
      fields = 0;
      empty = false;
      sink.beginRecord(line);
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
      fields++;
      if (quoted || len == 0 || !quotes.seen()) {
        // empty, or no quote read yet: this unquoted cell cannot hold one
        sink.cell(buf, offset, len);
      } else {
        sink.unquotedCell(buf, offset, len);
      }
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
      // comments are off: never called
    }

    @Override
    protected void setEmpty() {
      empty = true;
    }

    @Override
    protected Object buildRecord() {
      return RECORD;
    }
  }
}
