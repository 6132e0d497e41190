package be.terrain.csv;

import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.testing.ReadChecks;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the CSV folder reader (issue #17): whatever the bytes, it returns problems or a dataset,
 * never throws, and every problem names its file and line ({@link ReadChecks}). Without {@code
 * JAZZER_FUZZ} (every {@code verify}) each test runs on its corpus in {@code
 * CsvFolderFuzzTestInputs/<test>/} (seeds and every crash found); {@code ./mvnw -Pfuzz -pl
 * export-csv -am verify -Dtest=CsvFolderFuzzTest#oneFile} fuzzes one (docs/testing.md).
 */
class CsvFolderFuzzTest {
  /** Every file name the exchange format knows, in the order {@link #wholeFolder} fills them. */
  static final List<String> FILES =
      List.of(
          "organisation.csv",
          "antennas.csv",
          "persons.csv",
          "profiles.csv",
          "contacts.csv",
          "accompaniments.csv",
          "health.csv",
          "distributions.csv");

  /**
   * Separates the files of {@link #wholeFolder}'s input (never valid UTF-8, so no cell holds it).
   */
  static final byte FILE_SEPARATOR = (byte) 0xFF;

  private static final CsvDatasetReader READER = CsvFolders.reader();
  private static Path folder;

  /**
   * The file the last {@link #oneFile} input replaced in the valid folder, or null when the folder
   * is not that valid folder (at the start, or after {@link #wholeFolder}): only that file is put
   * back before the next input, instead of the whole folder (a fuzzer runs millions of inputs).
   */
  private static String replaced;

  /**
   * A folder in memory where there is one ({@code /dev/shm}): on a disk, writing the files took
   * half of each input's time (ext4 flushes a file truncated and written again).
   */
  @BeforeAll
  static void makeFolder() throws IOException {
    Path shm = Path.of("/dev/shm");
    folder =
        Files.isDirectory(shm) && Files.isWritable(shm)
            ? Files.createTempDirectory(shm, "terrain-csv-fuzz")
            : Files.createTempDirectory("terrain-csv-fuzz");
  }

  @AfterAll
  static void removeFolder() throws IOException {
    clear();
    Files.deleteIfExists(folder);
  }

  /**
   * One file of a valid folder replaced: the first byte picks the file ({@link #FILES}, modulo
   * their count), the others are its bytes.
   */
  @FuzzTest
  void oneFile(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    putBack();
    String file = FILES.get(Byte.toUnsignedInt(input[0]) % FILES.size());
    replaced = file;
    Files.deleteIfExists(folder.resolve(file)); // written anew, not truncated (see makeFolder)
    byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
    CsvFolders.writeBytes(folder, file, bytes);
    Set<String> headerless = new HashSet<>();
    if (headerless(bytes)) {
      headerless.add(file);
    }
    ReadChecks.check(READER.read(folder), missingColumnOf(headerless));
  }

  /** Makes the folder the valid one again: the file replaced last, else all of it. */
  private static void putBack() throws IOException {
    if (replaced == null) {
      clear();
      CsvFolders.base(folder);
    } else {
      Files.deleteIfExists(folder.resolve(replaced));
      if (CsvFolders.BASE.containsKey(replaced)) {
        CsvFolders.write(folder, replaced, CsvFolders.BASE.get(replaced));
      }
    }
  }

  /**
   * A whole folder: the input is the files of {@link #FILES} in that order, separated by a byte
   * 0xFF; an empty part (or one past the input's end) is a file left out.
   */
  @FuzzTest
  void wholeFolder(byte[] input) throws IOException {
    replaced = null;
    clear();
    List<byte[]> parts = split(input);
    Set<String> headerless = new HashSet<>();
    for (int i = 0; i < parts.size() && i < FILES.size(); i++) {
      if (parts.get(i).length > 0) {
        CsvFolders.writeBytes(folder, FILES.get(i), parts.get(i));
        if (headerless(parts.get(i))) {
          headerless.add(FILES.get(i));
        }
      }
    }
    ReadChecks.check(READER.read(folder), missingColumnOf(headerless));
  }

  /**
   * Whether a file has no header at all: nothing but a byte order mark and line ends. Such a file
   * lacks every required column, and those problems name the file alone, as for an empty file
   * ({@code CsvMalformedInputTest.anEmptyFileLacksEveryRequiredColumn}): it has no line to name
   * (the first finding of the 2026-12-07 afternoon run, a {@code profiles.csv} of a BOM alone).
   */
  static boolean headerless(byte[] bytes) {
    int i =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    for (; i < bytes.length; i++) {
      if (bytes[i] != '\r' && bytes[i] != '\n') {
        return false;
      }
    }
    return true;
  }

  /** A missing column (TER-0204) of one of these files, which may name the file alone. */
  private static Predicate<Problem> missingColumnOf(Set<String> files) {
    return p ->
        p.code().equals(ProblemCodes.MISSING_FIELD)
            && p.location().file().map(files::contains).orElse(false);
  }

  static List<byte[]> split(byte[] input) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == FILE_SEPARATOR) {
        parts.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    return parts;
  }

  private static void clear() throws IOException {
    for (String file : FILES) {
      Files.deleteIfExists(folder.resolve(file));
    }
  }
}
