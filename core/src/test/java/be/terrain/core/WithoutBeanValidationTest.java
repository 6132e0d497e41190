package be.terrain.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Core runs without Bean Validation: the records carry its constraints, but the API is an optional
 * dependency, and the JVM ignores annotations whose classes are absent. Run by the surefire
 * execution {@code without-bean-validation} (core/pom.xml), whose class path leaves the API out.
 */
class WithoutBeanValidationTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 17);

  @Test
  void theBeanValidationApiIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("jakarta.validation.Valid"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theRecordsAndTheirAnnotationsLoadWithoutIt() {
    DistributionAct act =
        new DistributionAct(
            "d1", DAY, "a1", Optional.of("p1"), List.of(DistributionItem.of("CONDOM", 3)));
    assertThat(act.items()).hasSize(1);
    for (Class<?> type : List.of(DistributionAct.class, Person.class, Contact.class)) {
      for (RecordComponent c : type.getRecordComponents()) {
        assertThat(Arrays.stream(c.getAnnotations()).map(a -> a.annotationType().getName()))
            .as("%s.%s", type.getSimpleName(), c.getName())
            .noneMatch(n -> n.startsWith("jakarta."));
      }
    }
  }

  @Test
  void theBulkPathValidatesWithoutIt() {
    Dataset dataset =
        Dataset.builder()
            .organisation(new Organisation("org", "Org"))
            .add(new Antenna("a1", "Antenna", "BE-WHT", "SERVICE"))
            .add(Person.of("p1", "SEX_WORKER").withSex("F").withBirthYear(1988))
            .add(Contact.identified("c1", DAY, "a1", "STREET", "p1"))
            .add(Contact.anonymous("c2", DAY, "a1", " STREET", 0))
            .add(
                new DistributionAct(
                    "d1", DAY, "a1", Optional.of("p1"), List.of(DistributionItem.of("CONDOM", 3))))
            .build();
    List<String> codes =
        dataset.validateWithoutPlugins(LocalDate.of(2021, 6, 30)).problems().stream()
            .map(p -> p.code().code() + " " + p.field().orElse("-"))
            .toList();
    assertThat(codes).containsExactlyInAnyOrder("TER-0103 channel", "TER-0106 count");
  }
}
