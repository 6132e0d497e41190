package be.terrain.cli.sample;

import static java.util.Objects.requireNonNull;

import be.terrain.core.Dataset;
import be.terrain.core.DatasetBuilder;
import be.terrain.core.RecordKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the records of a fictional outreach organisation, "Terrain Demo asbl": five antennas in
 * two provinces (three in Hainaut, two in Walloon Brabant), two years of activity (2019 and 2020),
 * persons with profiles, contacts (about 80 % identified; anonymous rows stand for up to a few
 * hundred contacts), accompaniments, health interventions (rapid tests for {@code HIV|SYPHILIS}
 * among them) and distribution acts of several distinct items, plus a Tickets S ledger in 2020 (see
 * {@link TicketsLedger}). No name, pseudonym or figure is real.
 *
 * <p>Deterministic: a scale and a seed always give the same rows in the same order, on any machine.
 * Everything generated is valid under the exchange format's rules (ids, codes, identified contacts
 * of count 1, no activity before a birth year or before a first contact, distribution acts whose
 * rows agree and name each item once, health columns of the row's kind, profile rows of one person
 * and date that agree), so that a sample validates with no problem. Rows stream to a {@link
 * RowSink} kind by kind; memory stays proportional to the number of persons, so the 21.5M-row scale
 * S2 streams to disk in a few hundred megabytes of heap.
 *
 * <p>Instances are immutable and thread-safe; {@link #generate} may be called any number of times.
 */
public final class SampleGenerator {
  /** The generator's version: changes whenever the same scale and seed would give other rows. */
  public static final int VERSION = 1;

  /** The seed of the demo and the benchmarks. */
  public static final long DEFAULT_SEED = 2020L;

  /** The first day of activity. */
  public static final LocalDate FIRST_DAY = SampleCalendar.FIRST_DAY;

  /** The last day of activity. */
  public static final LocalDate LAST_DAY = SampleCalendar.LAST_DAY;

  /** The organisation's id. */
  public static final String ORGANISATION_ID = DemoOrganisation.ID;

  /** The organisation's (invented) name. */
  public static final String ORGANISATION_NAME = DemoOrganisation.NAME;

  /** The antennas' ids, in file order. */
  public static final List<String> ANTENNA_IDS = DemoOrganisation.ANTENNA_IDS;

  private final Scale scale;
  private final long seed;
  private final Persons persons;
  private final TicketsPlan tickets;

  /** The persons' linkage codes, or null for none (the default: the output as pinned). */
  private final LinkageCodes linkage;

  /**
   * A generator of the scale's rows for the seed, without linkage codes.
   *
   * @param scale how many rows of each kind
   * @param seed the seed every random stream derives from: same scale and seed, same rows
   * @throws NullPointerException if the scale is null
   */
  public SampleGenerator(Scale scale, long seed) {
    this.scale = requireNonNull(scale, "scale");
    this.seed = seed;
    this.persons = new Persons(scale.persons(), random(1));
    this.tickets = new TicketsPlan(scale, persons, random(7));
    this.linkage = null;
  }

  private SampleGenerator(SampleGenerator base, LinkageCodes linkage) {
    this.scale = base.scale;
    this.seed = base.seed;
    this.persons = base.persons;
    this.tickets = base.tickets;
    this.linkage = linkage;
  }

  /**
   * The same generator, whose persons also have linkage codes drawn from a shared population (see
   * {@link LinkageCodes}): every other row stays the same, and {@code persons.csv} gains its {@code
   * linkage_code} column. Two generators of different seeds with the same {@link LinkageCodes} make
   * two members of a federation that share persons.
   *
   * @param codes how codes are drawn; null for none (the default)
   * @return a new generator; this one is unchanged
   */
  public SampleGenerator withLinkageCodes(LinkageCodes codes) {
    return new SampleGenerator(this, codes);
  }

  /** {@return how linkage codes are drawn, if they are} */
  public Optional<LinkageCodes> linkageCodes() {
    return Optional.ofNullable(linkage);
  }

  /** {@return the demo dataset: scale {@link Scale#DEMO}, {@link #DEFAULT_SEED}} */
  public static Dataset demoDataset() {
    return dataset(Scale.DEMO, DEFAULT_SEED);
  }

  /** {@return the Tickets S ledger of the demo dataset, with its rule} */
  public static TicketsLedger demoTickets() {
    return new SampleGenerator(Scale.DEMO, DEFAULT_SEED).tickets();
  }

  /**
   * Builds a sample dataset in memory through {@link Dataset#builder()}; each row's position is the
   * line it would have in its CSV file (header = line 1).
   *
   * @param scale how many rows of each kind
   * @param seed the seed every random stream derives from
   * @return the dataset, not validated
   */
  public static Dataset dataset(Scale scale, long seed) {
    return new SampleGenerator(scale, seed).dataset();
  }

  /** {@return this generator's dataset, as {@link #dataset(Scale, long)} builds it} */
  public Dataset dataset() {
    DatasetBuilder builder = Dataset.builder();
    Map<RecordKind, int[]> lines = new EnumMap<>(RecordKind.class);
    this.generate(
        (kind, cells) -> {
          int[] line = lines.computeIfAbsent(kind, k -> new int[] {1});
          builder.addRow(kind, cells, ++line[0]);
        });
    return builder.build();
  }

  /**
   * Writes a sample dataset as an {@code rfc4180} CSV folder (comma, LF, UTF-8 without BOM, header
   * row in canonical column order, one file per record kind, header only when a kind has no rows)
   * plus the Tickets S rule as {@code rules.json}. Streams: memory does not grow with the rows.
   * Files of the same name are replaced; other files are left alone.
   *
   * @param dir the folder, created if missing
   * @param scale how many rows of each kind
   * @param seed the seed every random stream derives from
   * @return the number of bytes of CSV written
   * @throws IOException if writing fails
   */
  public static long writeCsvFolder(Path dir, Scale scale, long seed) throws IOException {
    return new SampleGenerator(scale, seed).writeCsvFolder(dir);
  }

  /**
   * Writes this generator's sample as {@link #writeCsvFolder(Path, Scale, long)} does; with linkage
   * codes, {@code persons.csv} has the {@code linkage_code} column.
   *
   * @param dir the folder, created if missing
   * @return the number of bytes of CSV written
   * @throws IOException if writing fails
   */
  public long writeCsvFolder(Path dir) throws IOException {
    SampleGenerator generator = this;
    Files.createDirectories(dir);
    long bytes;
    try (CsvFolderSink sink = new CsvFolderSink(dir, linkage != null)) {
      generator.generate(sink);
      sink.finish();
      bytes = sink.bytes();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.writeString(
        dir.resolve("rules.json"), generator.tickets().rulesJson(), StandardCharsets.UTF_8);
    return bytes;
  }

  /** {@return the scale} */
  public Scale scale() {
    return scale;
  }

  /** {@return the seed} */
  public long seed() {
    return seed;
  }

  /** {@return the Tickets S ledger of the second year and the rule it is checked against} */
  public TicketsLedger tickets() {
    return tickets.ledger();
  }

  /**
   * The exact number of rows {@link #generate} emits of a kind.
   *
   * @param kind a record kind
   * @return its number of rows
   */
  public long rowCount(RecordKind kind) {
    return switch (requireNonNull(kind, "kind")) {
      case ORGANISATION -> 1;
      case ANTENNA -> ANTENNA_IDS.size();
      case PERSON -> scale.persons();
      case PROFILE -> scale.profiles();
      case CONTACT -> scale.contacts();
      case ACCOMPANIMENT -> scale.accompaniments();
      case HEALTH -> scale.health();
      case DISTRIBUTION -> scale.distributionRows();
    };
  }

  /**
   * Emits every row, kind by kind in {@link RecordKind} order, each kind's activities in date
   * order. The cell array passed to the sink is reused from one row to the next.
   *
   * @param sink what receives each row's cells
   */
  public void generate(RowSink sink) {
    requireNonNull(sink, "sink");
    DemoOrganisation.emit(sink);
    IdFormat personIds = new IdFormat("p-", scale.persons());
    PersonRows people =
        new PersonRows(persons, personIds, linkage == null ? null : linkage.forSeed(seed));
    people.emitPersons(sink);
    people.emitProfiles(sink, random(2));
    Actors actors = new Actors(persons, personIds);
    ActivityRows activities = new ActivityRows(actors);
    activities.emitContacts(sink, scale.contacts(), random(3));
    activities.emitAccompaniments(sink, scale.accompaniments(), random(4));
    activities.emitHealth(sink, scale.health(), random(5));
    new DistributionRows(actors, tickets).emit(sink, scale.distributionRows(), random(6));
  }

  /** An independent random stream per part of the data, so that parts do not shift each other. */
  private SplittableRandom random(int stream) {
    long z = seed + stream * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }
}
