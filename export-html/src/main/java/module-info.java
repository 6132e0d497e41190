/** The report as documents: HTML, PDF and chart files, registered as report formats. */
module be.terrain.html {
  requires transitive be.terrain.platform;
  requires transitive be.terrain.stats;
  requires static org.apiguardian.api;
  requires org.knowm.xchart;
  requires VectorGraphics2D;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  requires java.desktop;
  requires org.slf4j;

  exports be.terrain.html;

  provides be.terrain.core.spi.TerrainPlugin with
      be.terrain.html.HtmlReportPlugin;
}
