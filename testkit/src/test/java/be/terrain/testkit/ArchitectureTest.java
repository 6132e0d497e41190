package be.terrain.testkit;

import be.terrain.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The kit uses Terrain's public API and SPI only, as its users' plugins do, and follows the house
 * rules.
 */
@AnalyzeClasses(
    packages = "be.terrain.testkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule noInternals =
      ArchitectureRules.noDependencyOn(List.of("be.terrain..internal.."))
          .because("the kit checks plugins through the API and SPI they use");

  @ArchTest static final ArchRule noFormatLibrary = ArchitectureRules.noFormatLibrary();

  @ArchTest
  static final ArchRule apiExposesNoInternalType =
      ArchitectureRules.apiExposesNoInternalType("be.terrain.testkit");

  @ArchTest static final ArchRule noStandardStreams = ArchitectureRules.NO_STANDARD_STREAMS;

  @ArchTest static final ArchRule noGenericExceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;
}
