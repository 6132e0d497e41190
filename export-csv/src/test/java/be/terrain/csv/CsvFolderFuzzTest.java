package be.terrain.csv;

import be.terrain.testing.ReadChecks;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    ReadChecks.check(READER.read(folder));
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
    for (int i = 0; i < parts.size() && i < FILES.size(); i++) {
      if (parts.get(i).length > 0) {
        CsvFolders.writeBytes(folder, FILES.get(i), parts.get(i));
      }
    }
    ReadChecks.check(READER.read(folder));
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
