package be.terrain.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples use Terrain's public API only, as an application would. */
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

  @ArchTest static final ArchRule noGenericExceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;
  @ArchTest static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
}
