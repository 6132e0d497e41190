package be.terrain.json.internal;

import be.terrain.core.DatasetBuilder;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import java.io.InputStream;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code terrain/1} JSON document or JSON Lines stream token by token into a {@link
 * DatasetBuilder}: records are added as soon as their object closes, so memory grows with the
 * records, never with the text. The parser checks what only JSON has (types, members, structure);
 * every field rule is the builder's. Nothing is thrown for bad input: a problem is reported, and
 * malformed JSON ends the reading where it is, keeping every record read before.
 *
 * <p>The structure is read by a {@link TopReader}, each record by a {@link RecordReader}; every
 * problem is located by one {@link ProblemLocator}. One instance reads one input; not thread-safe.
 */
public final class DatasetParser {
  /** The format tag of version 1. */
  public static final String FORMAT = be.terrain.json.TerrainJson.FORMAT;

  private static final Pattern JACKSON_HINT =
      Pattern.compile("(, from `[^`]*`)|(: enable `[^`]*` to allow)|( \\(code \\d+\\))");

  /** The rows and problems read, handed to {@link #builder} as they come unless reading a chunk. */
  private final RecordBatch out;

  /** The builder, or null when reading a chunk of JSON Lines into {@link #out} only. */
  private final DatasetBuilder builder;

  /** Where {@link #out} is replayed into {@link #builder}; null with it. */
  private final RowRuns runs;

  private final boolean lines;

  /** Added to the parser's line numbers. */
  private final int lineOffset;

  private final ProblemLocator locator;
  private final RecordReader records;
  private final TopReader top;
  private JsonParser p;

  private DatasetParser(
      DatasetBuilder builder,
      RecordBatch out,
      String file,
      boolean lines,
      int lineOffset,
      int headerLine) {
    this.builder = builder;
    this.runs = builder == null ? null : new RowRuns(builder);
    this.out = out;
    this.lines = lines;
    this.lineOffset = lineOffset;
    this.locator = new ProblemLocator(file, lineOffset);
    this.records = new RecordReader(out, locator);
    this.top =
        new TopReader(
            out,
            records,
            locator,
            lines,
            lineOffset,
            headerLine,
            () -> flush(false),
            this::flushProblems);
  }

  /**
   * Reads a document or JSON Lines into the builder and sets the builder's locator.
   *
   * @param mapper the mapper whose parser to use (its limits apply)
   * @param builder the builder to add records and problems to
   * @param in the input, not closed
   * @param file the file name problems name, or null
   * @param lines whether the input is JSON Lines
   */
  public static void read(
      JsonMapper mapper, DatasetBuilder builder, InputStream in, String file, boolean lines) {
    DatasetParser reader = new DatasetParser(builder, new RecordBatch(), file, lines, 0, 0);
    reader.run(mapper, in);
    builder.locator(
        lines ? Locators.lines(file, reader.top.headerLine()) : Locators.document(file));
  }

  /**
   * Reads the rest of JSON Lines into the builder, from a line on (the lines before were read, up
   * to {@code headerLine}'s header): as {@link #read} would from there. Does not set the locator.
   *
   * @param in the rest of the input
   * @param lineOffset added to the parser's line numbers to give the input's
   * @param headerLine the header's line, 0 when none was read
   * @return the header's line, 0 when there is none
   */
  static int readRest(
      JsonMapper mapper,
      DatasetBuilder builder,
      InputStream in,
      String file,
      int lineOffset,
      int headerLine) {
    DatasetParser reader =
        new DatasetParser(builder, new RecordBatch(), file, true, lineOffset, headerLine);
    reader.run(mapper, in);
    return reader.top.headerLine();
  }

  /** What reading a chunk of JSON Lines gave. */
  record Chunk(RecordBatch batch, boolean regular, int headerLine, int lineBreaks) {}

  /**
   * Reads a chunk of JSON Lines (whole lines, from a line start) into a batch, its lines counted
   * from 1 at the chunk's first line. The chunk is irregular (to be read serially instead) when it
   * does not parse to its end or a record spans lines: what a serial read would report there
   * depends on what comes next.
   *
   * @param bytes the chunk, from {@code from}; when {@code blankFirst}, from {@code from} on comes
   *     first a line of blanks that is not part of the input (so that Jackson reads UTF-8)
   * @param headerLine the header's line, 0 when the chunk starts the input
   */
  static Chunk readChunk(
      JsonMapper mapper,
      byte[] bytes,
      int from,
      int length,
      boolean blankFirst,
      String file,
      int headerLine) {
    return readChunk(
        mapper, bytes, from, length, blankFirst, file, headerLine, new RecordBatch(length));
  }

