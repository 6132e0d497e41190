package be.terrain.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("be.terrain");
  }

  @Test
  void statisticsKnowNoFileFormat() {
    noClasses()
        .that()
        .resideInAPackage("be.terrain.stats..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "tools.jackson..",
            "com.fasterxml.jackson..",
            "de.siegmar..",
            "be.terrain.csv..",
            "be.terrain.json..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching("be.terrain.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noStandardStreamsAndNoGenericExceptions() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(classes);
  }

  @Test
  void theApiDoesNotExposeInternals() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("be.terrain.stats")
        .and()
        .arePublic()
        .should()
        .notHaveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "an internal type", c -> c.getPackageName().contains(".internal")))
        .check(classes);
  }

  @Test
  void theApiAndSpiExposeNoInternalType() {
    be.terrain.testing.ArchitectureRules.apiExposesNoInternalType("be.terrain.stats")
        .check(classes);
  }

  @Test
  void theSpiDependsOnNoInternalType() {
    noClasses()
        .that()
        .resideInAnyPackage("be.terrain.stats.spi..", "be.terrain.core.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .check(classes);
  }
}
