package be.terrain.core;

import be.terrain.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core's layers: no file format, no cycles, an API that hides its internals, quiet code. */
@AnalyzeClasses(packages = "be.terrain.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule noFormatLibrary = ArchitectureRules.noFormatLibrary();

  @ArchTest
  static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles("be.terrain.core");

  @ArchTest
  static final ArchRule apiExposesNoInternalType =
      ArchitectureRules.apiExposesNoInternalType(
          "be.terrain.core", "be.terrain.core.validation", "be.terrain.core.rules");

  @ArchTest
  static final ArchRule spiKnowsNoInternals =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
          .that()
          .resideInAPackage("be.terrain.core.spi..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..internal..")
          .as("the SPI depends on no internal type");

  @ArchTest static final ArchRule noStandardStreams = ArchitectureRules.NO_STANDARD_STREAMS;

  @ArchTest static final ArchRule noGenericExceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

  @ArchTest static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JAVA_UTIL_LOGGING;
}
