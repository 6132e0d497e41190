package be.terrain.json;

import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.testing.ReferenceData;
import be.terrain.testing.SmallHeapRuns;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a hostile JSON document or JSON Lines file and reads it, in a JVM of its own ({@link
 * JsonMemoryBoundsTest} starts it at a small heap): prints what the read found, so that the test
 * compares the output. The file is written streaming, never held.
 *
 * <p>Cases: {@code string N} (data.json, a person's nationality of N characters), {@code
 * lines-string N} (the same in data.jsonl), {@code members N} (data.json, a person with N members
 * more, each named differently), {@code top N} (data.json, N members more at the top).
 */
public final class HostileJsonFile {
  private HostileJsonFile() {}

  private static final String HEAD =
      "{\"format\":\"terrain/1\",\"organisation\":{\"id\":\"e2w\",\"name\":\"E\"},"
          + "\"antennas\":[{\"id\":\"charleroi\",\"name\":\"C\",\"province\":\"BE-WHT\","
          + "\"kind\":\"SERVICE\"}],";
  private static final String PERSON = "\"id\":\"p-1\",\"role\":\"SEX_WORKER\",\"sex\":\"F\"";

  /** Arguments: the case, its size, the folder to write the file in. */
  public static void main(String[] args) throws IOException {
    String kind = args[0];
    long n = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]);
    Path file = dir.resolve(kind.startsWith("lines") ? "data.jsonl" : "data.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      switch (kind) {
        case "string" -> {
          write(out, HEAD + "\"persons\":[{" + PERSON + ",\"nationality\":\"");
          repeat(out, n);
          write(out, "\"}]}");
        }
        case "lines-string" -> {
          write(out, HEAD.substring(0, HEAD.length() - 1) + "}\n");
          write(out, "{\"type\":\"person\"," + PERSON + ",\"nationality\":\"");
          repeat(out, n);
          write(out, "\"}\n");
        }
        case "members" -> {
          write(out, HEAD + "\"persons\":[{" + PERSON);
          for (long i = 0; i < n; i++) {
            write(out, ",\"m" + i + "\":0");
          }
          write(out, "}]}");
        }
        case "top" -> {
          write(out, HEAD + "\"persons\":[{" + PERSON + "}]");
          for (long i = 0; i < n; i++) {
            write(out, ",\"m" + i + "\":0");
          }
          write(out, "}");
        }
        default -> throw new IllegalArgumentException(kind);
      }
    }
    ReadResult r = JsonDatasetReader.builder().today(ReferenceData.READ_ON).build().read(file);
    System.out.println(SmallHeapRuns.summary(r, RecordKind.PERSON));
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void repeat(OutputStream out, long n) throws IOException {
    byte[] block = new byte[1 << 16];
    java.util.Arrays.fill(block, (byte) 'x');
    for (long left = n; left > 0; left -= block.length) {
      out.write(block, 0, (int) Math.min(block.length, left));
    }
  }
}
