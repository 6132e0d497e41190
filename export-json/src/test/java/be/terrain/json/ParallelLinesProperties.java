package be.terrain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.json.internal.DatasetParser;
import be.terrain.json.internal.LinesReader;
import be.terrain.json.internal.Mappers;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading JSON Lines in parallel chunks gives what a serial read gives: the same dataset and the
 * same problems, in the same order, with the same lines, whatever the chunk size and whatever the
 * input holds (invalid values, records out of order, persons after activities, malformed lines).
 */
class ParallelLinesProperties {
  private static final JsonMapper MAPPER = Mappers.forLines(JsonLimits.defaults());

  private static Gen<Dataset> datasets() {
    return JsonGenerators.datasets();
  }

  private static ReadResult serial(byte[] bytes) {
    DatasetBuilder b = Dataset.builder();
    DatasetParser.read(MAPPER, b, new ByteArrayInputStream(bytes), "d.jsonl", true);
    return ReadResult.of(b.build(), ReferenceData.READ_ON);
  }

  private static ReadResult parallel(InputStream in, int threads, int chunk) {
    DatasetBuilder b = Dataset.builder();
    LinesReader.read(MAPPER, b, in, "d.jsonl", threads, chunk);
    return ReadResult.of(b.build(), ReferenceData.READ_ON);
  }

  private static ReadResult parallel(byte[] bytes, int threads, int chunk) {
    return parallel(new ByteArrayInputStream(bytes), threads, chunk);
  }

  private static void assertSame(ReadResult parallel, ReadResult serial) {
    assertThat(parallel.validation().problems())
        .containsExactlyElementsOf(serial.validation().problems());
    if (serial.isValid()) {
      assertThat(parallel.dataset()).isEqualTo(serial.dataset());
    }
    assertThat(rows(parallel.dataset())).isEqualTo(rows(serial.dataset()));
  }

  /**
   * Every row of a dataset that may have problems: the typed record, or the message of the
   * exception its view throws (a row with a field that could not be read).
   */
  private static List<Object> rows(Dataset d) {
    List<Object> rows = new ArrayList<>();
    rows.add(attempt(d::organisation));
    rows.add(d.antennas());
    for (List<?> table :
        List.<List<?>>of(
            d.persons(),
            d.profiles(),
            d.contacts(),
            d.accompaniments(),
            d.health(),
            d.distributions())) {
      rows.add(table.size());
      for (int i = 0; i < table.size(); i++) {
        int row = i;
        rows.add(attempt(() -> table.get(row)));
      }
    }
    for (int r = 0; r < d.contacts().size(); r++) {
      rows.add(d.contacts().person(r));
      rows.add(d.contacts().antenna(r));
    }
    return rows;
  }

