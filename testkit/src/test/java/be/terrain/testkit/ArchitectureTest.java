package be.terrain.testkit;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The kit follows the house rules and uses Terrain's public API and SPI only, as its users' plugins
 * do, and no file-format library.
 */
@AnalyzeClasses(
    packages = "be.terrain.testkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);

  @ArchTest
  static final ArchRule noInternals =
      HouseRules.noDependencyOn(List.of("be.terrain..internal.."))
          .because("the kit checks plugins through the API and SPI they use");

  @ArchTest static final ArchRule noFormatLibrary = HouseRules.noFormatLibrary();
}
