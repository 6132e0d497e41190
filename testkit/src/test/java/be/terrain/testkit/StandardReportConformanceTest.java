package be.terrain.testkit;

import be.terrain.platform.Terrain;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Reports;
import org.junit.jupiter.api.DisplayName;

/** The standard report, as Terrain registers it through the SPI, passes the kit. */
@DisplayName("The standard report")
class StandardReportConformanceTest extends ReportDefinitionContract {
  @Override
  protected ReportDefinition definition() {
    return Reports.of(Terrain.standard()).definition("standard");
  }
}
