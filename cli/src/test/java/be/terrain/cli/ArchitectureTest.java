package be.terrain.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The command line uses Terrain's public API only, as an application would, and reads datasets only
 * through the platform (so that a plugin's dataset format works in every command). It follows the
 * house rules but one: its entry point hands the process's streams to the commands. The rules
 * between modules are checked by {@link ModulesArchitectureTest}.
 */
@AnalyzeClasses(packages = "be.terrain.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule onlyThePublicApi =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("be.terrain..internal..")
          .because("the command line is built on Terrain's public API, as an application would");

  @ArchTest
  static final ArchRule readsOnlyThroughThePlatform =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.cli")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("be.terrain.csv.CsvDatasetReader")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("be.terrain.json.JsonDatasetReader")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("be.terrain.csv.CsvDatasetWriter")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("be.terrain.json.JsonDatasetWriter")
          .because("datasets are read and written through the registered formats");

  @ArchTest
  static final ArchRule picocliOnlyInTheCommands =
      noClasses()
          .that()
          .resideOutsideOfPackage("be.terrain.cli")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule commandsWriteThroughTheCommandLine =
      noClasses()
          .that()
          .resideInAnyPackage("be.terrain.cli..")
          .and()
          .doNotHaveSimpleName("TerrainCli")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because(
              "commands write to the command line's writers (tests capture them); only main"
                  + " hands it the process's streams");

  @ArchTest static final ArchRule noGenericExceptions = HouseRules.NO_GENERIC_EXCEPTIONS;
  @ArchTest static final ArchRule noJavaUtilLogging = HouseRules.NO_JAVA_UTIL_LOGGING;
  @ArchTest static final ArchRule noPackageCycles = HouseRules.NO_PACKAGE_CYCLES;
  @ArchTest static final ArchRule api = HouseRules.API_EXPOSES_NO_INTERNAL_TYPE;
}
