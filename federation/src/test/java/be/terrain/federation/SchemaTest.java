package be.terrain.federation;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Dataset;
import be.terrain.stats.Rounding;
import be.terrain.testing.MiniCsv;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every file the writers produce validates against the JSON Schemas of docs/schemas. */
class SchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static Schema contribution;
  private static Schema report;
  private static final List<Contribution> contributions = new ArrayList<>();

  private static Schema schema(String name) throws IOException {
    Path file = Path.of("..", "docs", "schemas", name);
    return REGISTRY.getSchema(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  @BeforeAll
  static void load() throws IOException {
    contribution = schema("terrain-contribution-1.schema.json");
    report = schema("terrain-federation-report-1.schema.json");
    Dataset d = MiniCsv.reference();
    contributions.add(Fixtures.contribution(d, Optional.of(Fixtures.KEY), Fixtures.idCodes(d)));
    contributions.add(Fixtures.contribution(d, Optional.empty(), p -> null));
    int[] globals = new int[50];
    for (int i = 0; i < globals.length; i++) {
      globals[i] = i;
    }
    contributions.add(Members.member("other", globals).contribution(Optional.of(Fixtures.KEY)));
  }

  private static void assertValid(Schema schema, byte[] json) {
    assertThat(schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void contributionsAreValid() {
    for (Contribution c : contributions) {
      assertValid(contribution, ContributionJson.toBytes(c));
    }
  }

  @Test
  void federationReportsAreValid() {
    List<Contribution> linked = List.of(contributions.get(0), contributions.get(2));
    for (FederationOptions o :
        List.of(
            FederationOptions.of(),
            FederationOptions.of().withSuppressBelow(5).withRounding(Rounding.LARGEST_REMAINDER),
            FederationOptions.of().withLinkage(false))) {
      assertValid(
          report,
          FederationReportJson.toBytes(Federation.merge("fdss", linked, o).report().orElseThrow()));
    }
  }

  @Test
  void theSchemasRefuseWhatTheSpecRefuses() {
    String json =
        new String(ContributionJson.toBytes(contributions.get(0)), StandardCharsets.UTF_8);
    assertThat(
            contribution.validate(
                json.replace("\"format\": \"terrain-contribution/1\"", "\"format\": \"x\""),
                InputFormat.JSON))
        .isNotEmpty();
    assertThat(
            contribution.validate(
                json.replaceFirst("\"n\": ", "\"n\": -1, \"m\": "), InputFormat.JSON))
        .isNotEmpty();
  }
}
