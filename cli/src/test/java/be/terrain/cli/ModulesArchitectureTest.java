package be.terrain.cli;

import be.terrain.testing.HouseRules;
import be.terrain.testing.ModuleRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The rules between modules, checked here because the command line's class path holds every module
 * (core, platform, stats, export-csv, export-json) and their format libraries.
 */
@AnalyzeClasses(
    packages = "be.terrain",
    importOptions = {ImportOption.DoNotIncludeTests.class, HouseRules.DoNotIncludeTestJars.class})
class ModulesArchitectureTest {
  @ArchTest static final ArchTests modules = ArchTests.in(ModuleRules.class);
}
