package be.terrain.csv;

import static be.terrain.csv.CsvFolders.CONTACTS_HEADER;
import static be.terrain.csv.CsvFolders.CONTACT_1;
import static be.terrain.csv.CsvFolders.assertAt;
import static be.terrain.csv.CsvFolders.base;
import static be.terrain.csv.CsvFolders.only;
import static be.terrain.csv.CsvFolders.read;
import static be.terrain.csv.CsvFolders.write;
import static be.terrain.csv.CsvFolders.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Problem;
import be.terrain.core.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of malformed input: each is a problem with its code and location. */
class CsvMalformedInputTest {
  @TempDir Path dir;

  private ReadResult contacts(String rows) {
    base(dir);
    write(dir, "contacts.csv", CONTACTS_HEADER + CONTACT_1 + rows);
    return read(dir);
  }

  private static List<Problem> problems(ReadResult r) {
    return r.validation().problems();
  }

  @Nested
  @DisplayName("broken quoting is a problem on the cell, and reading goes on")
  class BrokenQuoting {
    @Test
    void aQuoteInsideAnUnquotedCell() {
      ReadResult r =
          contacts(
              "c-2,2020-01-03,charleroi,STR\"EET,,\n"
                  + "c-3,2020-01-04,charleroi,NOT_A_CHANNEL,,\n");
      assertThat(problems(r)).hasSize(2);
      assertAt(problems(r).get(0), "TER-0207", "contacts.csv", 3, 4, "c-2", "channel");
      assertThat(problems(r).get(0).value()).contains("STR\"EET");
      assertAt(problems(r).get(1), "TER-0103", "contacts.csv", 4, 4, "c-3", "channel");
      assertThat(r.dataset().contacts()).hasSize(3);
    }

    @Test
    void aStrayQuoteFarIntoAFileWithoutOtherQuotesIsFoundToo() {
      // the first quote of the file comes after many buffers of cells read without looking for one
      base(dir);
      StringBuilder rows = new StringBuilder(CONTACTS_HEADER);
      for (int i = 1; i <= 20_000; i++) {
        rows.append("c-").append(i).append(",2020-01-02,charleroi,STREET,,3\n");
      }
      rows.append("c-x,2020-01-02,charleroi,STREET,,3\"\n");
      rows.append("c-y,2020-01-02,char\"leroi,STREET,,3\n");
      write(dir, "contacts.csv", rows.toString());
      ReadResult r = read(dir);
      assertThat(problems(r)).hasSize(2);
      assertAt(problems(r).get(0), "TER-0207", "contacts.csv", 20_002, 6, "c-x", "count");
      assertAt(problems(r).get(1), "TER-0207", "contacts.csv", 20_003, 3, "c-y", "antenna_id");
      assertThat(r.dataset().contacts()).hasSize(20_002);
    }

    @Test
    void textAfterAClosingQuote() {
      ReadResult r =
          contacts(
              "c-2,\"2020-01-03\"x,charleroi,STREET,,\n"
                  + "c-3,2020-01-04,charleroi,NOT_A_CHANNEL,,\n"
                  + "c-4,2020-01-05,charleroi,STREET,,\n");
      assertThat(problems(r)).hasSize(2);
      assertAt(problems(r).get(0), "TER-0207", "contacts.csv", 3, 2, "c-2", "date");
      assertAt(problems(r).get(1), "TER-0103", "contacts.csv", 4, 4, "c-3", "channel");
      assertThat(r.dataset().size(be.terrain.core.RecordKind.CONTACT)).isEqualTo(4);
    }

    @Test
    void anUnterminatedQuote() {
      ReadResult r =
          contacts(
              "c-2,2020-01-03,charleroi,\"STREET,,\n"
                  + "c-3,2020-01-04,charleroi,NOT_A_CHANNEL,,\n"
                  + "c-4,2020-01-05,charleroi,STREET,,\n");
      assertThat(problems(r)).hasSize(2);
      assertAt(problems(r).get(0), "TER-0207", "contacts.csv", 3, 4, "c-2", "channel");
      assertAt(problems(r).get(1), "TER-0103", "contacts.csv", 4, 4, "c-3", "channel");
      assertThat(r.dataset().size(be.terrain.core.RecordKind.CONTACT)).isEqualTo(4);
    }

    @Test
    void inTheHeader() {
      base(dir);
      write(dir, "contacts.csv", "id,date,antenna_id,channel,person_id,co\"unt\n" + CONTACT_1);
      ReadResult r = read(dir);
      Problem p = only(r);
      assertAt(p, "TER-0207", "contacts.csv", 1, 6, null, null);
    }

