package be.terrain.csv;

import static be.terrain.csv.CsvFolders.CONTACTS_HEADER;
import static be.terrain.csv.CsvFolders.CONTACT_1;

import be.terrain.core.ReadResult;
import be.terrain.core.RecordKind;
import be.terrain.testing.SmallHeapRuns;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV folder holding one hostile file and reads it, in a JVM of its own ({@link
 * CsvMemoryBoundsTest} starts it at a small heap): prints what the read found, one line each, so
 * that the test compares the output. The file is written streaming, never held.
 *
 * <p>Cases: {@code cell N} (contacts.csv, a cell of N characters), {@code header N} (persons.csv, a
 * header of N columns), {@code row N} (contacts.csv, a row of N cells more than its header, each
 * broken).
 */
public final class HostileCsvFolder {
  private HostileCsvFolder() {}

  private static final String PERSON_1 = "p-1,SEX_WORKER,F,1990,BE,2020-01-01\n";

  /** Arguments: the case, its size, the folder. */
  public static void main(String[] args) throws IOException {
    String kind = args[0];
    long n = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]);
    CsvFolders.base(dir);
    switch (kind) {
      case "cell" ->
          write(
              dir,
              "contacts.csv",
              CONTACTS_HEADER + "c-9,2020-01-02,charleroi,STREET,p-1,",
              "x",
              n,
              "\n" + CONTACT_1);
      case "header" ->
          write(
              dir,
              "persons.csv",
              "id,role,sex,birth_year,nationality,first_contact",
              ",x",
              n - 6,
              "\n" + PERSON_1);
      case "row" ->
          write(
              dir,
              "contacts.csv",
              CONTACTS_HEADER + "c-9,2020-01-02,charleroi,STREET,p-1,1",
              ",a\"",
              n,
              "\n" + CONTACT_1);
      default -> throw new IllegalArgumentException(kind);
    }
    ReadResult r = CsvFolders.reader().read(dir);
    System.out.println(SmallHeapRuns.summary(r, RecordKind.PERSON, RecordKind.CONTACT));
  }

  /** Writes {@code head}, {@code unit} {@code n} times, then {@code tail}. */
  private static void write(Path dir, String file, String head, String unit, long n, String tail)
      throws IOException {
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[u.length * 8192];
    for (int i = 0; i < block.length; i++) {
      block[i] = u[i % u.length];
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (long left = n; left > 0; left -= 8192) {
        out.write(block, 0, (int) Math.min(8192, left) * u.length);
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
  }
}
