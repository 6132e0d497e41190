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
}
