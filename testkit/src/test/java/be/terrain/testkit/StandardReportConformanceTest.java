package be.terrain.testkit;

import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Terrain;
import org.junit.jupiter.api.DisplayName;

/** The standard report, as Terrain registers it through the SPI, passes the kit. */
@DisplayName("The standard report")
class StandardReportConformanceTest extends ReportDefinitionContract {
  @Override
  protected ReportDefinition definition() {
    return Terrain.standard().definition("standard");
  }
}
