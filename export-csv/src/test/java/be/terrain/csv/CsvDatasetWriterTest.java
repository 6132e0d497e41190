package be.terrain.csv;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.NursingCare;
import be.terrain.core.Organisation;
import be.terrain.core.Person;
import be.terrain.core.RecordKind;
import be.terrain.testing.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetWriterTest {
  @TempDir Path dir;

  private static Dataset small() {
    return Dataset.builder()
        .organisation(new Organisation("e2w", "=HYPERLINK(\"x\"), \"quoted\"; and\nmore"))
        .add(new Antenna("-charleroi", "@Service", "BE-WHT", "SERVICE"))
        .add(Person.of("p-1", "SEX_WORKER").withBirthYear(1990))
        .add(Contact.identified("c-1", LocalDate.of(2020, 1, 2), "-charleroi", "STREET", "p-1"))
        .add(Contact.anonymous("c-2", LocalDate.of(2020, 1, 3), "-charleroi", "BAR_VISIT", 12))
        .add(
            new NursingCare(
                "h-1",
                LocalDate.of(2020, 1, 2),
                "-charleroi",
                Optional.of("p-1"),
                "RAPID_TEST",
                List.of("HIV", "SYPHILIS")))
        .build();
  }

  private static String text(CsvDatasetWriter w, Dataset d, RecordKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(d, kind, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rfc4180QuotesOnlyWhereNeededAndPrefixesFormulas() throws IOException {
    CsvDatasetWriter w = CsvDatasetWriter.rfc4180();
    assertThat(text(w, small(), RecordKind.ORGANISATION))
        .isEqualTo("id,name\ne2w,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"; and\nmore\"\n");
    assertThat(text(w, small(), RecordKind.ANTENNA))
        .isEqualTo("id,name,province,kind\n'-charleroi,'@Service,BE-WHT,SERVICE\n");
    assertThat(text(w, small(), RecordKind.CONTACT))
        .isEqualTo(
            "id,date,antenna_id,channel,person_id,count\n"
                + "c-1,2020-01-02,'-charleroi,STREET,p-1,1\n"
                + "c-2,2020-01-03,'-charleroi,BAR_VISIT,,12\n");
    assertThat(text(w, small(), RecordKind.HEALTH))
        .isEqualTo(
            "id,date,antenna_id,person_id,kind,act,pathogens,target,coverage,reason\n"
                + "h-1,2020-01-02,'-charleroi,p-1,NURSING_CARE,RAPID_TEST,HIV|SYPHILIS,,,\n");
    assertThat(text(w, small(), RecordKind.PERSON))
        .isEqualTo("id,role,sex,birth_year,nationality,first_contact\np-1,SEX_WORKER,,1990,,\n");
    assertThat(text(w, small(), RecordKind.PROFILE))
        .isEqualTo(
            "person_id,date,financial_resource,housing,employment,health_coverage,setting\n");
  }

  @Test
  void excelFrHasABomSemicolonsAndCrlf() throws IOException {
    CsvDatasetWriter w = CsvDatasetWriter.of(CsvDialect.EXCEL_FR);
    w.write(small(), dir);
    byte[] bytes = Files.readAllBytes(dir.resolve("organisation.csv"));
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String s = new String(bytes, StandardCharsets.UTF_8);
    assertThat(s)
        .isEqualTo(
            "\uFEFFid;name\r\ne2w;\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"; and\nmore\"\r\n");
    String contacts = Files.readString(dir.resolve("contacts.csv"));
    assertThat(contacts)
        .isEqualTo(
            "\uFEFFid;date;antenna_id;channel;person_id;count\r\n"
                + "c-1;2020-01-02;'-charleroi;STREET;p-1;1\r\n"
                + "c-2;2020-01-03;'-charleroi;BAR_VISIT;;12\r\n");
    assertThat(contacts.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void writesAllEightFilesAndTheyReadBackEqual() throws IOException {
    CsvDatasetWriter.rfc4180().write(small(), dir);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "organisation.csv",
              "antennas.csv",
              "persons.csv",
              "profiles.csv",
              "contacts.csv",
              "accompaniments.csv",
              "health.csv",
              "distributions.csv");
    }
    var r = CsvDatasetReader.builder().today(ReferenceData.READ_ON).build().read(dir);
    assertThat(r.validation().problems()).isEmpty();
    assertThat(r.dataset()).isEqualTo(small());
  }

  @Test
  void theSameDatasetGivesTheSameBytes() throws IOException {
    Dataset reference = CsvFolders.reader().read(ReferenceData.seed2020()).orThrow();
    for (CsvDialect dialect : CsvDialect.values()) {
      Path a = dir.resolve(dialect.tag() + "-a");
      Path b = dir.resolve(dialect.tag() + "-b");
      CsvDatasetWriter.of(dialect).write(reference, a);
      CsvDatasetWriter.of(dialect).write(reference, b);
      for (RecordKind kind : RecordKind.values()) {
        String f = CsvDatasetWriter.fileName(kind);
        assertThat(Files.readAllBytes(a.resolve(f))).isEqualTo(Files.readAllBytes(b.resolve(f)));
      }
    }
  }

  @Test
  void rfc4180OfTheReferenceGivesBackItsOwnFiles() throws IOException {
    Dataset reference = CsvFolders.reader().read(ReferenceData.seed2020()).orThrow();
    CsvDatasetWriter.rfc4180().write(reference, dir);
    // the reference files leave count empty where it is 1; everything else is byte for byte
    for (RecordKind kind :
        List.of(
            RecordKind.ORGANISATION,
            RecordKind.ANTENNA,
            RecordKind.PERSON,
            RecordKind.PROFILE,
            RecordKind.ACCOMPANIMENT,
            RecordKind.HEALTH,
            RecordKind.DISTRIBUTION)) {
      String f = CsvDatasetWriter.fileName(kind);
      assertThat(Files.readString(dir.resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(ReferenceData.seed2020().resolve(f)));
    }
  }
}
