package be.terrain.beam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Beam module follows the house rules but one: its entry point ({@code
 * FederationPipeline.main}) hands the process's standard error to the launcher.
 */
@AnalyzeClasses(packages = "be.terrain.beam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule noStandardStreamsButTheEntryPoint =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("be.terrain.beam.FederationPipeline")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");

  @ArchTest static final ArchRule noGenericExceptions = HouseRules.NO_GENERIC_EXCEPTIONS;
  @ArchTest static final ArchRule noJul = HouseRules.NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule noCycles = HouseRules.NO_PACKAGE_CYCLES;
  @ArchTest static final ArchRule apiExposesNoInternal = HouseRules.API_EXPOSES_NO_INTERNAL_TYPE;
  @ArchTest static final ArchRule internalsStay = HouseRules.INTERNALS_STAY_IN_THEIR_MODULE;
}
