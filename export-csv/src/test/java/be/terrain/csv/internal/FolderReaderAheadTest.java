package be.terrain.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.Problem;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that refer to persons read while the persons are (parts opened ahead of them, issue
 * #13) give the same dataset and the same problems, with the same file, line, column, record and
 * field, in the same order, as the files read one after the other once the persons are in: random
 * persons (duplicate, invalid and long ids, bad cells, cells missing or one more) and random
 * references to them (known, unknown, invalid, empty) in contacts and profiles.
 */
class FolderReaderAheadTest {
  private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

  @TempDir Path dir;

  private static String id(Random r, int persons) {
    return switch (r.nextInt(14)) {
      case 0 -> "x-" + r.nextInt(5); // no such person
      case 1 -> "p " + r.nextInt(3); // invalid
      case 2 -> "p\u00e9" + r.nextInt(2); // invalid, not ASCII
      case 3 -> "";
      case 4 -> "'=p-" + r.nextInt(persons); // a formula prefix
      case 5 -> "a-person-id-long-enough-to-need-more-than-two-words-" + r.nextInt(3);
      default -> "p-" + r.nextInt(persons);
    };
  }

  private static String personRow(Random r, int p, int persons) {
    String id = r.nextInt(8) == 0 ? id(r, persons) : "p-" + p;
    String row =
        id
            + ","
            + (r.nextInt(10) == 0 ? "ROLE" : "SEX_WORKER")
            + ","
            + (r.nextBoolean() ? "F" : "X")
            + ","
            + (r.nextInt(10) == 0 ? "19x0" : "1990")
            + ",BE,2020-01-01";
    return switch (r.nextInt(20)) {
      case 0 -> id + ",SEX_WORKER";
      case 1 -> row + ",more";
      default -> row;
    };
  }

  private void folder(Random r) throws IOException {
    Files.writeString(dir.resolve("organisation.csv"), "id,name\ne2w,Entre 2 Wallonie\n");
    Files.writeString(
        dir.resolve("antennas.csv"),
        "id,name,province,kind\ncharleroi,Service Charleroi,BE-WHT,SERVICE\n");
    int persons = 1 + r.nextInt(r.nextBoolean() ? 10 : 200);
    StringBuilder p = new StringBuilder("id,role,sex,birth_year,nationality,first_contact\n");
    for (int i = 0; i < persons; i++) {
      p.append(personRow(r, i, persons)).append('\n');
    }
    Files.writeString(dir.resolve("persons.csv"), p);
    StringBuilder c = new StringBuilder("id,date,antenna_id,channel,person_id,count\n");
    for (int i = r.nextInt(300); i > 0; i--) {
      String person = id(r, persons);
      c.append("c-").append(i).append(",2020-01-02,charleroi,STREET,").append(person);
      c.append(person.isEmpty() ? ",3" : ",").append(r.nextInt(30) == 0 ? ",more\n" : "\n");
    }
    Files.writeString(dir.resolve("contacts.csv"), c);
    StringBuilder f = new StringBuilder("person_id,date,housing\n");
    for (int i = r.nextInt(100); i > 0; i--) {
      f.append(id(r, persons)).append(",2020-0").append(1 + r.nextInt(9)).append("-01,STABLE\n");
    }
    Files.writeString(dir.resolve("profiles.csv"), f);
  }

  private Dataset read(long parallelMinBytes) {
    DatasetBuilder b = Dataset.builder();
    new FolderReader(b, Optional.empty(), false, kind -> {}, parallelMinBytes).read(dir);
    return b.build();
  }

  @Test
  void theFilesReadWhileThePersonsAreGiveTheSameDatasetAndProblems() throws IOException {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "files read in parallel");
    Random r = new Random(13);
    for (int run = 0; run < 100; run++) {
      folder(r);
      Dataset ahead = read(0);
      Dataset after = read(Long.MAX_VALUE);
      List<Problem> expected = after.validateWithoutPlugins(TODAY).problems();
      assertThat(ahead.validateWithoutPlugins(TODAY).problems())
          .as("run %d", run)
          .containsExactlyElementsOf(expected);
      for (RecordKind kind : RecordKind.values()) {
        assertThat(ahead.size(kind)).as("run %d, %s", run, kind).isEqualTo(after.size(kind));
      }
      for (int i = 0; i < after.contacts().size(); i++) {
        assertThat(ahead.contacts().person(i))
            .as("run %d, contact %d", run, i)
            .isEqualTo(after.contacts().person(i));
      }
    }
  }
}
