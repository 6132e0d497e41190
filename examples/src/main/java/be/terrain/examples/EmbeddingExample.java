package be.terrain.examples;

import be.terrain.core.Antenna;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.Language;
import be.terrain.core.Organisation;
import be.terrain.core.Period;
import be.terrain.core.Person;
import be.terrain.core.ValidationResult;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportRow;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.Statistics;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding Terrain in an application: build a dataset in code, validate it, compute the standard
 * report and print two of its tables. This is the quick start of {@code README.md}, word for word
 * (a test keeps the two the same).
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // spotless:off
    // README quick start: begin
    Dataset dataset = Dataset.builder()
        .organisation(new Organisation("demo", "Terrain Demo asbl"))
        .add(new Antenna("charleroi", "Service Charleroi", "BE-WHT", "SERVICE"))
        .add(Person.of("p-0001", "SEX_WORKER").withSex("F").withBirthYear(1988).withNationality("BE"))
        .add(Person.of("p-0002", "SEX_WORKER").withSex("F").withBirthYear(1995).withNationality("RO"))
        .add(Person.of("p-0003", "ENTOURAGE").withSex("M"))
        .add(Contact.identified("c-1", LocalDate.of(2020, 3, 17), "charleroi", "STREET", "p-0001"))
        .add(Contact.identified("c-2", LocalDate.of(2020, 3, 17), "charleroi", "STREET", "p-0002"))
        .add(Contact.identified("c-3", LocalDate.of(2020, 5, 4), "charleroi", "DROP_IN", "p-0003"))
        .add(Contact.anonymous("c-4", LocalDate.of(2020, 5, 4), "charleroi", "BAR_VISIT", 12))
        .build();

    ValidationResult validation = dataset.validateWithoutPlugins(LocalDate.now());
    validation.problems().forEach(System.out::println);   // every problem, never just the first
    if (!validation.isValid()) {
      return;
    }

    Report report = Statistics.compute(dataset, ReportOptions.of(Period.ofYear(2020)).withLanguage(Language.FR));
    for (String id : List.of("profile.sex", "contacts.channel")) {
      ReportTable table = report.table(id, Scope.antenna("charleroi")).orElseThrow();
      System.out.println(id + ", N = " + table.n());
      for (ReportRow row : table.rows()) {
        System.out.printf("  %-40s %4d %4d %%%n",
            row.label().orElseThrow(), row.count().getAsLong(), row.percent().getAsInt());
      }
    }
    // README quick start: end
    // spotless:on
  }
}
