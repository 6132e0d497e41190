package be.terrain.html;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.platform.Terrain;
import be.terrain.stats.Report;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Reports;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reference dataset, its 2020 report and the expected report.json, read once. */
final class Reference {
  private Reference() {}

  static final Terrain TERRAIN = Terrain.builder().findPlugins().build();
  static final Dataset DATASET =
      TERRAIN.read(ReferenceData.seed2020(), ReferenceData.READ_ON).orThrow();
  static final Report REPORT =
      Reports.of(TERRAIN).compute(DATASET, "standard", ReportOptions.of(Period.ofYear(2020)));

  /** The expected report.json of 2020, as a tree. */
  static JsonNode expectedJson() throws IOException {
    return JsonMapper.builder()
        .build()
        .readTree(Files.readString(ReferenceData.expected("report-2020.json")));
  }

  /** The whole document: names from the dataset, standard titles, French. */
  static ReportDocument document() {
    return ReportDocument.builder(REPORT).dataset(DATASET).build();
  }

  /** A file under target/ for a reviewer to look at. */
  static Path target(String name) throws IOException {
    Path dir = Path.of("target", "documents");
    Files.createDirectories(dir);
    return dir.resolve(name);
  }
}
