package be.terrain.testkit.broken;

import be.terrain.core.Code;
import be.terrain.core.Dataset;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ReadResult;
import be.terrain.core.spi.DatasetFormat;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.PluginContext;
import be.terrain.core.spi.ProblemSink;
import be.terrain.core.spi.ReadOptions;
import be.terrain.core.spi.TerrainPlugin;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.Dimensions;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.Subject;
import be.terrain.stats.TableSpec;
import be.terrain.testkit.CodeListContract;
import be.terrain.testkit.DatasetFormatContract;
import be.terrain.testkit.DatasetFormatProperties;
import be.terrain.testkit.DatasetRuleContract;
import be.terrain.testkit.DimensionContract;
import be.terrain.testkit.PluginContract;
import be.terrain.testkit.ReportDefinitionContract;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;

/** Kit subclasses over implementations that break their contract. */
public final class BrokenCases {
  /** The tag of the cases: the build leaves them out (they fail, on purpose). */
  public static final String BROKEN = "broken-on-purpose";

  private BrokenCases() {}

  /** Gives some contacts a code index one past the end of contact_channel. */
  static final Dimension OUT_OF_LIST =
      new Dimension() {
        @Override
        public String id() {
          return "out_of_list";
        }

        @Override
        public Subject subject() {
          return Subject.CONTACT;
        }

        @Override
        public String codeList() {
          return "contact_channel";
        }

        @Override
        public Classifier bind(DimensionContext context) {
          int size = context.codes(codeList()).size();
          return record -> record % 2 == 1 ? size : 0;
        }
      };

  /** Each binding classifies differently. */
  static final Dimension FICKLE =
      new Dimension() {
        private final AtomicInteger bindings = new AtomicInteger();

        @Override
        public String id() {
          return "fickle";
        }

        @Override
        public Subject subject() {
          return Subject.PERSON;
        }

        @Override
        public String codeList() {
          return "sex";
        }

        @Override
        public Classifier bind(DimensionContext context) {
          int shift = bindings.incrementAndGet();
          return record -> (record + shift) % 4;
        }
      };

  /** A dimension that leaves anonymous contacts without a code. */
  static final Dimension PARTIAL =
      new Dimension() {
        @Override
        public String id() {
          return "partial";
        }

        @Override
        public Subject subject() {
          return Subject.CONTACT;
        }

        @Override
        public String codeList() {
          return "contact_channel";
        }

        @Override
        public Classifier bind(DimensionContext context) {
          Dataset d = context.dataset();
          return record ->
              d.contacts().person(record) < 0 ? Classifier.NONE : d.contacts().channel(record);
        }
      };

