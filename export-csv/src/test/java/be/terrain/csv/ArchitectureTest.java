package be.terrain.csv;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/** The CSV module follows the house rules; its API hides FastCSV. */
@AnalyzeClasses(packages = "be.terrain.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);

  @ArchTest static final ArchRule apiHidesFastCsv = HouseRules.apiExposesNoTypeOf("de.siegmar..");
}
