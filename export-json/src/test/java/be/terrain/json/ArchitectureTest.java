package be.terrain.json;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/** The JSON module follows the house rules; its API hides Jackson. */
@AnalyzeClasses(packages = "be.terrain.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);

  @ArchTest
  static final ArchRule apiHidesJackson =
      HouseRules.apiExposesNoTypeOf("tools.jackson..", "com.fasterxml..");

  @ArchTest
  static final ArchRule internalsDoNotDependOnTheApiButForTheFormatTag =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.json.internal..")
          .should()
          .dependOnClassesThat(
              describe(
                  "API classes other than TerrainJson and JsonLimits",
                  c ->
                      c.getPackageName().equals("be.terrain.json")
                          && !c.getSimpleName().equals("TerrainJson")
                          && !c.getSimpleName().equals("JsonLimits")));

  /**
   * The report and rules-check documents are written as token streams: their writers never build a
   * mapper (databind's set-up is a tenth of a small command's start-up, issue #13).
   */
  @ArchTest
  static final ArchRule outputDocumentsAreWrittenWithoutAMapper =
      noClasses()
          .that()
          .haveFullyQualifiedName("be.terrain.json.internal.PrettyJson")
          .or()
          .haveFullyQualifiedName("be.terrain.json.internal.JsonFactories")
          .or()
          .haveFullyQualifiedName("be.terrain.json.ReportJsonWriter")
          .or()
          .haveFullyQualifiedName("be.terrain.json.RulesCheckJsonWriter")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("tools.jackson.databind..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("be.terrain.json.internal.Mappers");
}
