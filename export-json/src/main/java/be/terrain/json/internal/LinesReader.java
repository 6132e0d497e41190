package be.terrain.json.internal;

import be.terrain.core.DatasetBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines on several threads with the result of a serial read ({@link
 * DatasetParser#read}): the same records, problems, lines and order.
 *
 * <p>How: the input is cut at line ends into chunks of about a megabyte, read in order on the
 * caller's thread. The first chunk (the header, the organisation and antennas) is parsed first; the
 * next ones are parsed on worker threads, each into a {@link RecordBatch} whose lines count from
 * the chunk's first line, a few chunks ahead; the caller replays the batches into the builder in
 * the order of the input, shifting their lines by the line breaks counted before (Jackson's count,
 * so that a lone CR counts as a serial read counts it). Every record, person or activity, reaches
 * the builder in the input's order through the same calls as in a serial read: only the parsing is
 * parallel.
 *
 * <p>A chunk is read as a serial read would read it only when it parses cleanly to its end: a chunk
 * that does not (malformed JSON, a record over several lines, over a limit, invalid UTF-8) is
 * thrown away with every chunk after it, and the input is read serially from that chunk's first
 * line on, with the parser's state of that point (the header's line), so that what is reported is
 * what a serial read reports. The same happens for a line longer than a chunk (it is never held
 * whole: the serial parser streams it) and for an input that is not UTF-8 (Jackson detects UTF-16
 * and UTF-32 from the first bytes; chunks are always read as UTF-8, behind a line of blanks that
 * keeps Jackson from detecting anything else and that the line numbers skip).
 */
public final class LinesReader {
  /** The size of a chunk, in bytes. */
  public static final int DEFAULT_CHUNK_SIZE = 1 << 20;

  private static final byte[] BLANK_LINE = {' ', ' ', ' ', '\n'};
  private static final int PREFIX = BLANK_LINE.length;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final JsonMapper mapper;
  private final DatasetBuilder builder;
  private final String file;
  private final int threads;
  private final Chunks chunks;
  private final RowRuns runs;

  private LinesReader(
      JsonMapper mapper,
      DatasetBuilder builder,
      InputStream in,
      String file,
      int threads,
      int chunkSize) {
    this.mapper = mapper;
    this.builder = builder;
    this.file = file;
    this.threads = threads;
    this.chunks = new Chunks(in, chunkSize);
    this.runs = new RowRuns(builder);
  }

  /**
   * Reads JSON Lines into the builder and sets its locator, as {@link DatasetParser#read} does.
   *
   * @param threads the number of parsing threads; 1 or less reads serially on the caller's thread
   * @param chunkSize the size of a chunk, in bytes (at least 16)
   */
  public static void read(
      JsonMapper mapper,
      DatasetBuilder builder,
      InputStream in,
      String file,
      int threads,
      int chunkSize) {
    if (chunkSize < 16) {
      throw new IllegalArgumentException("a chunk holds at least 16 bytes: " + chunkSize);
    }
    if (threads <= 1) {
      DatasetParser.read(mapper, builder, in, file, true);
      return;
    }
    LinesReader reader = new LinesReader(mapper, builder, in, file, threads, chunkSize);
    int headerLine;
    try {
      headerLine = reader.run();
    } finally {
      reader.runs.close();
    }
    builder.locator(Locators.lines(file, headerLine));
  }

  /** Reads; returns the header's line (0 when none). */
  private int run() {
    Piece first = chunks.next();
    if (first == null || first.last() || !utf8(first)) {
      // a small input, a long first line, or not UTF-8: serially
      return serial(pieces(first, List.of()), 0, 0);
    }
    DatasetParser.Chunk c0 =
        DatasetParser.readChunk(
            mapper, first.bytes(), first.from(), first.length(), false, file, 0);
    if (!c0.regular()) {
      return serial(pieces(first, List.of()), 0, 0);
    }
    c0.batch().replay(runs, 0);
    int headerLine = c0.headerLine();
    int lines = c0.lineBreaks();
    if (headerLine == 0) {
      return serial(chunks.rest(), lines + 1, 0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, LinesReader::thread);
    // Chunks in flight are few; their buffers and batches (megabytes each) are used again rather
    // than left to the garbage collector. Taken and given back on this thread only.
    Deque<RecordBatch> freeBatches = new ArrayDeque<>();
    try {
      Deque<Pending> inFlight = new ArrayDeque<>();
      boolean more = true;
      while (true) {
        while (more && inFlight.size() <= 2 * threads) {
          Piece piece = chunks.next();
          if (piece == null) {
            more = false;
            break;
          }
          System.arraycopy(BLANK_LINE, 0, piece.bytes(), piece.from() - PREFIX, PREFIX);
          int header = headerLine;
          RecordBatch reused = freeBatches.poll();
          RecordBatch batch = reused != null ? reused : new RecordBatch(piece.length() + PREFIX);
          inFlight.add(
              new Pending(
                  piece,
                  pool.submit(
                      () ->
                          DatasetParser.readChunk(
                              mapper,
                              piece.bytes(),
                              piece.from() - PREFIX,
                              piece.length() + PREFIX,
                              true,
                              file,
                              header,
                              batch))));
          more = !piece.last();
        }
        Pending head = inFlight.poll();
        if (head == null) {
          break;
        }
        DatasetParser.Chunk c = get(head.result());
        if (!c.regular()) {
          List<Piece> after = new ArrayList<>();
          for (Pending p : inFlight) {
            p.result().cancel(true);
            after.add(p.piece());
          }
          return serial(pieces(head.piece(), after), lines + 1, headerLine);
        }
        c.batch().replay(runs, lines);
        lines += c.lineBreaks();
        freeBatches.add(c.batch());
        chunks.recycle(head.piece().bytes());
      }
      if (chunks.blocked()) {
        return serial(chunks.rest(), lines + 1, headerLine);
      }
      return headerLine;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads the rest serially into the builder.
   *
   * @param rest the rest of the input
   * @param firstLine the rest's first line; 0 when the rest is the whole input
   */
  private int serial(InputStream rest, int firstLine, int headerLine) {
    runs.close();
    if (firstLine == 0) {
      return DatasetParser.readRest(mapper, builder, rest, file, 0, headerLine);
    }
    InputStream blank = new ByteArrayInputStream(BLANK_LINE);
    return DatasetParser.readRest(
        mapper, builder, new SequenceInputStream(blank, rest), file, firstLine - 2, headerLine);
  }

  /** The bytes of the pieces, then the rest of the input. */
  private InputStream pieces(Piece head, List<Piece> after) {
    List<InputStream> streams = new ArrayList<>();
    if (head != null) {
      streams.add(new ByteArrayInputStream(head.bytes(), head.from(), head.length()));
    }
    for (Piece p : after) {
      streams.add(new ByteArrayInputStream(p.bytes(), p.from(), p.length()));
    }
    streams.add(chunks.rest());
    return new SequenceInputStream(Collections.enumeration(streams));
  }

  /**
   * Whether Jackson reads the input as UTF-8: a UTF-8 byte order mark, or no zero byte and no
   * UTF-16 mark in the first four bytes.
   */
  private static boolean utf8(Piece first) {
    byte[] b = first.bytes();
    int i = first.from();
    if (first.length() < 4) {
      return false;
    }
    if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBB && (b[i + 2] & 0xFF) == 0xBF) {
      return true;
    }
    int b0 = b[i] & 0xFF;
    int b1 = b[i + 1] & 0xFF;
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return false;
    }
    return b[i] != 0 && b[i + 1] != 0 && b[i + 2] != 0 && b[i + 3] != 0;
  }

  private static DatasetParser.Chunk get(Future<DatasetParser.Chunk> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("reading JSON Lines was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("parsing a chunk of JSON Lines failed", cause);
    }
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "terrain-jsonl-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  private record Pending(Piece piece, Future<DatasetParser.Chunk> result) {}

  /**
   * Whole lines of the input: {@code [from, from + length)} of the bytes, with {@value #PREFIX}
   * free bytes before {@code from}.
   *
   * @param last whether the input ends with it
   */
  private record Piece(byte[] bytes, int from, int length, boolean last) {}

  /** Cuts the input into pieces at line ends. */
  private static final class Chunks {
    private final InputStream in;
    private final int size;
    private byte[] carry = new byte[0];
    private final Deque<byte[]> free = new ArrayDeque<>();
    private boolean eof;
    private boolean blocked;
    private IOException error;

    Chunks(InputStream in, int size) {
      this.in = in;
      this.size = size;
    }

    /**
     * The next piece; null at the end of the input, or when the input cannot be cut (a line longer
     * than a chunk, or reading failed): then {@link #blocked()}, and {@link #rest()} holds what is
     * left.
     */
    /** A piece's bytes, no longer used, for a later piece. */
    void recycle(byte[] bytes) {
      if (bytes.length == PREFIX + size) {
        free.add(bytes);
      }
    }

    Piece next() {
      if (blocked || (eof && carry.length == 0)) {
        return null;
      }
      byte[] reused = free.poll();
      byte[] buf = reused != null ? reused : new byte[PREFIX + size];
      System.arraycopy(carry, 0, buf, PREFIX, carry.length);
      int filled = PREFIX + carry.length;
      try {
        while (!eof && filled < buf.length) {
          int n = in.read(buf, filled, buf.length - filled);
          if (n < 0) {
            eof = true;
          } else {
            filled += n;
          }
        }
      } catch (IOException e) {
        error = e;
        blocked = true;
        carry = java.util.Arrays.copyOfRange(buf, PREFIX, filled);
        return null;
      }
      if (eof) {
        carry = new byte[0];
        return filled == PREFIX ? null : new Piece(buf, PREFIX, filled - PREFIX, true);
      }
      int nl = filled - 1;
      while (nl >= PREFIX && buf[nl] != '\n') {
        nl--;
      }
      if (nl < PREFIX) {
        blocked = true;
        carry = java.util.Arrays.copyOfRange(buf, PREFIX, filled);
        return null;
      }
      carry = java.util.Arrays.copyOfRange(buf, nl + 1, filled);
      return new Piece(buf, PREFIX, nl + 1 - PREFIX, false);
    }

    boolean blocked() {
      return blocked;
    }

    /** What is left of the input after the pieces returned. */
    InputStream rest() {
      InputStream tail = error == null ? in : new Failing(error);
      return new SequenceInputStream(new ByteArrayInputStream(carry), tail);
    }
  }

  /** An input whose reading fails as the original's did. */
  private static final class Failing extends InputStream {
    private final IOException error;

    Failing(IOException error) {
      this.error = error;
    }

    @Override
    public int read() throws IOException {
      throw error;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      throw error;
    }
  }
}
