package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Small CSV folders for tests, and reading them through both of the reader's paths. */
final class CsvFolders {
  private CsvFolders() {}

  static final String ORGANISATION = "id,name\ne2w,Entre 2 Wallonie\n";
  static final String ANTENNAS =
      "id,name,province,kind\ncharleroi,Service Charleroi,BE-WHT,SERVICE\n";
  static final String PERSONS =
      "id,role,sex,birth_year,nationality,first_contact\np-1,SEX_WORKER,F,1990,BE,2020-01-01\n";
  static final String CONTACTS_HEADER = "id,date,antenna_id,channel,person_id,count\n";
  static final String CONTACT_1 = "c-1,2020-01-02,charleroi,STREET,p-1,\n";

  /** The files of {@link #base}, by name. */
  static final Map<String, String> BASE =
      Map.of(
          "organisation.csv",
          ORGANISATION,
          "antennas.csv",
          ANTENNAS,
          "persons.csv",
          PERSONS,
          "contacts.csv",
          CONTACTS_HEADER + CONTACT_1);

  /** A valid folder: organisation, one antenna, one person, one contact. */
  static Path base(Path dir) {
    BASE.forEach((file, text) -> write(dir, file, text));
    return dir;
  }

  static Path write(Path dir, String file, String text) {
    return writeBytes(dir, file, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String file, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      return Files.write(dir.resolve(file), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes of a text with some raw bytes in the middle. */
  static byte[] bytes(String before, int[] raw, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + raw.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    for (int i = 0; i < raw.length; i++) {
      out[a.length + i] = (byte) raw[i];
    }
    System.arraycopy(c, 0, out, a.length + raw.length, c.length);
    return out;
  }

  static CsvDatasetReader reader() {
    return CsvDatasetReader.builder().today(ReferenceData.READ_ON).build();
  }

  /**
   * Reads a folder through FastCSV (the normal path) and through the recovering tokenizer alone,
   * checks that both give the same problems and the same dataset, and returns the first.
   */
  static ReadResult read(Path dir) {
    ReadResult fast = reader().read(dir);
    ReadResult slow =
        CsvDatasetReader.builder()
            .today(ReferenceData.READ_ON)
            .recoveringTokenizerOnly(true)
            .build()
            .read(dir);
    assertThat(slow.validation().problems())
        .as("the recovering tokenizer finds what the FastCSV path finds")
        .containsExactlyElementsOf(fast.validation().problems());
    assertThat(sizes(slow)).isEqualTo(sizes(fast));
    return fast;
  }

  private static List<Integer> sizes(ReadResult r) {
    return java.util.Arrays.stream(be.terrain.core.RecordKind.values())
        .map(k -> r.dataset().size(k))
        .toList();
  }

  /** Asserts a problem's code and where it is. */
  static void assertAt(
      Problem p,
      String code,
      String file,
      Integer line,
      Integer column,
      String recordId,
      String field) {
    assertThat(p.code().code()).as("code of %s", p).isEqualTo(code);
    assertThat(p.location().file()).as("file of %s", p).contains(file);
    assertThat(p.location().line())
        .as("line of %s", p)
        .isEqualTo(line == null ? OptionalInt.empty() : OptionalInt.of(line));
    assertThat(p.location().column())
        .as("column of %s", p)
        .isEqualTo(column == null ? OptionalInt.empty() : OptionalInt.of(column));
    assertThat(p.recordId().orElse(null)).as("record id of %s", p).isEqualTo(recordId);
    assertThat(p.field().orElse(null)).as("field of %s", p).isEqualTo(field);
  }

  /** The only problem of a result. */
  static Problem only(ReadResult r) {
    assertThat(r.validation().problems()).hasSize(1);
    return r.validation().problems().get(0);
  }
}