  /** A dimension that gives a code outside its list. */
  @Tag(BROKEN)
  public static class OutOfListDimensionCase extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return OUT_OF_LIST;
    }
  }

  /** A dimension that is not deterministic. */
  @Tag(BROKEN)
  public static class FickleDimensionCase extends DimensionContract {
    @Override
    protected Dimension dimension() {
      return FICKLE;
    }
  }

  /**
   * A report whose single-valued table does not add up: anonymous contacts count in n, in no row.
   */
  @Tag(BROKEN)
  public static class UnbalancedReportCase extends ReportDefinitionContract {
    @Override
    protected ReportDefinition definition() {
      return ReportDefinition.of(
          "unbalanced",
          List.of(
              TableSpec.of("contacts.partial", Population.CONTACT_ROWS, PARTIAL, Measure.ACTS),
              TableSpec.of(
                  "profile.sex",
                  Population.PSYCHOSOCIAL_PERSONS,
                  Dimensions.SEX,
                  Measure.PERSONS)));
    }
  }

  /** A plugin that adds a code the standard contact_channel list has. */
  @Tag(BROKEN)
  public static class ClashingCodesCase extends CodeListContract {
    @Override
    protected TerrainPlugin plugin() {
      return new Plugin(
          "clashing",
          "1.0",
          c ->
              c.addCodes(
                  "contact_channel",
                  List.of(Code.of("contact_channel", "STREET", "Rue", "Straat", "Street"))));
    }
  }

  /** A plugin whose codes have a blank label and a space. */
  @Tag(BROKEN)
  public static class BadLabelsCase extends CodeListContract {
    @Override
    protected TerrainPlugin plugin() {
      return new Plugin(
          "labels",
          "1.0",
          c ->
              c.addCodes(
                  "contact_channel",
                  List.of(Code.of("contact_channel", "BY BIKE", " ", "Fiets", "Bike"))));
    }
  }

  /** A plugin built for SPI 2.0, not listed in META-INF/services. */
  @Tag(BROKEN)
  public static class IncompatiblePluginCase extends PluginContract {
    @Override
    protected TerrainPlugin plugin() {
      return new Plugin("future", "2.0", c -> {});
    }
  }

  /** A format that loses the contacts and throws on bytes it does not know. */
  @Tag(BROKEN)
  public static class LossyFormatCase extends DatasetFormatContract {
    @Override
    protected DatasetFormat format() {
      return new LossyFormat();
    }

    @Override
    protected int datasets() {
      return 15;
    }
  }

  /** The same lossy format under the kit's round-trip property alone. */
  @Tag(BROKEN)
  public static class LossyFormatProperties implements DatasetFormatProperties {
    @Override
    public DatasetFormat format() {
      return new LossyFormat();
    }

    @Override
    public int roundTripExamples() {
      return 15;
    }
  }

  /** A rule that reports Terrain's codes. */
  @Tag(BROKEN)
  public static class BorrowingRuleCase extends DatasetRuleContract {
    @Override
    protected DatasetRule rule() {
      return new DatasetRule() {
        @Override
        public String id() {
          return "borrowing";
        }

        @Override
        public List<ProblemCode> problemCodes() {
          return List.of(ProblemCodes.UNKNOWN_ANTENNA);
        }

        @Override
        public void check(Dataset dataset, LocalDate today, ProblemSink problems) {
          for (int r = 0; r < dataset.contacts().size(); r++) {
            problems.report(
                dataset.contacts().problem(ProblemCodes.UNKNOWN_ANTENNA, r, "antenna_id").build());
          }
        }
      };
    }
  }

  /** A configurable plugin. */
  static final class Plugin implements TerrainPlugin {
    private final String id;
    private final String spi;
    private final java.util.function.Consumer<PluginContext> registration;

    Plugin(String id, String spi, java.util.function.Consumer<PluginContext> registration) {
      this.id = id;
      this.spi = spi;
      this.registration = registration;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String version() {
      return "1.0.0";
    }

    @Override
    public String spiVersion() {
      return spi;
    }

    @Override
    public void register(PluginContext context) {
      registration.accept(context);
    }
  }

  /**
   * The organisation and antennas as Java data (no contacts, no persons...); reading throws on
   * anything else.
   */
  static final class LossyFormat implements DatasetFormat {
    @Override
    public String name() {
      return "lossy";
    }

    @Override
    public String description() {
      return "loses every record but the organisation and antennas";
    }

    @Override
    public Optional<String> fileExtension() {
      return Optional.of(".bin");
    }

    @Override
    public ReadResult read(Path source, ReadOptions options) {
      try (DataInputStream in = new DataInputStream(Files.newInputStream(source))) {
        be.terrain.core.DatasetBuilder b = Dataset.builder(options.codes());
        b.organisation(new be.terrain.core.Organisation(in.readUTF(), in.readUTF()));
        int antennas = in.readInt();
        for (int i = 0; i < antennas; i++) {
          b.add(
              new be.terrain.core.Antenna(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
        }
        return ReadResult.of(b.build(), options.today());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + source, e);
      }
    }

    @Override
    public void write(Dataset dataset, Path target) throws IOException {
      try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(target))) {
        out.writeUTF(dataset.organisation().id());
        out.writeUTF(dataset.organisation().name());
        out.writeInt(dataset.antennas().size());
        for (be.terrain.core.Antenna a : dataset.antennas()) {
          out.writeUTF(a.id());
          out.writeUTF(a.name());
          out.writeUTF(a.province());
          out.writeUTF(a.kind());
        }
      }
    }
  }
}
