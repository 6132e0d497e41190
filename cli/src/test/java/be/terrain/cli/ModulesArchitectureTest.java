package be.terrain.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.HouseRules;
import be.terrain.testing.ModuleRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules between modules, checked here because the command line's class path holds every module
 * (core, platform, stats, federation, export-csv, export-json) and their format libraries.
 */
@AnalyzeClasses(
    packages = "be.terrain",
    importOptions = {ImportOption.DoNotIncludeTests.class, HouseRules.DoNotIncludeTestJars.class})
class ModulesArchitectureTest {
  @ArchTest static final ArchTests modules = ArchTests.in(ModuleRules.class);

  /** The federation module stands on the statistics: it knows no dataset format nor the CLI. */
  @ArchTest
  static final ArchRule federationKnowsNoDatasetFormat =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.federation..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "be.terrain.csv..", "be.terrain.json..", "be.terrain.cli..", "picocli..")
          .because("contributions are computed from a Dataset, whichever format it was read from");

  /** Nothing below the federation module knows it. */
  @ArchTest
  static final ArchRule nothingBelowKnowsTheFederation =
      noClasses()
          .that()
          .resideInAnyPackage(
              "be.terrain.core..",
              "be.terrain.platform..",
              "be.terrain.stats..",
              "be.terrain.csv..",
              "be.terrain.json..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("be.terrain.federation..")
          .because("the federation module is an application of the statistics, above them");
}
