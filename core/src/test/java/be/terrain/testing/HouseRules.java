package be.terrain.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the house (docs/ARCHITECTURE.md) that every Terrain module follows, shipped in
 * core's test jar so that each module's {@code ArchitectureTest} is a few lines:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "be.terrain.csv", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);
 * }
 * }</pre>
 *
 * <p>Every rule is phrased without a module's name, so that the same set holds for each module's
 * own classes. The rules between modules, which need every module on the class path, are in {@link
 * ModuleRules}. An application's entry point (the command line, the examples) may write to the
 * standard streams: such a module names the rules it follows one by one.
 */
public final class HouseRules {
  private HouseRules() {}

  /** The packages of the file-format libraries, which only the format modules may use. */
  public static final List<String> FORMAT_LIBRARIES =
      List.of("tools.jackson..", "com.fasterxml..", "de.siegmar..", "picocli..", "com.networknt..");

  /** No use of {@code System.out}, {@code System.err} or {@code printStackTrace()}. */
  @ArchTest
  public static final ArchRule NO_STANDARD_STREAMS =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  /** No {@code Throwable}, {@code Exception} or {@code RuntimeException} thrown as such. */
  @ArchTest
  public static final ArchRule NO_GENERIC_EXCEPTIONS =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  /**
   * Logging only through SLF4J: no dependency at all on {@code java.util.logging} (stricter than
   * ArchUnit's own rule, which only catches a logger stored in a field).
   */
  @ArchTest
  public static final ArchRule NO_JAVA_UTIL_LOGGING =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.util.logging..")
          .as("no classes should use java.util.logging")
          .because("Terrain logs only through SLF4J");

  /**
   * The sub-packages of a module's root package {@code be.terrain.X} (each with everything under
   * it) depend on each other without cycles.
   */
  @ArchTest
  public static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("be.terrain.(*).(*)..")
          .namingSlices("be.terrain.$1.$2")
          .should()
          .beFreeOfCycles()
          .allowEmptyShould(true);

  /**
   * The public types of every package that is not internal (the API: a module's root package,
   * {@code spi} and any other public package) expose no type of a package named {@code internal}.
   */
  @ArchTest
  public static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE =
      classes()
          .that()
          .resideOutsideOfPackage("..internal..")
          .and()
          .arePublic()
          .should(Exposure.exposeNoTypeOf(Exposure.INTERNAL))
          .as("public types outside ..internal.. should expose no ..internal.. type");

  /** An SPI, which plugins implement, depends on no internal type at all. */
  @ArchTest
  public static final ArchRule SPI_DEPENDS_ON_NO_INTERNAL_TYPE =
      noClasses()
          .that()
          .resideInAPackage("..spi..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..internal..")
          .as("no class of an ..spi.. package should depend on an ..internal.. type")
          .allowEmptyShould(true);

  /**
   * A module's internals are its own: {@code be.terrain.X..internal..} is used only from {@code
   * be.terrain.X..}.
   */
  @ArchTest
  public static final ArchRule INTERNALS_STAY_IN_THEIR_MODULE =
      classes()
          .should(useNoOtherModulesInternals())
          .as("no class should use another module's be.terrain.X..internal.. types");

  /** No dependency on any of the packages (ArchUnit patterns such as {@code tools.jackson..}). */
  public static ArchRule noDependencyOn(List<String> packages) {
    return noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages.toArray(new String[0]))
        .as("no class should depend on " + packages);
  }

  /** No file-format library: the rule of {@code core}, the kit and a plugin that has no format. */
  public static ArchRule noFormatLibrary() {
    return noDependencyOn(FORMAT_LIBRARIES);
  }

  /**
   * The public types outside internal packages expose no type of the given packages (ArchUnit
   * patterns): a format module's API hides its format library.
   */
  public static ArchRule apiExposesNoTypeOf(String... packages) {
    return classes()
        .that()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .should(Exposure.exposeNoTypeOf(JavaClass.Predicates.resideInAnyPackage(packages)))
        .as("public types outside ..internal.. should expose no type of " + List.of(packages));
  }

  private static final Pattern MODULE_INTERNAL =
      Pattern.compile("be\\.terrain\\.([^.]+)\\.(?:.*\\.)?internal(?:\\..*)?");

  private static ArchCondition<JavaClass> useNoOtherModulesInternals() {
    return new ArchCondition<>("use no other module's internals") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          Matcher m = MODULE_INTERNAL.matcher(d.getTargetClass().getPackageName());
          String module = m.matches() ? "be.terrain." + m.group(1) : null;
          if (module != null
              && !origin.getPackageName().equals(module)
              && !origin.getPackageName().startsWith(module + ".")) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /**
   * Leaves out the test jars that other modules' tests put on the class path (core's {@code
   * -tests.jar}), which {@link ImportOption.DoNotIncludeTests} does not recognise.
   */
  public static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }
}
