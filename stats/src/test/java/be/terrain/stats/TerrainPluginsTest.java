package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Location;
import be.terrain.core.Period;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ReadResult;
import be.terrain.core.TerrainException;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesCheck;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.DistributionRuleKind;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.ProblemSink;
import be.terrain.core.spi.ReadOptions;
import be.terrain.core.spi.RuleKindViolation;
import be.terrain.platform.PluginReport;
import be.terrain.platform.PluginReport.Contribution;
import be.terrain.platform.Terrain;
import be.terrain.stats.plugins.TestPlugins;
import be.terrain.stats.plugins.TestPlugins.Simple;
import be.terrain.stats.spi.StatsPluginContext;
import be.terrain.testing.MiniCsv;
import be.terrain.testing.ReferenceData;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading plugins: what is merged, and every way a plugin is refused without a crash. */
class TerrainPluginsTest {
  private static final List<String> FESTIVAL = List.of("FESTIVAL");

  private static Code channel(String code) {
    return Code.of("contact_channel", code, code, code, code);
  }

  private static PluginReport report(Terrain t, String id) {
    return t.plugins().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> codes(PluginReport r) {
    return r.problems().stream().map(p -> p.code().code()).toList();
  }

  @Nested
  @DisplayName("the built-ins")
  class BuiltIns {
    @Test
    @DisplayName("register the standard report, its tables and dimensions through the SPI")
    void standard() {
      Terrain t = Terrain.standard();
      assertThat(t.plugins())
          .extracting(PluginReport::id, PluginReport::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("terrain-stats", PluginReport.Status.LOADED));
      assertThat(Reports.of(t).definition("standard")).isSameAs(ReportDefinition.standard());
      assertThat(Reports.of(t).definitions()).containsOnlyKeys("standard");
      assertThat(Reports.of(t).tableSpecs()).hasSize(21).containsKey("profile.sex");
      assertThat(Reports.of(t).dimensions())
          .hasSize(20)
          .contains(Dimensions.SEX, Dimensions.ACT_ITEM_GROUPS, Dimensions.ITEM_GROUP);
      assertThat(Reports.of(t).findDimension(Subject.DISTRIBUTION_ACT, "item_group"))
          .contains(Dimensions.ACT_ITEM_GROUPS);
      assertThat(Reports.of(t).findDimension(Subject.DISTRIBUTION_ROW, "item_group"))
          .contains(Dimensions.ITEM_GROUP);
      assertThat(t.codes()).isEqualTo(CodeRegistry.standard());
      assertThat(t.datasetRules()).isEmpty();
      assertThat(report(t, "terrain-stats").contributions())
          .contains(new Contribution("report-definition", "standard (21 tables)"));
      assertThat(Terrain.version()).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
      assertThat(Terrain.SPI_VERSION).isEqualTo("1.0");
    }

    @Test
    @DisplayName("name what is registered when asked for what is not")
    void unknownNames() {
      Terrain t = Terrain.standard();
      assertThatThrownBy(() -> Reports.of(t).definition("fdss-2020"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "no report definition 'fdss-2020': registered are standard; report definitions"
                  + " other than standard come from plugins: add the plugin's jar to the class"
                  + " path and call Terrain.builder().findPlugins(), or add the plugin by hand");
      assertThatThrownBy(() -> t.datasetFormat("csv"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("findPlugins()");
      assertThat(Reports.of(t).findReportFormat("json")).isEmpty();
    }
  }

  @Nested
  @DisplayName("a good plugin")
  class Good {
    @Test
    @DisplayName("adds its code list, dimension and report, computed by the same engine")
    void federation() {
      Terrain t = Terrain.builder().add(new TestPlugins.Federation()).build();
      PluginReport r = report(t, "federation");
      assertThat(r.isLoaded()).isTrue();
      assertThat(r.problems()).isEmpty();
      assertThat(r.version()).isEqualTo("2.1.0");
      assertThat(r.type()).isEqualTo(TestPlugins.Federation.class.getName());
      assertThat(r.contributions())
          .containsExactly(
              new Contribution("code-list", "age_band_10"),
              new Contribution("dimension", "age_band_10 (PERSON)"),
              new Contribution("report-definition", "federation (2 tables)"));
      assertThat(t.codes().list("age_band_10")).isEqualTo(TestPlugins.AGE_BAND_10);
      Dataset d = MiniCsv.load(ReferenceData.seed2020(), Dataset.builder(t.codes())).build();
      Report report = Reports.of(t).compute(d, "federation", ReportOptions.of(Period.ofYear(2020)));
      ReportTable age =
          report.table("fed.age", Scope.organisation(d.organisation().id())).orElseThrow();
      ReportTable sex =
          report.table("fed.sex", Scope.organisation(d.organisation().id())).orElseThrow();
      assertThat(age.rows())
          .extracting(ReportRow::code)
          .containsExactly("<20", "20-29", "30-39", "40-49", "50+", "UNKNOWN");
      assertThat(age.n()).isEqualTo(sex.n()).isPositive();
      assertThat(age.rows().stream().mapToLong(row -> row.count().orElseThrow()).sum())
          .isEqualTo(age.n());
      // the standard report's age bands, folded into ten-year bands, give the same persons
      ReportTable standard =
          Statistics.compute(d, ReportOptions.of(Period.ofYear(2020)))
              .table("profile.age_band", Scope.organisation(d.organisation().id()))
              .orElseThrow();
      long under20 =
          count(standard, "<18") + count(standard, "18-24") * 0; // 18-24 straddles 20: not foldable
      assertThat(count(age, "<20")).isGreaterThanOrEqualTo(under20);
      assertThat(count(age, "30-39"))
          .isEqualTo(count(standard, "30-34") + count(standard, "35-39"));
      assertThat(count(age, "UNKNOWN")).isEqualTo(count(standard, "UNKNOWN"));
    }

    private long count(ReportTable t, String code) {
      return t.row(code).orElseThrow().count().orElseThrow();
    }

    @Test
    @DisplayName(
        "adds codes to a standard list, before UNKNOWN, and the context shows them at once")
    void codesAdded() {
      AtomicReference<CodeRegistry> seen = new AtomicReference<>();
      Terrain t =
          Terrain.builder()
              .add(
                  Simple.of(
                      "festivals",
                      c -> {
                        c.addCodes("contact_channel", List.of(channel("FESTIVAL")));
                        seen.set(c.codes());
                      }))
              .build();
      assertThat(report(t, "festivals").isLoaded()).isTrue();
      assertThat(seen.get().list("contact_channel").contains("FESTIVAL")).isTrue();
      CodeList channels = t.codes().list("contact_channel");
      assertThat(channels.codes())
          .extracting(Code::code)
          .containsSubsequence(
              CodeRegistry.standard().list("contact_channel").codes().stream()
                  .map(Code::code)
                  .toList())
          .endsWith("FESTIVAL");
      Terrain withUnknown =
          Terrain.builder()
              .add(
                  Simple.of(
                      "roles",
                      c ->
                          c.addCodes(
                              "sex",
                              List.of(Code.of("sex", "I", "Intersexe", "Interseks", "Intersex")))))
              .build();
      assertThat(withUnknown.codes().list("sex").codes())
          .extracting(Code::code)
          .endsWith("I", "UNKNOWN");
      assertThat(CodeRegistry.standard().list("contact_channel").contains("FESTIVAL")).isFalse();
    }

    @Test
    @DisplayName(
        "adds dataset rules that Terrain.validate and Terrain.read run after Terrain's own")
    void rules(@TempDir Path dir) throws IOException {
      ProblemCode code = new ProblemCode("FED-0001", "contact at %s", "contact à %s");
      DatasetRule everyContact =
          new DatasetRule() {
            @Override
            public String id() {
              return "fed.every-contact";
            }

            @Override
            public List<ProblemCode> problemCodes() {
              return List.of(code);
            }

            @Override
            public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
              if (dataset.contacts().size() > 0) {
                problems.report(dataset.contacts().problem(code, 0, null).args("x").build());
              }
            }
          };
      AtomicReference<ReadOptions> options = new AtomicReference<>();
      DatasetFormat mini =
          new DatasetFormat() {
            @Override
            public String name() {
              return "mini";
            }

            @Override
            public String description() {
              return "core's test loader";
            }

            @Override
            public Optional<String> fileExtension() {
              return Optional.empty();
            }

            @Override
            public ReadResult read(Path source, ReadOptions o) {
              options.set(o);
              return ReadResult.of(
                  MiniCsv.load(source, Dataset.builder(o.codes())).build(), o.today());
            }

            @Override
            public void write(Dataset dataset, Path target) {
              throw new UnsupportedOperationException();
            }
          };
      Terrain t =
          Terrain.builder()
              .add(Simple.of("fed", c -> c.addDatasetRule(everyContact).addDatasetFormat(mini)))
              .add(new TestPlugins.Federation())
              .build();
      assertThat(t.refused()).isEmpty();
      assertThat(t.datasetRules()).containsExactly(everyContact);
      ReadResult r = t.read(ReferenceData.seed2020(), ReferenceData.READ_ON);
      assertThat(options.get()).isEqualTo(new ReadOptions(t.codes(), ReferenceData.READ_ON));
      assertThat(r.validation().problems())
          .extracting(p -> p.code().code())
          .containsExactly("FED-0001");
      assertThat(t.validate(r.dataset(), ReferenceData.READ_ON)).isEqualTo(r.validation());
      assertThat(t.read(ReferenceData.seed2020(), "mini", ReferenceData.READ_ON)).isEqualTo(r);
      assertThat(t.findFormatFor(ReferenceData.seed2020())).contains(mini);
      assertThat(t.findFormatFor(dir.resolve("x.json"))).isEmpty();
      assertThatThrownBy(() -> t.read(dir.resolve("x.json"), ReferenceData.READ_ON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mini");
    }

    @Test
    @DisplayName("adds distribution rule kinds; one that throws is reported and the others run")
    void ruleKinds() {
      DistributionRuleKind cap =
          kind(
              "fed.cap",
              (d, asOf) ->
                  List.of(
                      new RuleKindViolation(
                          "fed.cap",
                          "d-1",
                          Optional.of("p-1"),
                          asOf,
                          Optional.of("2020-03"),
                          "over")));
      DistributionRuleKind broken =
          kind(
              "fed.broken",
              (d, asOf) -> {
                throw new ArithmeticException("/ by zero");
              });
      Terrain t =
          Terrain.builder()
              .add(
                  Simple.of(
                      "fed", c -> c.addDistributionRuleKind(broken).addDistributionRuleKind(cap)))
              .build();
      RulesCheck check = t.check(MiniCsv.reference(), RuleSet.empty(), LocalDate.of(2020, 12, 31));
      assertThat(check.kindViolations())
          .extracting(RuleKindViolation::kind)
          .containsExactly("fed.cap");
      assertThat(check.kindProblems())
          .extracting(Problem::message)
          .containsExactly(
              "distribution rule kind fed.broken failed and checked nothing: java.lang.ArithmeticException: / by zero");
      assertThat(check.isClean()).isFalse();
    }
  }

  private static DistributionRuleKind kind(
      String id, java.util.function.BiFunction<Dataset, LocalDate, List<RuleKindViolation>> f) {
    return new DistributionRuleKind() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return "a test kind";
      }

      @Override
      public List<RuleKindViolation> check(Dataset dataset, LocalDate asOf) {
        return f.apply(dataset, asOf);
      }
    };
  }

  @Nested
  @DisplayName("a plugin is refused, reported by id, and leaves nothing behind, when")
  class Refused {
    @Test
    @DisplayName("its register method throws after registering a list")
    void throwsInRegister() {
      Terrain t =
          Terrain.builder()
              .add(
                  Simple.of(
                      "broken",
                      c -> {
                        c.addCodeList(TestPlugins.AGE_BAND_10);
                        throw new IllegalStateException("oops");
                      }))
              .add(new TestPlugins.Federation())
              .build();
      PluginReport r = report(t, "broken");
      assertThat(r.status()).isEqualTo(PluginReport.Status.REFUSED);
      assertThat(r.contributions()).isEmpty();
      assertThat(r.problems())
          .extracting(Problem::message)
          .containsExactly(
              "plugin broken failed while registering: java.lang.IllegalStateException: oops");
      // the list it registered was rolled back, so the federation plugin could register its own
      assertThat(report(t, "federation").isLoaded()).isTrue();
    }

    @Test
    @DisplayName(
        "it adds a code the standard list has, and its other registrations are rolled back")
    void clashWithStandard() {
      Terrain t =
          Terrain.builder()
              .add(
                  Simple.of(
                      "clash",
                      c -> {
                        c.addCodes("contact_channel", List.of(channel("FESTIVAL")));
                        c.addCodes("contact_channel", List.of(channel("STREET")));
                        StatsPluginContext.of(c)
                            .addReportDefinition("standard", ReportDefinition.standard());
                      }))
              .build();
      PluginReport r = report(t, "clash");
      assertThat(r.isLoaded()).isFalse();
      assertThat(codes(r)).containsExactly("TER-0506", "TER-0506");
      assertThat(r.problems())
          .extracting(Problem::message)
          .containsExactly(
              "plugin clash clashes with what is registered: code 'STREET' is already in list 'contact_channel' (a standard code)",
              "plugin clash clashes with what is registered: report definition 'standard' is already registered (by plugin terrain-stats)");
      assertThat(t.codes()).isEqualTo(CodeRegistry.standard());
    }

    @Test
    @DisplayName("it adds a list another plugin added (the one of higher priority keeps it)")
    void clashBetweenPlugins() {
      Terrain t =
          Terrain.builder()
              .add(new Simple("low", "1", "1.0", -5, c -> c.addCodeList(TestPlugins.AGE_BAND_10)))
              .add(new TestPlugins.Federation())
              .build();
      assertThat(report(t, "federation").isLoaded()).isTrue();
      assertThat(report(t, "low").problems())
          .extracting(Problem::message)
          .containsExactly(
              "plugin low clashes with what is registered: code list 'age_band_10' is already registered (by plugin federation)");
    }

    @Test
    @DisplayName("another plugin has its id (the one of higher priority is kept)")
    void duplicate() {
      Terrain t =
          Terrain.builder()
              .add(
                  new Simple("fed", "1.0.0", "1.0", 0, c -> c.addCodeList(TestPlugins.AGE_BAND_10)))
              .add(new Simple("fed", "2.0.0", "1.0", 5, c -> {}))
              .build();
      assertThat(t.plugins())
          .extracting(PluginReport::id, PluginReport::version, PluginReport::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "terrain-stats", Terrain.version(), PluginReport.Status.LOADED),
              org.assertj.core.groups.Tuple.tuple("fed", "2.0.0", PluginReport.Status.LOADED),
              org.assertj.core.groups.Tuple.tuple("fed", "1.0.0", PluginReport.Status.REFUSED));
      assertThat(t.plugins().get(2).problems())
          .extracting(Problem::message)
          .containsExactly("plugin fed is loaded already (version 2.0.0): this one is left out");
      assertThat(t.codes().find("age_band_10")).isEmpty();
    }

    @Test
    @DisplayName("it is built for another major SPI version")
    void incompatible() {
      Terrain t =
          Terrain.builder()
              .add(
                  new Simple(
                      "future",
                      "3.0",
                      "2.0",
                      0,
                      c -> {
                        throw new AssertionError("never registered");
                      }))
              .build();
      assertThat(report(t, "future").problems())
          .extracting(Problem::message)
          .containsExactly(
              "plugin future is built for SPI 2.0; this Terrain implements SPI 1.0 and needs the same major version");
    }

    @Test
    @DisplayName("its identity is malformed or cannot be asked")
    void invalid() {
      Terrain t =
          Terrain.builder()
              .add(new Simple("Bad Id", "1", "1.0", 0, c -> {}))
              .add(new Simple("noversion", " ", "1.0", 0, c -> {}))
              .add(new Simple("nospi", "1", "one", 0, c -> {}))
              .add(
                  new Simple("x", "1", "1.0", 0, c -> {}) {
                    @Override
                    public String id() {
                      throw new UnsupportedOperationException("not yet");
                    }
                  })
              .build();
      assertThat(t.refused())
          .extracting(PluginReport::id)
          .containsExactly(
              Simple.class.getName(),
              "noversion",
              "nospi",
              TerrainPluginsTest.class.getName() + "$Refused$1");
      assertThat(t.refused())
          .flatExtracting(PluginReport::problems)
          .extracting(Problem::message)
          .containsExactly(
              "plugin "
                  + Simple.class.getName()
                  + " does not identify itself properly: id 'Bad Id' is not 1 to 64 characters of a-z 0-9 . _ - starting with a letter or digit",
              "plugin noversion does not identify itself properly: version is blank",
              "plugin nospi does not identify itself properly: SPI version 'one' is not major.minor, e.g. 1.0",
              "plugin "
                  + TerrainPluginsTest.class.getName()
                  + "$Refused$1 does not identify itself properly: asking its identity threw java.lang.UnsupportedOperationException: not yet");
    }

    @Test
    @DisplayName("a report it registers needs a code list no plugin registered")
    void unusable() {
      Terrain t =
          Terrain.builder()
              .add(
                  Simple.of(
                      "fed",
                      c ->
                          StatsPluginContext.of(c)
                              .addReportDefinition(
                                  "fed",
                                  ReportDefinition.of(
                                      "fed",
                                      List.of(
                                          TableSpec.of(
                                              "fed.age",
                                              Population.PSYCHOSOCIAL_PERSONS,
                                              Dimensions.ageBand("age_band_10"),
                                              Measure.PERSONS))))
                              .addReportDefinition("Fed 2", ReportDefinition.standard())))
              .build();
      assertThat(report(t, "fed").problems())
          .extracting(p -> p.code().code() + " " + p.message())
          .containsExactly(
              "TER-0507 plugin fed registers something that cannot be used: report definition name 'Fed 2' is not 1 to 64 characters of a-z 0-9 . _ -",
              "TER-0507 plugin fed registers something that cannot be used: report definition 'fed', table 'fed.age': dimension 'age_band_10' reads code list 'age_band_10', which is not registered");
      assertThat(Reports.of(t).findDefinition("fed")).isEmpty();
    }

    @Test
    @DisplayName("a rule of it reports Terrain's problem codes")
    void terrainsProblemCodes() {
      DatasetRule rule =
          new DatasetRule() {
            @Override
            public String id() {
              return "fed.rule";
            }

            @Override
            public List<ProblemCode> problemCodes() {
              return List.of(be.terrain.core.ProblemCodes.UNKNOWN_ANTENNA);
            }

            @Override
            public void check(Dataset dataset, LocalDate today, ProblemSink problems) {}
          };
      Terrain t = Terrain.builder().add(Simple.of("fed", c -> c.addDatasetRule(rule))).build();
      assertThat(report(t, "fed").problems())
          .extracting(Problem::message)
          .containsExactly(
              "plugin fed clashes with what is registered: dataset rule 'fed.rule': problem code TER-0303 has Terrain's prefix TER-");
    }
  }

  @Nested
  @DisplayName("discovery")
  class Discovery {
    @Test
    @DisplayName("reports what the service loader cannot load, and loads the rest")
    void serviceLoaderErrors(@TempDir Path dir) throws IOException {
      Path services = dir.resolve("META-INF/services/be.terrain.core.spi.TerrainPlugin");
      Files.createDirectories(services.getParent());
      Files.writeString(
          services,
          String.join(
                  "\n",
                  "com.example.Missing",
                  TestPlugins.ThrowsWhenMade.class.getName(),
                  TestPlugins.NotAPlugin.class.getName(),
                  TestPlugins.Federation.class.getName())
              + "\n",
          StandardCharsets.UTF_8);
      try (URLClassLoader loader =
          new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
        Terrain t = Terrain.builder().findPlugins(loader).add(new TestPlugins.Federation()).build();
        assertThat(t.plugins())
            .extracting(PluginReport::id)
            .containsExactly(
                "terrain-stats",
                "federation",
                "com.example.Missing",
                TestPlugins.ThrowsWhenMade.class.getName(),
                TestPlugins.NotAPlugin.class.getName());
        assertThat(t.refused()).allSatisfy(r -> assertThat(codes(r)).containsExactly("TER-0501"));
        assertThat(t.refused().get(0).problems().get(0).message())
            .startsWith(
                "plugin com.example.Missing could not be loaded: java.util.ServiceConfigurationError");
        assertThat(t.refused().get(1).problems().get(0).message())
            .contains("could not be instantiated")
            .contains("IllegalStateException: no configuration file");
        assertThat(t.refused().get(2).problems().get(0).message()).contains("not a subtype");
        assertThat(report(t, "federation").source()).isPresent();
        assertThat(report(t, "federation").problems()).isEmpty();
      }
    }

    @Test
    @DisplayName("finds nothing on a class path without plugins, and the built-ins still load")
    void nothingFound() {
      Terrain t = Terrain.builder().findPlugins().build();
      assertThat(t.plugins()).extracting(PluginReport::id).containsExactly("terrain-stats");
    }
  }

  @Nested
  @DisplayName("the context")
  class Context {
    @Test
    @DisplayName("offers the report's extension points and nothing it does not know")
    void extensions() {
      AtomicReference<PluginContext> kept = new AtomicReference<>();
      Terrain t =
          Terrain.builder()
              .add(
                  Simple.of(
                      "fed",
                      c -> {
                        assertThat(c.pluginId()).isEqualTo("fed");
                        assertThat(c.spiVersion()).isEqualTo(Terrain.SPI_VERSION);
                        assertThat(c.extension(StatsPluginContext.class)).isPresent();
                        assertThat(c.extension(Runnable.class)).isEmpty();
                        kept.set(c);
                      }))
              .build();
      assertThat(report(t, "fed").isLoaded()).isTrue();
      assertThatThrownBy(() -> kept.get().addCodeList(TestPlugins.AGE_BAND_10))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "plugin fed: the plugin context is closed once register(context) has returned");
    }

    @Test
    @DisplayName("of another loader has no report extension points, and says so")
    void foreignContext() {
      PluginContext foreign =
          new PluginContext() {
            @Override
            public String pluginId() {
              return "fed";
            }

            @Override
            public String spiVersion() {
              return "1.0";
            }

            @Override
            public CodeRegistry codes() {
              return CodeRegistry.standard();
            }

            @Override
            public PluginContext addCodeList(CodeList list) {
              return this;
            }

            @Override
            public PluginContext addCodes(String listId, List<Code> codes) {
              return this;
            }

            @Override
            public PluginContext addDatasetRule(DatasetRule rule) {
              return this;
            }

            @Override
            public PluginContext addDistributionRuleKind(DistributionRuleKind kind) {
              return this;
            }

            @Override
            public PluginContext addDatasetFormat(DatasetFormat format) {
              return this;
            }

            @Override
            public <T> Optional<T> extension(Class<T> type) {
              return Optional.empty();
            }
          };
      assertThatThrownBy(() -> StatsPluginContext.of(foreign))
          .isInstanceOf(TerrainException.class)
          .hasMessageStartingWith("plugin fed: this plugin context has no report extension points");
    }
  }

  @Test
  void problemsOfPluginsFromAJarAreLocatedThere() {
    Terrain t = Terrain.builder().add(new Simple("x", "1", "9.0", 0, c -> {})).build();
    assertThat(t.refused().get(0).problems().get(0).location())
        .isEqualTo(t.refused().get(0).source().map(Location::ofFile).orElse(Location.NONE));
    assertThat(FESTIVAL).isNotEmpty();
  }
}
