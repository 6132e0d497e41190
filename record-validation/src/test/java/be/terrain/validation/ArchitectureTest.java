package be.terrain.validation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The record validation follows the house rules, one by one: it uses core's internal rules (the
 * package core's module-info exports to it alone), and no other module's internals.
 */
@AnalyzeClasses(
    packages = "be.terrain.validation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule noStandardStreams = HouseRules.NO_STANDARD_STREAMS;
  @ArchTest static final ArchRule noGenericExceptions = HouseRules.NO_GENERIC_EXCEPTIONS;
  @ArchTest static final ArchRule noJavaUtilLogging = HouseRules.NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule noPackageCycles = HouseRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule apiExposesNoInternalType = HouseRules.API_EXPOSES_NO_INTERNAL_TYPE;

  @ArchTest static final ArchRule noFormatLibrary = HouseRules.noFormatLibrary();

  /** Of the other modules' internals, only {@code be.terrain.core.internal} (exported to it). */
  @ArchTest
  static final ArchRule onlyCoresExportedInternals =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAPackage("be.terrain..internal..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "be.terrain.core.internal", "be.terrain.validation.."))))
          .as("no class should use another module's internals but be.terrain.core.internal");
}
