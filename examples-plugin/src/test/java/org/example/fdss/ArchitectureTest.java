package org.example.fdss;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** A plugin follows the house rules and uses Terrain's API and SPI only. */
@AnalyzeClasses(packages = "org.example.fdss", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);

  @ArchTest
  static final ArchRule noInternals =
      HouseRules.noDependencyOn(List.of("..internal.."))
          .because("a plugin builds on Terrain's API and SPI, never its internals");

  @ArchTest static final ArchRule noFormatLibrary = HouseRules.noFormatLibrary();
}
