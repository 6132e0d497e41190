package be.terrain.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the house between modules (docs/ARCHITECTURE.md), for a test that imports the main
 * classes of every module with the format libraries on its class path (the command line's):
 *
 * <pre>{@code
 * @AnalyzeClasses(
 *     packages = "be.terrain",
 *     importOptions = {ImportOption.DoNotIncludeTests.class, HouseRules.DoNotIncludeTestJars.class})
 * class ModulesArchitectureTest {
 *   @ArchTest static final ArchTests modules = ArchTests.in(ModuleRules.class);
 * }
 * }</pre>
 *
 * <p>Checked there, not in {@code core} or {@code stats}, because only there can they fail: the
 * packages they forbid are not on the class path of the module they constrain.
 */
public final class ModuleRules {
  private ModuleRules() {}

  private static final List<String> FORMATS = List.of("be.terrain.csv..", "be.terrain.json..");

  private static final DescribedPredicate<JavaClass> REPORT_WRITER =
      DescribedPredicate.describe(
          "report writers (Report*Writer) or report plugins (*ReportPlugin)",
          c -> {
            String top = c.getName().replaceFirst("\\$.*", "");
            String simple = top.substring(top.lastIndexOf('.') + 1);
            return simple.matches("Report\\w*Writer|\\w*ReportPlugin");
          });

  /** The modules depend on each other without cycles. */
  @ArchTest
  public static final ArchRule NO_MODULE_CYCLES =
      slices().matching("be.terrain.(*)..").should().beFreeOfCycles();

  /** {@code core} knows nothing of formats: neither a format library nor a format module. */
  @ArchTest
  public static final ArchRule CORE_KNOWS_NO_FORMAT =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(and(HouseRules.FORMAT_LIBRARIES, FORMATS))
          .because("core knows nothing of CSV, JSON or files");

  /** The platform knows neither the statistics nor any format. */
  @ArchTest
  public static final ArchRule PLATFORM_KNOWS_NO_STATISTICS_NOR_FORMAT =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              and(HouseRules.FORMAT_LIBRARIES, FORMATS, List.of("be.terrain.stats..")))
          .because("the statistics and the formats are modules above the platform");

  /** The statistics know no format: neither a format library nor a format module. */
  @ArchTest
  public static final ArchRule STATISTICS_KNOW_NO_FORMAT =
      noClasses()
          .that()
          .resideInAPackage("be.terrain.stats..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(and(HouseRules.FORMAT_LIBRARIES, FORMATS))
          .because("a report is written by the report formats that plugins register");

  /**
   * A dataset format ({@code CsvPlugin}, {@code CsvDatasetReader}, {@code JsonPlugin}, ... and
   * their internals) needs no statistics: only the report writers and report plugins do.
   */
  @ArchTest
  public static final ArchRule DATASET_FORMATS_KNOW_NO_STATISTICS =
      noClasses()
          .that()
          .resideInAnyPackage(FORMATS.toArray(new String[0]))
          .and(DescribedPredicate.not(REPORT_WRITER))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("be.terrain.stats..")
          .because("a dataset format works without the statistics module");

  @SafeVarargs
  private static String[] and(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all.toArray(new String[0]);
  }
}
