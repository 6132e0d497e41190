// Issue #16 (benchmarks/README.md): a warm loop of the report with quality (q) or the standard report (s)
// for a flight recording. Run from source: java -Xmx6g -cp BENCHMARKS_JAR QualityLoop.java q|s S2 60
import be.terrain.core.*;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.stats.*;
import be.terrain.stats.quality.Quality;
import java.nio.file.Path;
public class QualityLoop {
  public static void main(String[] a) throws Exception {
    Dataset d = CsvDatasetReader.builder().today(java.time.LocalDate.of(2026,1,1)).build().read(Path.of("/tmp/terrain-data/"+a[1])).orThrow();
    ReportOptions o = ReportOptions.of(Period.ofYear(2020));
    int n = Integer.parseInt(a[2]);
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      if (a[0].equals("q")) Quality.computeWith(d, ReportDefinition.standard(), o); else Statistics.compute(d, o);
      if (i % 10 == 0) System.err.println(i + " " + (System.nanoTime()-t)/1e6);
    }
  }
}