    @Test
    void aQuotedCellOverSeveralLinesIsNotBrokenAndLinesStillCount() {
      base(dir);
      write(
          dir,
          "antennas.csv",
          "id,name,province,kind\n"
              + "charleroi,\"Service\nCharleroi\",BE-WHT,SERVICE\n"
              + "\n"
              + "lln,\"Louvain\r\nla \"\"Neuve\"\"\",BE-WBR,NOT_A_KIND\n");
      ReadResult r = read(dir);
      assertAt(only(r), "TER-0103", "antennas.csv", 5, 4, "lln", "kind");
      assertThat(r.dataset().antennas().get(0).name()).isEqualTo("Service\nCharleroi");
      assertThat(r.dataset().antennas().get(1).name()).isEqualTo("Louvain\r\nla \"Neuve\"");
    }
  }

  @Nested
  @DisplayName("invalid UTF-8 is a problem on the cell")
  class Encoding {
    @Test
    void aBadByteInAName() {
      base(dir);
      writeBytes(
          dir,
          "antennas.csv",
          CsvFolders.bytes(
              "id,name,province,kind\ncharleroi,Service ",
              new int[] {0xC3, 0x28},
              "x,BE-WHT,SERVICE\n"));
      ReadResult r = read(dir);
      Problem p = only(r);
      assertAt(p, "TER-0208", "antennas.csv", 2, 2, "charleroi", "name");
      assertThat(p.value().orElseThrow()).startsWith("Service ");
      assertThat(r.dataset().antennas()).hasSize(1);
    }

    @Test
    void aBadByteFarIntoALargeFileIsLocatedOnItsLine() {
      base(dir);
      StringBuilder rows = new StringBuilder(CONTACTS_HEADER);
      for (int i = 1; i <= 5000; i++) {
        rows.append("c-").append(i).append(",2020-01-02,charleroi,STREET,,3\n");
      }
      byte[] file =
          CsvFolders.bytes(
              rows.toString(),
              new int[] {
                'c', '-', 'x', ',', '2', '0', '2', '0', '-', '0', '1', '-', '0', '2', ',', 0xFF
              },
              "charleroi,STREET,,\nc-y,2020-01-02,charleroi,HOME,,\n");
      writeBytes(dir, "contacts.csv", file);
      ReadResult r = read(dir);
      assertThat(problems(r)).hasSize(2);
      assertAt(problems(r).get(0), "TER-0208", "contacts.csv", 5002, 3, "c-x", "antenna_id");
      assertAt(problems(r).get(1), "TER-0103", "contacts.csv", 5003, 4, "c-y", "channel");
      assertThat(r.dataset().contacts().size()).isEqualTo(5002);
    }
  }

  @Nested
  @DisplayName("a value that breaks its field's rule")
  class Values {
    @Test
    void aDateThatIsNotInTheCalendar() {
      Problem p = only(contacts("c-2,2020-02-30,charleroi,STREET,,\n"));
      assertAt(p, "TER-0104", "contacts.csv", 3, 2, "c-2", "date");
      assertThat(p.value()).contains("2020-02-30");
    }

    @Test
    void textWhereANumberIsExpected() {
      Problem p = only(contacts("c-2,2020-01-03,charleroi,STREET,,abc\n"));
      assertAt(p, "TER-0105", "contacts.csv", 3, 6, "c-2", "count");
      assertThat(p.value()).contains("abc");
    }

    @Test
    void aMissingRequiredCell() {
      assertAt(
          only(contacts("c-2,2020-01-03,charleroi,,,\n")),
          "TER-0101",
          "contacts.csv",
          3,
          4,
          "c-2",
          "channel");
    }

    @Test
    void anUnknownCodeAndNoTrimming() {
      Problem p = only(contacts("c-2,2020-01-03,charleroi, STREET,,\n"));
      assertAt(p, "TER-0103", "contacts.csv", 3, 4, "c-2", "channel");
      assertThat(p.value()).contains(" STREET");
    }

    @Test
    void aReferenceToAMissingPersonIsLocatedAtThePersonIdColumn() {
      base(dir);
      write(
          dir,
          "contacts.csv",
          "person_id,id,channel,date,antenna_id\np-1,c-1,STREET,2020-01-02,charleroi\n"
              + "p-9,c-2,STREET,2020-01-03,charleroi\n");
      assertAt(only(read(dir)), "TER-0302", "contacts.csv", 3, 1, "c-2", "person_id");
    }

    @Test
    void aCellLongerThanTheSafetyLimit() {
      base(dir);
      write(
          dir,
          "antennas.csv",
          "id,name,province,kind\ncharleroi,\"" + "x".repeat(1_100_000) + "\",BE-WHT,SERVICE\n");
      Problem p = only(read(dir));
      assertAt(p, "TER-0212", "antennas.csv", 2, 2, "charleroi", "name");
    }
  }

