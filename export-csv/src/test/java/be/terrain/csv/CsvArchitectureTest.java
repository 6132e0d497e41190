package be.terrain.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The house rules, checked on the CSV module's main code. */
@AnalyzeClasses(packages = "be.terrain.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class CsvArchitectureTest {
  @ArchTest
  static final ArchRule noStandardStreams =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule noJavaUtilLogging =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule coreInternalsStayInCore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("be.terrain.core.internal..")
          .because("other modules build on core's public API only");

  @ArchTest
  static final ArchRule apiExposesNoInternalType =
      be.terrain.testing.ArchitectureRules.apiExposesNoInternalType("be.terrain.csv");
}
