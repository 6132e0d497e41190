package be.terrain.html;

import be.terrain.testing.HouseRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/** The report documents follow the house rules; their API hides the chart and PDF libraries. */
@AnalyzeClasses(packages = "be.terrain.html", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class);

  @ArchTest
  static final ArchRule apiHidesTheLibraries =
      HouseRules.apiExposesNoTypeOf(
          "org.knowm..", "com.openhtmltopdf..", "org.apache.pdfbox..", "de.erichseifert..");
}