  /** {@link #readChunk} into an empty batch the caller recycles (its buffers grow as needed). */
  static Chunk readChunk(
      JsonMapper mapper,
      byte[] bytes,
      int from,
      int length,
      boolean blankFirst,
      String file,
      int headerLine,
      RecordBatch batch) {
    DatasetParser reader =
        new DatasetParser(null, batch, file, true, blankFirst ? -1 : 0, headerLine);
    try (JsonParser parser = parser(mapper, bytes, from, length)) {
      reader.use(parser);
      reader.top.readLines();
      int breaks = parser.currentLocation().getLineNr() - 1 + reader.lineOffset;
      return new Chunk(batch, !reader.top.irregular(), reader.top.headerLine(), breaks);
    } catch (JacksonException e) {
      return new Chunk(batch, false, 0, 0);
    }
  }

  private void use(JsonParser parser) {
    p = parser;
    top.use(parser);
    records.use(parser);
  }

  private static JsonParser parser(JsonMapper mapper, byte[] bytes, int from, int length) {
    return mapper
        .reader()
        .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .createParser(bytes, from, length);
  }

  private void run(JsonMapper mapper, InputStream in) {
    try (JsonParser parser =
        mapper
            .reader()
            // Duplicate members are found here, so that they are one problem among others.
            .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .createParser(in)) {
      use(parser);
      if (lines) {
        top.readLines();
        if (top.headerLine() == 0) {
          top.reportMissing(ProblemCodes.WRONG_FORMAT, "format", FORMAT);
          top.reportMissing(ProblemCodes.MISSING_FIELD, "antennas");
        }
      } else {
        top.readDocument();
      }
    } catch (StreamConstraintsException e) {
      fail(ProblemCodes.LIMIT_EXCEEDED, e);
    } catch (StreamReadException e) {
      String message = String.valueOf(e.getOriginalMessage());
      fail(
          message.contains("Invalid UTF-8")
              ? ProblemCodes.INVALID_ENCODING
              : ProblemCodes.MALFORMED_JSON,
          e);
    } catch (JacksonException e) {
      fail(ProblemCodes.UNREADABLE, e);
    }
    flush(true);
  }

  /** Hands what was read to the builder: at the end, or now and then while reading directly. */
  private void flush(boolean always) {
    if (builder != null && (always || out.rows() >= 1024 || out.length() >= 1 << 16)) {
      out.replay(runs, 0);
    }
    if (builder != null && always) {
      runs.close();
    }
  }

  /**
   * Between two records or top members: hands what was read on once problems pile up, so that a
   * document of millions of problems holds no more than a batch of them (the builder keeps at most
   * its limit). Rows and problems go in the order read, as at the end.
   */
  private void flushProblems() {
    if (builder != null && out.problemCount() >= 1024) {
      out.replay(runs, 0);
    }
  }

  /** Reading stopped on an exception: what was found so far is reported, then where it stopped. */
  private void fail(ProblemCode code, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && p != null) {
      at = p.currentLocation();
    }
    String pointer = null;
    String field = null;
    if (p != null) {
      TokenStreamContext context = p.streamReadContext();
      if (!lines || top.inHeader()) {
        pointer = context.inRoot() ? null : pointerOf(context);
      }
      if (records.stoppedOnName(context.currentName())
          && !String.valueOf(e.getOriginalMessage()).contains("comma to separate")) {
        // a malformed member name: the record is blamed, not the member before it (a missing
        // comma, though, is right after that member's value)
        pointer = records.recordPointer();
      } else if (records.inRecord()) {
        // The member being read: the record's current name, or the array's (pathogens) name.
        TokenStreamContext c =
            context.inArray() && context.getParent() != null ? context.getParent() : context;
        field = c.currentName();
      }
    }
    String id = records.stopped();
    out.report(
        Problem.of(code)
            .at(locator.at(at, pointer))
            .record(records.kind(), id)
            .field(field)
            .args(clean(e.getOriginalMessage()))
            .build());
  }

  private static String pointerOf(TokenStreamContext context) {
    try {
      return context.pathAsPointer().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Jackson's message without its configuration hints, on one line. */
  static String clean(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    return JACKSON_HINT.matcher(m).replaceAll("").replace("  ", " ").strip();
  }
}
