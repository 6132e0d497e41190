package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link PlainRecords} in front of FastCSV (and the recovering tokenizer behind both) delivers the
 * same records, cells and lines as FastCSV in front of the tokenizer, on any bytes.
 */
class PlainRecordsTest {
  @TempDir Path dir;

  /** Bytes, as pieces: mostly plain text, with quotes, line ends, non-ASCII and invalid bytes. */
  private static Gen<byte[]> texts() {
    Gen<String> piece =
        Generate.pick(
            List.of(
                "a", "bc", "12", " ", ",", ",", ";", "\n", "\n", "\r", "\r\n", "\"", "\"\"", "é",
                "\u0000", "\uFFFF"));
    Gen<byte[]> invalid = Generate.constant(new byte[] {(byte) 0xFF});
    Gen<byte[]> pieces = piece.map(s -> s.getBytes(StandardCharsets.UTF_8)).mix(invalid, 3);
    return lists()
        .of(pieces)
        .ofSizeBetween(0, 60)
        .map(
            list -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              list.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  @Test
  void readsWhatFastCsvReadsOnAnyBytes() {
    qt().withExamples(3000)
        .forAll(texts(), Generate.pick(List.of(',', ';')))
        .checkAssert(
            (bytes, separator) ->
                assertThat(records(bytes, separator, true))
                    .as("%s", new String(bytes, StandardCharsets.UTF_8))
                    .isEqualTo(records(bytes, separator, false)));
  }

  @Test
  void plainFilesOfManyBuffersAreReadWholeWithTheirLines() {
    qt().withExamples(30)
        .forAll(integers().between(1, 30_000), integers().between(0, 2))
        .checkAssert(
            (rows, ending) -> {
              String end = List.of("\n", "\r\n", "\r").get(ending);
              StringBuilder text = new StringBuilder("id,name").append(end);
              for (int r = 0; r < rows; r++) {
                text.append("x-").append(r).append(",n").append(r % 7).append(end);
                if (r % 1000 == 999) {
                  text.append(end); // an empty line
                }
              }
              byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
              Recorder plain = new Recorder();
              try {
                assertThat(PlainRecords.read(new ByteArrayInputStream(bytes), ',', plain)).isNull();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(plain.records).hasSize(rows + 1);
              assertThat(plain.records).isEqualTo(records(bytes, ',', false));
            });
  }

  @Test
  void aRecordTooLongForThePlainPathGoesToFastCsvAtItsLine() throws IOException {
    String longCell = "y".repeat(PlainRecords.MAX_RECORD + 10);
    byte[] bytes =
        ("id,name\nx,1\n\nz," + longCell + "\nw,2\n").getBytes(StandardCharsets.US_ASCII);
    Recorder plain = new Recorder();
    PlainRecords.Rest rest = PlainRecords.read(new ByteArrayInputStream(bytes), ',', plain);
    assertThat(rest).isNotNull();
    assertThat(rest.line()).isEqualTo(4);
    assertThat(plain.records).containsExactly("1:[id, name]", "2:[x, 1]");
    assertThat(records(bytes, ',', true)).isEqualTo(records(bytes, ',', false));
  }

  @Test
  void aQuoteAfterPlainRecordsHandsOverAtItsRecord() throws IOException {
    byte[] bytes = "id,name\r\nx,1\r\n\r\ny,\"a\nb\"\r\nz,3".getBytes(StandardCharsets.US_ASCII);
    Recorder plain = new Recorder();
    PlainRecords.Rest rest = PlainRecords.read(new ByteArrayInputStream(bytes), ',', plain);
    assertThat(rest.line()).isEqualTo(4);
    assertThat(new String(rest.bytes().readAllBytes(), StandardCharsets.US_ASCII))
        .isEqualTo("y,\"a\nb\"\r\nz,3");
    assertThat(records(bytes, ',', true))
        .containsExactly("1:[id, name]", "2:[x, 1]", "4:[y, a\nb]", "6:[z, 3]");
  }

  /** The records read by the whole chain, with the plain path in front or not. */
  private List<String> records(byte[] bytes, char separator, boolean plainFirst) {
    try {
      Path file = Files.createTempFile(dir, "f", ".csv");
      Files.write(file, bytes);
      Recorder sink = new Recorder();
      int resume;
      try (var in = Files.newInputStream(file)) {
        if (plainFirst) {
          PlainRecords.Rest rest = PlainRecords.read(in, separator, sink);
          resume =
              rest == null ? 0 : FastCsvSource.read(rest.bytes(), separator, sink, rest.line());
        } else {
          resume = FastCsvSource.read(in, separator, sink);
        }
      }
      if (resume > 0) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
          new ByteTokenizer(channel, separator, sink).run(resume);
        }
      }
      Files.delete(file);
      return sink.records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps each complete record as "line:[cells]" (a record begun again replaces its attempt). */
  private static final class Recorder implements CellSink {
    final List<String> records = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private int line;

    @Override
    public void beginRecord(int newLine) {
      line = newLine;
      cells.clear();
    }

    @Override
    public void cell(char[] buf, int offset, int length) {
      cells.add(new String(buf, offset, length));
    }

    @Override
    public void cell(String text) {
      cells.add(text);
    }

    @Override
    public void badCell(ProblemCode code, String shown, Object... args) {
      cells.add("!" + code.code() + ":" + shown);
    }

    @Override
    public void endRecord() {
      records.add(line + ":" + cells);
    }
  }
}
