package be.terrain.federation;

import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.federation.internal.ContributionBuilder;
import be.terrain.stats.ReportDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntFunction;

/** Keys, provenances and contributions for the tests. */
final class Fixtures {
  static final Period YEAR = Period.ofYear(2020);
  static final FederationKey KEY =
      FederationKey.of("fdss-test-key-0123456789\n".getBytes(StandardCharsets.UTF_8));
  static final Provenance PROVENANCE = new Provenance("terrain test", "0".repeat(64), 42);

  private Fixtures() {}

  /** Codes derived from the person ids (every person linked). */
  static IntFunction<byte[]> idCodes(Dataset d) {
    return p -> ("L" + d.persons().id(p)).getBytes(StandardCharsets.UTF_8);
  }

  static Contribution contribution(Dataset d, Optional<FederationKey> key, IntFunction<byte[]> c) {
    return ContributionBuilder.build(
        d,
        Contributions.STANDARD,
        ReportDefinition.standard(),
        YEAR,
        key,
        new Provenance("terrain test", "0".repeat(64), Provenance.records(d)),
        c);
  }
}