  private static Object attempt(java.util.function.Supplier<Object> view) {
    try {
      return view.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Edits of the lines after the header: each int picks an edit and a line. */
  static String edit(String text, List<Integer> edits) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int e : edits) {
      int at = 1 + (e / 16) % Math.max(1, lines.size() - 1);
      if (at >= lines.size()) {
        continue;
      }
      String line = lines.get(at);
      switch (e % 16) {
        case 0 ->
            lines.set(at, line.replaceFirst("\"date\":\"[^\"]*\"", "\"date\":\"2020-02-30\""));
        case 1 -> lines.set(at, line.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":12"));
        case 2 -> lines.set(at, line.replaceFirst("\\{", "{\"zzz\":[1,{}],"));
        case 3 ->
            lines.set(at, line.replaceFirst("\"type\":\"([a-z]*)\",(.*)}$", "$2,\"type\":\"$1\"}"));
        case 4 -> lines.set(at, line.replaceFirst("\"type\":\"[a-z]*\"", "\"type\":\"contakt\""));
        case 5 -> {
          // a person (or any record) moved to the end: after the activities that refer to it
          lines.remove(at);
          lines.add(lines.size() - 1, line);
        }
        case 6 -> lines.add(at, "");
        case 7 -> lines.set(at, line.replaceFirst(",", ",\n"));
        case 8 -> lines.set(at, "{\"type\":");
        case 9 -> lines.set(at, "[1,2]");
        case 10 -> lines.add(at, line);
        case 11 -> lines.set(at, line.replaceFirst("\"count\":\\d+", "\"count\":\"3\""));
        case 12 -> lines.set(at, line + " {\"type\":\"person\"}");
        case 13 ->
            lines.set(
                at, line.replaceFirst("\"person_id\":\"[^\"]*\"", "\"person_id\":\"nobody\""));
        case 14 ->
            lines.set(at, line.replace("\",\"", "\" , \"").replace("\"type\"", "\"type\"\t"));
        default ->
            lines.set(at, line.replaceFirst("\"nationality\":\"[A-Z]*\"", "\"nationality\":null"));
      }
    }
    return String.join("\n", lines);
  }

  /** A chunk size and a thread count. */
  private record Split(int chunk, int threads) {}

  @Test
  void chunksReadAsASerialReadDoes() {
    qt().withExamples(300)
        .forAll(
            datasets(),
            lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 8),
            integers().between(16, 600).zip(integers().between(2, 4), Split::new),
            booleans().all())
        .checkAssert((d, edits, split, crlf) -> chunksReadAsASerialReadDoes(d, edits, split, crlf));
  }

  private static void chunksReadAsASerialReadDoes(
      Dataset d, List<Integer> edits, Split split, boolean crlf) {
    int chunk = split.chunk();
    int threads = split.threads();
    String text =
        edit(new String(JsonDatasetWriter.lines().toBytes(d), StandardCharsets.UTF_8), edits);
    if (crlf) {
      text = text.replace("\n", "\r\n");
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertSame(parallel(bytes, threads, chunk), serial(bytes));
  }

  @Test
  void validDatasetsSurviveTinyChunks() {
    qt().withExamples(100)
        .forAll(datasets(), integers().between(16, 200))
        .checkAssert(
            (d, chunk) -> {
              ReadResult read = parallel(JsonDatasetWriter.lines().toBytes(d), 2, chunk);

              assertThat(read.validation().problems()).isEmpty();
              assertThat(read.dataset()).isEqualTo(d);
            });
  }

  @Test
  void everyKindSpansSeveralChunksOfTheReference() {
    Dataset reference = MiniCsv.reference();
    byte[] bytes = JsonDatasetWriter.lines().toBytes(reference);
    // the smallest kind of the reference has a few records of 100 bytes: 64-byte chunks cut all
    for (RecordKind kind : RecordKind.values()) {
      if (kind != RecordKind.ORGANISATION && kind != RecordKind.ANTENNA) {
        assertThat(reference.size(kind)).as(kind.collection()).isGreaterThan(1);
      }
    }

    ReadResult read = parallel(bytes, 2, 64);

    assertThat(read.validation().problems()).isEmpty();
    assertThat(read.dataset()).isEqualTo(reference);
  }

  @Test
  void duplicateIdsInDifferentChunksAreReportedAsInASerialRead() {
    String text =
        new String(JsonDatasetWriter.lines().toBytes(MiniCsv.reference()), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
    String contact =
        lines.stream().filter(l -> l.contains("\"type\":\"contact\"")).findFirst().orElseThrow();
    lines.add(lines.size() - 1, contact);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

    ReadResult serial = serial(bytes);
    ReadResult parallel = parallel(bytes, 2, 100);

    assertThat(serial.validation().problems())
        .extracting(Problem::code)
        .contains(ProblemCodes.DUPLICATE_ID);
    assertSame(parallel, serial);
  }

  @Test
  void aMalformedLineLateInTheInputStopsTheReadingThereAsSerially() {
    String text =
        new String(JsonDatasetWriter.lines().toBytes(MiniCsv.reference()), StandardCharsets.UTF_8);
    int late = text.length() * 3 / 4;
    int lineStart = text.indexOf('\n', late) + 1;
    byte[] bytes =
        (text.substring(0, lineStart) + "{\"type\":\"contact\",,}\n" + text.substring(lineStart))
            .getBytes(StandardCharsets.UTF_8);

    ReadResult serial = serial(bytes);

    assertThat(serial.validation().problems())
        .extracting(Problem::code)
        .contains(ProblemCodes.MALFORMED_JSON);
    assertSame(parallel(bytes, 2, 128), serial);
  }

  @Test
  void aLineLongerThanAChunkIsReadSerially() {
    String text =
        new String(JsonDatasetWriter.lines().toBytes(MiniCsv.reference()), StandardCharsets.UTF_8);
    int lineStart = text.indexOf('\n', text.length() / 2) + 1;
    String longLine = "{\"type\":\"person\",\"id\":\"" + "x".repeat(5000) + "\"}\n";
    byte[] bytes =
        (text.substring(0, lineStart) + longLine + text.substring(lineStart))
            .getBytes(StandardCharsets.UTF_8);

    assertSame(parallel(bytes, 2, 1024), serial(bytes));
  }

  @Test
  void utf16IsReadAsSerially() {
    byte[] bytes =
        new String(JsonDatasetWriter.lines().toBytes(MiniCsv.reference()), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_16BE);

    ReadResult serial = serial(bytes);

    assertThat(serial.validation().problems()).isEmpty();
    assertSame(parallel(bytes, 2, 256), serial);
  }

  @Test
  void aByteOrderMarkAndAStrayOneAreReadAsSerially() {
    byte[] text = JsonDatasetWriter.lines().toBytes(MiniCsv.reference());
    String s = "\uFEFF" + new String(text, StandardCharsets.UTF_8);
    int lineStart = s.indexOf('\n', s.length() / 2) + 1;
    byte[] withBom = s.getBytes(StandardCharsets.UTF_8);
    byte[] stray =
        (s.substring(0, lineStart) + "\uFEFF" + s.substring(lineStart))
            .getBytes(StandardCharsets.UTF_8);

    assertThat(serial(withBom).validation().problems()).isEmpty();
    assertSame(parallel(withBom, 2, 200), serial(withBom));
    assertSame(parallel(stray, 2, 200), serial(stray));
  }

  @Test
  void aFailingStreamIsReportedAsSerially() {
    byte[] bytes = JsonDatasetWriter.lines().toBytes(MiniCsv.reference());
    int cut = bytes.length / 2;

    ReadResult serial;
    {
      DatasetBuilder b = Dataset.builder();
      DatasetParser.read(MAPPER, b, failingAfter(bytes, cut), "d.jsonl", true);
      serial = ReadResult.of(b.build(), ReferenceData.READ_ON);
    }

    assertThat(serial.validation().problems())
        .extracting(Problem::code)
        .contains(ProblemCodes.UNREADABLE);
    assertSame(parallel(failingAfter(bytes, cut), 2, 300), serial);
  }

  @Test
  void thePublicReaderReadsALargeFileOnSeveralThreadsAsOnOne() {
    // more than one default chunk, so that the public reader reads in parallel
    StringBuilder text =
        new StringBuilder(
            new String(
                JsonDatasetWriter.lines().toBytes(MiniCsv.reference()), StandardCharsets.UTF_8));
    String contact =
        "{\"type\":\"contact\",\"id\":\"k%07d\",\"date\":\"2020-03-0%d\",\"antenna_id\":\"nowhere\",\"channel\":\"STREET\",\"count\":%d}\n";
    for (int i = 0; text.length() < 3 * LinesReader.DEFAULT_CHUNK_SIZE; i++) {
      text.append(String.format(contact, i, 1 + i % 9, i % 3));
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    JsonDatasetReader.Builder builder = JsonDatasetReader.builder().today(ReferenceData.READ_ON);

    ReadResult one =
        builder.threads(1).build().read(new ByteArrayInputStream(bytes), "big.jsonl", true);
    ReadResult two =
        builder.threads(2).build().read(new ByteArrayInputStream(bytes), "big.jsonl", true);

    assertThat(one.validation().problems()).hasSizeGreaterThan(1000);
    assertSame(two, one);
  }

  private static InputStream failingAfter(byte[] bytes, int cut) {
    return new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at >= cut) {
          throw new IOException("the disk went away");
        }
        return bytes[at++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at >= cut) {
          throw new IOException("the disk went away");
        }
        int n = Math.min(len, cut - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
      }
    };
  }
}
