package be.terrain.json;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The module's layers: API in {@code be.terrain.json}, the rest in {@code internal}. */
@AnalyzeClasses(packages = "be.terrain.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static boolean hidden(JavaClass c) {
    String name = c.getPackageName();
    return name.startsWith("be.terrain.json.internal") || name.startsWith("tools.jackson");
  }

  @ArchTest
  static final ArchRule theApiExposesNeitherInternalsNorJackson =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage("be.terrain.json")
          .should(
              new ArchCondition<JavaMethod>(
                  "use neither internal nor Jackson types in their signature") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                  boolean bad =
                      hidden(m.getRawReturnType())
                          || m.getRawParameterTypes().stream().anyMatch(ArchitectureTest::hidden);
                  if (bad) {
                    events.add(
                        SimpleConditionEvent.violated(
                            m, m.getFullName() + " exposes a hidden type"));
                  }
                }
              });

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
  static final ArchRule apiExposesNoInternalType =
      be.terrain.testing.ArchitectureRules.apiExposesNoInternalType("be.terrain.json");
}