  @Nested
  @DisplayName("a header that does not fit the file's kind")
  class Header {
    @Test
    void anUnknownColumn() {
      base(dir);
      write(
          dir,
          "persons.csv",
          "id,role,sex,birth_year,nationality,first_contact,name\n"
              + "p-1,SEX_WORKER,F,1990,BE,2020-01-01,Maria\n");
      ReadResult r = read(dir);
      assertAt(only(r), "TER-0203", "persons.csv", 1, 7, null, "name");
      assertThat(r.dataset().persons().get(0).id()).isEqualTo("p-1");
    }

    @Test
    void aMissingRequiredColumnIsOneProblemForTheFile() {
      base(dir);
      write(
          dir,
          "contacts.csv",
          "id,date,antenna_id,person_id\n"
              + "c-1,2020-01-02,charleroi,p-1\n"
              + "c-2,2020-01-03,charleroi,\n"
              + "c-3,2020-01-04,charleroi,\n");
      ReadResult r = read(dir);
      assertAt(only(r), "TER-0204", "contacts.csv", 1, null, null, "channel");
      assertThat(r.dataset().contacts().size()).isEqualTo(3);
    }

    @Test
    void optionalAndKindSpecificColumnsMayBeLeftOut() {
      base(dir);
      write(dir, "contacts.csv", "id,date,antenna_id,channel\nc-1,2020-01-02,charleroi,STREET\n");
      write(
          dir,
          "health.csv",
          "id,date,antenna_id,kind,reason\nh-1,2020-01-02,charleroi,MEDICAL_CONSULTATION,INFECTION\n");
      ReadResult r = read(dir);
      assertThat(problems(r)).isEmpty();
      assertThat(r.dataset().contacts().get(0).count()).isEqualTo(1);
    }

    @Test
    void aColumnNamedTwice() {
      base(dir);
      write(
          dir,
          "contacts.csv",
          "id,date,antenna_id,channel,date,person_id,count\nc-1,2020-01-02,charleroi,STREET,2020-01-05,p-1,\n");
      ReadResult r = read(dir);
      assertAt(only(r), "TER-0205", "contacts.csv", 1, 5, null, "date");
      assertThat(r.dataset().contacts().get(0).date()).hasToString("2020-01-02");
    }

    @Test
    void anEmptyFileLacksEveryRequiredColumn() {
      base(dir);
      write(dir, "persons.csv", "");
      write(dir, "contacts.csv", CONTACTS_HEADER);
      List<Problem> ps = problems(read(dir));
      assertThat(ps).hasSize(2);
      assertAt(ps.get(0), "TER-0204", "persons.csv", 1, null, null, "id");
      assertAt(ps.get(1), "TER-0204", "persons.csv", 1, null, null, "role");
    }
  }

  @Nested
  @DisplayName("rows and files")
  class Structure {
    @Test
    void aRowWithTheWrongNumberOfCellsIsOneProblemAndItsIdStillCounts() {
      base(dir);
      write(
          dir,
          "persons.csv",
          "id,role,sex,birth_year,nationality,first_contact\n"
              + "p-1,SEX_WORKER,F,1990,BE,2020-01-01\n"
              + "p-2,SEX_WORKER,F\n");
      write(
          dir,
          "contacts.csv",
          CONTACTS_HEADER
              + CONTACT_1
              + "c-2,2020-01-03,charleroi,STREET,p-2,,extra,cells\n"
              + "c-3,2020-01-03,charleroi,STREET,p-2,\n"
              + "c-2,2020-01-04,charleroi,STREET,p-2,\n");
      List<Problem> ps = problems(read(dir));
      assertThat(ps).hasSize(3);
      assertAt(ps.get(0), "TER-0206", "persons.csv", 3, null, "p-2", null);
      assertAt(ps.get(1), "TER-0206", "contacts.csv", 3, null, "c-2", null);
      assertThat(ps.get(1).message()).isEqualTo("the row has 8 cells, the header 6");
      // the later c-2 is a duplicate of the row with too many cells: its id counted
      assertAt(ps.get(2), "TER-0301", "contacts.csv", 5, 1, "c-2", "id");
    }

    @Test
    void aDistributionRowWithTheWrongNumberOfCellsDoesNotCascade() {
      base(dir);
      write(
          dir,
          "distributions.csv",
          "id,date,antenna_id,person_id,item,quantity,unit_value_cents\n"
              + "d-1,2020-01-02,charleroi,p-1,CONDOM,5,\n"
              + "d-1,2020-01-02,charleroi,p-1,LUBRICANT\n");
      assertAt(only(read(dir)), "TER-0206", "distributions.csv", 3, null, "d-1", null);
    }

