package be.terrain.beam;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.cli.sample.Scale;
import be.terrain.core.Period;
import be.terrain.core.ReadResult;
import be.terrain.federation.ContributionJson;
import be.terrain.federation.ContributionSet;
import be.terrain.federation.Contributions;
import be.terrain.federation.Federation;
import be.terrain.federation.FederationKey;
import be.terrain.federation.FederationOptions;
import be.terrain.federation.FederationReportJson;
import be.terrain.federation.Provenance;
import be.terrain.platform.Terrain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On demand only (docs/beam.md): N members at a scale (S1 by default), the DirectRunner with two
 * workers against the single-JVM loop of {@code terrain contribute} then {@code terrain federate}
 * (the same calls, on one JVM). Run: {@code ./mvnw -o -pl beam -am verify -DskipITs
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FederationBenchmarkTest -Dterrain.beam.bench=50
 * [-Dterrain.beam.scale=S1] [-Dterrain.beam.dir=/tmp/bench]}.
 */
@EnabledIfSystemProperty(named = "terrain.beam.bench", matches = "\\d+")
class FederationBenchmarkTest {
  private static final String TODAY = "2021-06-30";

  @Test
  void beamAgainstTheSingleJvmLoop() throws IOException {
    int n = Integer.getInteger("terrain.beam.bench");
    Scale scale = Scale.named(System.getProperty("terrain.beam.scale", "S1"));
    Path dir = Path.of(System.getProperty("terrain.beam.dir", "/tmp/terrain-beam-bench"));
    Path data = dir.resolve("data-" + scale.name() + "-" + n);
    List<Path> members;
    long t0 = System.nanoTime();
    if (Files.isDirectory(data)) {
      try (var list = Files.list(data)) {
        members = list.sorted().toList();
      }
    } else {
      members = GeneratedMembers.write(data, n, 0, scale);
    }
    long generated = System.nanoTime();
    Path key = Files.write(dir.resolve("bench.key"), new byte[32]);
    Path membersFile =
        Files.write(dir.resolve("members.txt"), members.stream().map(Path::toString).toList());

    long loop0 = System.nanoTime();
    byte[] loop = loop(members, key, dir.resolve("loop"));
    long loop1 = System.nanoTime();
    Path out = dir.resolve("beam/fdss.json");
    int status =
        FederationPipeline.run(
            new String[] {
              "--runner=DirectRunner",
              "--targetParallelism=2",
              "--members=" + membersFile,
              "--year=2020",
              "--today=" + TODAY,
              "--federation=fdss",
              "--federationKey=" + key,
              "--output=" + out
            },
            System.err);
    long beam1 = System.nanoTime();
    assertThat(status).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(loop);
    System.err.printf(
        "bench members=%d scale=%s generate=%.1fs loop=%.1fs beam=%.1fs ratio=%.2f maxHeap=%dMB%n",
        n,
        scale.name(),
        (generated - t0) / 1e9,
        (loop1 - loop0) / 1e9,
        (beam1 - loop1) / 1e9,
        (beam1 - loop1) / (double) (loop1 - loop0),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** terrain contribute for each member, then terrain federate over the files, on one JVM. */
  private static byte[] loop(List<Path> members, Path keyFile, Path dir) throws IOException {
    Files.createDirectories(dir);
    Terrain terrain = Terrain.builder().findPlugins().build();
    FederationKey key = FederationKey.read(keyFile);
    for (Path m : members) {
      ReadResult read = terrain.read(m, LocalDate.parse(TODAY));
      var c =
          Contributions.standard(
              read.orThrow(),
              Period.ofYear(2020),
              Optional.of(key),
              Provenance.of(Provenance.terrainGenerator(), m, read.dataset()));
      ContributionJson.write(c, dir.resolve(c.organisation() + ".contribution.json"));
    }
    ContributionSet set = ContributionSet.empty();
    try (var files = Files.list(dir)) {
      for (Path f :
          files.filter(f -> f.toString().endsWith(".contribution.json")).sorted().toList()) {
        set.add(f.getFileName().toString(), ContributionJson.read(f).contribution().orElseThrow());
      }
    }
    byte[] report =
        FederationReportJson.toBytes(
            Federation.merge("fdss", set, FederationOptions.of()).report().orElseThrow());
    Files.write(dir.resolve("fdss.json"), report);
    return report;
  }
}
