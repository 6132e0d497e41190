package be.terrain.stats;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The statistics follow the house rules. That they know no format is checked where the formats are
 * on the class path: cli's {@code ModulesArchitectureTest} ({@code ModuleRules}).
 */
@AnalyzeClasses(packages = "be.terrain.stats", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);
}