    @Test
    void aMissingRequiredFile() {
      base(dir);
      try {
        Files.delete(dir.resolve("persons.csv"));
        Files.delete(dir.resolve("contacts.csv"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertAt(only(read(dir)), "TER-0201", "persons.csv", null, null, null, null);
    }

    @Test
    void aMissingOrganisationFileIsReportedOnce() throws IOException {
      base(dir);
      Files.delete(dir.resolve("organisation.csv"));
      assertAt(only(read(dir)), "TER-0201", "organisation.csv", null, null, null, null);
    }

    @Test
    void anotherCsvFileIsAProblemOtherFilesAndFoldersAreIgnored() throws IOException {
      base(dir);
      write(dir, "notes.csv", "a,b\n1,2\n");
      write(dir, "README.txt", "hello");
      Files.createDirectories(dir.resolve("old.csv"));
      write(dir.resolve("archive"), "contacts.csv", "garbage");
      assertAt(only(read(dir)), "TER-0202", "notes.csv", null, null, null, null);
    }

    @Test
    void aSecondOrganisationRow() {
      base(dir);
      write(dir, "organisation.csv", "id,name\ne2w,Entre 2 Wallonie\nother,Other\n");
      assertAt(only(read(dir)), "TER-0209", "organisation.csv", 3, null, "other", null);
    }

    @Test
    void noOrganisationRow() {
      base(dir);
      write(dir, "organisation.csv", "id,name\n");
      assertAt(only(read(dir)), "TER-0209", "organisation.csv", null, null, null, null);
    }

    @Test
    void anUnreadableFolderIsAProblemNotAnException() {
      ReadResult r = read(dir.resolve("no-such-folder"));
      assertAt(only(r), "TER-0215", "no-such-folder", null, null, null, null);
    }

    @Test
    void emptyLinesAreSkippedAndLinesStillCount() {
      Problem p = only(contacts("\n\r\n\nc-2,2020-02-30,charleroi,STREET,,\n\n"));
      assertAt(p, "TER-0104", "contacts.csv", 6, 2, "c-2", "date");
    }
  }

  @Nested
  @DisplayName("dialects, byte order marks, line ends and the formula prefix")
  class Dialects {
    @Test
    void bomCrlfAndExcelFrAreDetected() {
      write(dir, "organisation.csv", "\uFEFFid;name\r\ne2w;Entre 2 Wallonie, asbl\r\n");
      write(
          dir,
          "antennas.csv",
          "\uFEFFid;name;province;kind\r\ncharleroi;\"Service; Charleroi\";BE-WHT;SERVICE\r\n");
      write(dir, "persons.csv", "\uFEFFid;role\r\np-1;SEX_WORKER\r\n");
      write(
          dir,
          "contacts.csv",
          "\uFEFFid;date;antenna_id;channel;person_id\r\nc-1;2020-02-30;charleroi;STREET;p-1\r\n");
      ReadResult r = read(dir);
      assertAt(only(r), "TER-0104", "contacts.csv", 2, 2, "c-1", "date");
      assertThat(r.dataset().organisation().name()).isEqualTo("Entre 2 Wallonie, asbl");
      assertThat(r.dataset().antennas().get(0).name()).isEqualTo("Service; Charleroi");
    }

    @Test
    void aForcedDialectIsUsedForEveryFile() {
      base(dir);
      ReadResult r =
          CsvDatasetReader.builder()
              .today(be.terrain.testing.ReferenceData.READ_ON)
              .dialect(CsvDialect.EXCEL_FR)
              .build()
              .read(dir);
      assertThat(r.validation().problems())
          .extracting(p -> p.code().code())
          .contains("TER-0203", "TER-0204");
    }

    @Test
    void theFormulaPrefixIsStrippedFromIdAndNameColumnsOnly() {
      base(dir);
      write(
          dir,
          "antennas.csv",
          "id,name,province,kind\n"
              + "'-charleroi,'=SUM(1),BE-WHT,SERVICE\n"
              + "lln,'hello,BE-WBR,'=ANTENNA\n");
      write(dir, "contacts.csv", CONTACTS_HEADER + "c-1,2020-01-02,'-charleroi,STREET,'-p,\n");
      write(dir, "persons.csv", "id,role\n'-p,SEX_WORKER\n");
      ReadResult r = read(dir);
      Problem p = only(r);
      assertAt(p, "TER-0103", "antennas.csv", 3, 4, "lln", "kind");
      assertThat(p.value()).contains("'=ANTENNA");
      assertThat(r.dataset().antennas().get(0).id()).isEqualTo("-charleroi");
      assertThat(r.dataset().antennas().get(0).name()).isEqualTo("=SUM(1)");
      assertThat(r.dataset().antennas().get(1).name()).isEqualTo("'hello");
      assertThat(r.dataset().contacts().get(0).personId()).contains("-p");
    }
  }
}
