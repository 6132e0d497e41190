package be.terrain.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import java.util.List;

/**
 * The architecture rules every Terrain module follows, for its {@code ArchitectureTest} (shipped in
 * core's test jar). A module's test is a few lines:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "be.terrain.csv", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   @ArchTest static final ArchRule noCycles = ArchitectureRules.noPackageCycles("be.terrain.csv");
 *   @ArchTest static final ArchRule api = ArchitectureRules.apiExposesNoInternalType("be.terrain.csv");
 *   @ArchTest static final ArchRule streams = ArchitectureRules.NO_STANDARD_STREAMS;
 *   ...
 * }
 * }</pre>
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The packages of the file-format libraries, which only the format modules may use. */
  public static final List<String> FORMAT_LIBRARIES =
      List.of("tools.jackson..", "com.fasterxml..", "de.siegmar..", "picocli..", "com.networknt..");

  /** No use of {@code System.out}, {@code System.err} or {@code printStackTrace()}. */
  public static final ArchRule NO_STANDARD_STREAMS =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  /** No {@code Throwable}, {@code Exception} or {@code RuntimeException} thrown as such. */
  public static final ArchRule NO_GENERIC_EXCEPTIONS =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  /**
   * Logging only through SLF4J: no dependency at all on {@code java.util.logging} (stricter than
   * ArchUnit's own rule, which only catches a logger stored in a field).
   */
  public static final ArchRule NO_JAVA_UTIL_LOGGING =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.logging..")
          .as("no classes should use java.util.logging")
          .because("Terrain logs only through SLF4J");

  /** No dependency on any of the packages (ArchUnit patterns such as {@code tools.jackson..}). */
  public static ArchRule noDependencyOn(List<String> packages) {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages.toArray(new String[0]))
        .as("no class should depend on " + packages);
  }

  /** No file-format library: the rule of {@code core} and {@code stats}. */
  public static ArchRule noFormatLibrary() {
    return noDependencyOn(FORMAT_LIBRARIES);
  }

  /**
   * The sub-packages of the root package (and everything under each) depend on each other without
   * cycles.
   */
  public static ArchRule noPackageCycles(String rootPackage) {
    return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
  }

  /**
   * The public types of the API packages (the root package, everything under {@code root.spi} and
   * the extra packages given) expose no type of a package named {@code internal}: not as a
   * superclass or interface, a public field's type, or a public method's or constructor's return,
   * parameter or thrown type (generic type arguments included).
   */
  public static ArchRule apiExposesNoInternalType(String rootPackage, String... moreApiPackages) {
    String[] api = new String[2 + moreApiPackages.length];
    api[0] = rootPackage;
    api[1] = rootPackage + ".spi..";
    System.arraycopy(moreApiPackages, 0, api, 2, moreApiPackages.length);
    return classes()
        .that()
        .resideInAnyPackage(api)
        .and()
        .arePublic()
        .should(exposeNoInternalType())
        .as("public types of " + Arrays.toString(api) + " should expose no ..internal.. type");
  }

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe(
          "internal", c -> c.getPackageName().matches("(.*\\.)?internal(\\..*)?"));

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no ..internal.. type") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getRawSuperclass().ifPresent(s -> report(type, s, "extends", events));
        type.getRawInterfaces().forEach(i -> report(type, i, "implements", events));
        for (JavaField f : type.getFields()) {
          if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
            check(type, f.getType(), "public field " + f.getName(), events);
          }
        }
        for (JavaCodeUnit m : type.getCodeUnits()) {
          if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          String what =
              (m.isConstructor() ? "public constructor" : "public method " + m.getName()) + "(...)";
          check(type, m.getReturnType(), what + " returns", events);
          m.getParameterTypes().forEach(p -> check(type, p, what + " takes", events));
          m.getExceptionTypes().forEach(e -> report(type, e, what + " throws", events));
        }
      }

      private void check(JavaClass owner, JavaType t, String where, ConditionEvents events) {
        t.getAllInvolvedRawTypes().forEach(c -> report(owner, c, where, events));
      }

      private void report(JavaClass owner, JavaClass used, String where, ConditionEvents events) {
        if (INTERNAL.test(used)) {
          events.add(
              SimpleConditionEvent.violated(
                  owner, owner.getName() + ": " + where + " " + used.getName()));
        }
      }
    };
  }
}
