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
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On demand only (docs/beam.md): N members at a scale (S1 by default), the DirectRunner with two
 * workers against the single-JVM loop of {@code terrain contribute} then {@code terrain federate}
 * (the same calls, on one JVM). Run: {@code ./mvnw -o -pl beam -am verify -DskipITs
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FederationBenchmarkTest -Dterrain.beam.bench=50
 * [-Dterrain.beam.scale=S1] [-Dterrain.beam.dir=/tmp/bench] [-Dterrain.beam.rounds=2]
 * [-DargLine=-Xmx2g]}. Each round runs both sides, alternating which goes first; each side prints
 * its time and the largest heap left in use after a collection (what it holds live).
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

    int rounds = Integer.getInteger("terrain.beam.rounds", 1);
    List<Double> loops = new ArrayList<>();
    List<Double> beams = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    byte[] expected = null;
    for (int round = 0; round < rounds; round++) {
      // Alternate which side goes first (A B, B A, ...): neither always gets the warmer JVM.
      boolean loopFirst = round % 2 == 0;
      double loopSeconds = 0;
      double beamSeconds = 0;
      for (int side = 0; side < 2; side++) {
        boolean runLoop = (side == 0) == loopFirst;
        try (LiveHeap heap = LiveHeap.start()) {
          long t = System.nanoTime();
          byte[] report =
              runLoop
                  ? loop(members, key, dir.resolve("loop"))
                  : beam(membersFile, key, dir.resolve("beam/fdss.json"));
          double seconds = (System.nanoTime() - t) / 1e9;
          if (expected == null) {
            expected = report;
          }
          assertThat(report).isEqualTo(expected);
          if (runLoop) {
            loopSeconds = seconds;
          } else {
            beamSeconds = seconds;
          }
          System.err.printf(
              "bench round=%d side=%s seconds=%.1f maxLiveHeapAfterGc=%s%n",
              round + 1,
              runLoop ? "loop" : "beam",
              seconds,
              heap.maxLiveBytes() < 0 ? "(no collection)" : (heap.maxLiveBytes() >> 20) + "MB");
        }
      }
      loops.add(loopSeconds);
      beams.add(beamSeconds);
      ratios.add(beamSeconds / loopSeconds);
    }
    System.err.printf(
        "bench members=%d scale=%s generate=%.1fs rounds=%d loop=%s beam=%s ratio=%s"
            + " medianRatio=%.2f maxHeap=%dMB%n",
        n,
        scale.name(),
        (generated - t0) / 1e9,
        rounds,
        loops,
        beams,
        ratios,
        median(ratios),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }

  /** The pipeline on the DirectRunner with two workers; the report's bytes. */
  private static byte[] beam(Path membersFile, Path key, Path out) throws IOException {
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
    assertThat(status).isZero();
    return Files.readAllBytes(out);
  }

  /**
   * The largest heap the collectors left in use after a collection while it ran: a measure of what
   * is live (the records held), where the peak of used heap would count garbage.
   */
  private static final class LiveHeap implements AutoCloseable {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;
    private final AtomicLong max = new AtomicLong(-1);

    private LiveHeap() {
      listener =
          (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                notification.getType())) {
              var info =
                  GarbageCollectionNotificationInfo.from(
                      (CompositeData) notification.getUserData());
              long used =
                  info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                      .mapToLong(MemoryUsage::getUsed)
                      .sum();
              max.accumulateAndGet(used, Math::max);
            }
          };
    }

    static LiveHeap start() {
      System.gc();
      LiveHeap heap = new LiveHeap();
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(heap.listener, null, null);
          heap.emitters.add(emitter);
        }
      }
      return heap;
    }

    long maxLiveBytes() {
      return max.get();
    }

    @Override
    public void close() {
      for (NotificationEmitter e : emitters) {
        try {
          e.removeNotificationListener(listener);
        } catch (ListenerNotFoundException ignored) {
          // already gone
        }
      }
    }
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
