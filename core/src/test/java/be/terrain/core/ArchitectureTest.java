package be.terrain.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * Core follows the house rules, uses no file-format library, and runs without Bean Validation: no
 * Hibernate Validator, and the Bean Validation API only as the annotations the records carry (which
 * the JVM ignores when the optional API is absent) and in the constraint annotations' package.
 */
@AnalyzeClasses(packages = "be.terrain.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);

  @ArchTest static final ArchRule noFormatLibrary = HouseRules.noFormatLibrary();

  @ArchTest
  static final ArchRule noHibernateValidator =
      HouseRules.noDependencyOn(List.of("org.hibernate.."));

  @ArchTest
  static final ArchRule beanValidationOnlyAsAnnotations =
      classes()
          .that()
          .resideOutsideOfPackage("be.terrain.core.validation")
          .should(useBeanValidationOnlyAsAnnotations());

  private static ArchCondition<JavaClass> useBeanValidationOnlyAsAnnotations() {
    return new ArchCondition<>("use jakarta.validation only as annotations") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          // ArchUnit may know an annotation type only by name: ask the class itself.
          if (target.getPackageName().startsWith("jakarta.validation")
              && !target.reflect().isAnnotation()) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
