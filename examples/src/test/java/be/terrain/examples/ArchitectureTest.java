package be.terrain.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The examples use Terrain's public API only, as an application would, and follow the house rules
 * but one: they print what they show.
 */
@AnalyzeClasses(
    packages = "be.terrain.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlyThePublicApi =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.examples..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("be.terrain..internal..")
          .because("the examples show what an application can do with Terrain's public API");

  @ArchTest static final ArchRule noPackageCycles = HouseRules.NO_PACKAGE_CYCLES;
  @ArchTest static final ArchRule noGenericExceptions = HouseRules.NO_GENERIC_EXCEPTIONS;
  @ArchTest static final ArchRule noJavaUtilLogging = HouseRules.NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule api = HouseRules.API_EXPOSES_NO_INTERNAL_TYPE;
}
