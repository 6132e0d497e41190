package org.example.fdss;

import be.terrain.testing.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** A plugin uses Terrain's API and SPI only, and follows the house rules. */
@AnalyzeClasses(packages = "org.example.fdss", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule noInternals =
      ArchitectureRules.noDependencyOn(List.of("..internal.."))
          .because("a plugin builds on Terrain's API and SPI, never its internals");

  @ArchTest static final ArchRule noFormatLibrary = ArchitectureRules.noFormatLibrary();

  @ArchTest static final ArchRule noStandardStreams = ArchitectureRules.NO_STANDARD_STREAMS;
}
