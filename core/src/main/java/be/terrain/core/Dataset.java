package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.DatasetRules;
import be.terrain.core.internal.Schema;
import be.terrain.core.internal.Table;
import be.terrain.core.spi.DatasetRule;
import be.terrain.core.spi.ProblemSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One organisation's records: its antennas, persons, profiles, contacts, accompaniments, health
 * interventions and distributions. Immutable once built, and compact: codes are stored as small
 * integers, dates as day numbers and ids interned, so tens of millions of records fit in a few GB;
 * records are handed out as typed views made on demand.
 *
 * <p>Build one with {@link #builder()}; check it with {@link #validateWithoutPlugins(LocalDate)},
 * which returns every problem at once. A dataset that has problems can still be inspected (nothing
 * is dropped), but statistics and rules expect a valid one: the dataset remembers the problems its
 * last validation found ({@link #knownProblems()}), so that the statistics can refuse it without
 * validating again. That memory is its only state besides its records; it takes no part in {@link
 * #equals}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Dataset {
  private static final Logger LOG = LoggerFactory.getLogger(Dataset.class);

  private final DatasetParts parts;
  private final List<Problem> readProblems;
  private final long readOmitted;
  private final int problemLimit;
  private final List<Antenna> antennas;
  private final List<String> provinces;
  private final PersonTable persons;
  private final ProfileTable profiles;
  private final ContactTable contacts;
  private final AccompanimentTable accompaniments;
  private final HealthTable health;
  private final DistributionTable distributions;

  /** The problems of the last validation, and those extra rules found since; null until then. */
  private volatile Known known;

  private record Known(List<Problem> validation, List<Problem> rules) {}

  Dataset(DatasetParts parts, List<Problem> readProblems, long readOmitted, int problemLimit) {
    this.parts = parts;
    this.readProblems = List.copyOf(readProblems);
    this.readOmitted = readOmitted;
    this.problemLimit = problemLimit;
    Table a = parts.table(RecordKind.ANTENNA);
    String kindList = Schema.fields(RecordKind.ANTENNA)[Schema.ANTENNA_KIND].list();
    List<Antenna> as = new ArrayList<>(a.size());
    TreeSet<String> ps = new TreeSet<>();
    for (int r = 0; r < a.size(); r++) {
      String id = parts.recordId(RecordKind.ANTENNA, r);
      String name = a.texts(Schema.ANTENNA_NAME)[r];
      String province = a.texts(Schema.ANTENNA_PROVINCE)[r];
      byte kind = a.codes(Schema.ANTENNA_KIND)[r];
      String kindCode =
          kind >= 0
              ? parts.registry().list(kindList).get(kind).code()
              : a.raw(r, Schema.ANTENNA_KIND);
      as.add(
          new Antenna(
              Objects.requireNonNullElse(id, ""),
              Objects.requireNonNullElse(name, ""),
              Objects.requireNonNullElse(province, ""),
              Objects.requireNonNullElse(kindCode, "")));
      if (province != null) {
        ps.add(province);
      }
    }
    this.antennas = List.copyOf(as);
    this.provinces = List.copyOf(ps);
    this.persons = new PersonTable(parts);
    this.profiles = new ProfileTable(parts);
    this.contacts = new ContactTable(parts);
    this.accompaniments = new AccompanimentTable(parts);
    this.health = new HealthTable(parts);
    this.distributions = new DistributionTable(parts);
  }

  /** {@return a builder whose codes are checked against the standard lists} */
  public static DatasetBuilder builder() {
    return new DatasetBuilder(CodeRegistry.standard());
  }

  /**
   * {@return a builder whose codes are checked against the given lists (with plugins' codes)}
   *
   * @param registry the code lists (the standard ones and those plugins added)
   */
  public static DatasetBuilder builder(CodeRegistry registry) {
    return new DatasetBuilder(registry);
  }

  /** {@return the code lists the dataset's codes refer to} */
  public CodeRegistry codes() {
    return parts.registry();
  }

  /**
   * {@return the organisation}
   *
   * @throws IllegalStateException when the input had none
   */
  public Organisation organisation() {
    Table t = parts.table(RecordKind.ORGANISATION);
    if (t.size() == 0) {
      throw new IllegalStateException("the dataset has no organisation: validate it first");
    }
    String id = parts.recordId(RecordKind.ORGANISATION, 0);
    String name = t.texts(Schema.ORGANISATION_NAME)[0];
    return new Organisation(
        Objects.requireNonNullElse(id, ""), Objects.requireNonNullElse(name, ""));
  }

  /** {@return the antennas in the order read; an antenna's index is its position here} */
  public List<Antenna> antennas() {
    return antennas;
  }

  /**
   * {@return the index of the antenna with that id, if any}
   *
   * @param id the antenna's id as written
   */
  public OptionalInt antennaIndex(String id) {
    for (int i = 0; i < antennas.size(); i++) {
      if (antennas.get(i).id().equals(id)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** {@return the provinces that have an antenna, sorted by code point} */
  public List<String> provinces() {
    return provinces;
  }

  /** {@return the persons; a person's dense number is its row} */
  public PersonTable persons() {
    return persons;
  }

  /** {@return the profile assessments} */
  public ProfileTable profiles() {
    return profiles;
  }

  /** {@return the contacts} */
  public ContactTable contacts() {
    return contacts;
  }

  /** {@return the accompaniments} */
  public AccompanimentTable accompaniments() {
    return accompaniments;
  }

  /** {@return the health interventions} */
  public HealthTable health() {
    return health;
  }

  /** {@return the distribution rows} */
  public DistributionTable distributions() {
    return distributions;
  }

  /**
   * {@return the number of records of a kind (distribution rows, not acts)}
   *
   * @param kind the kind of record
   */
  public int size(RecordKind kind) {
    return parts.table(kind).size();
  }

  /**
   * {@return every problem that Terrain's own rules find: those found while the records were added
   * (the reader's and the field rules'), then Terrain's dataset rules — and no plugin's: the name
   * says so} An application with plugins validates with {@code
   * be.terrain.platform.Terrain.validate}, which adds the plugins' rules ({@link #checkRules}). At
   * most the builder's {@link DatasetBuilder#problemLimit problem limit} are kept; the others are
   * counted.
   *
   * @param today the day the file is read: no activity may be dated after it
   */
  public ValidationResult validateWithoutPlugins(LocalDate today) {
    List<Problem> all = new ArrayList<>(readProblems);
    int room = Math.max(0, problemLimit - readProblems.size());
    DatasetRules.Found found =
        DatasetRules.check(parts, Objects.requireNonNull(today, "today"), room);
    all.addAll(found.problems());
    ValidationResult result = new ValidationResult(all, readOmitted + found.omitted());
    remember(result);
    return result;
  }

  /**
   * {@return the problems known without validating again: those the last validation of this dataset
   * found ({@link #validateWithoutPlugins}, or a {@link ReadResult} that paired it with its
   * problems), followed by those extra rules found since ({@link #checkRules}, as {@code
   * be.terrain.platform.Terrain.validate} runs them); before any validation, the problems found
   * while the records were added (the reader's and the field rules')} Empty says only that no
   * problem is known: a dataset never validated may still break a dataset rule. The statistics
   * refuse a dataset with known problems.
   */
  public List<Problem> knownProblems() {
    Known k = known;
    if (k == null) {
      return readProblems;
    }
    if (k.rules().isEmpty()) {
      return k.validation();
    }
    List<Problem> all = new ArrayList<>(k.validation());
    all.addAll(k.rules());
    return List.copyOf(all);
  }

  /** Remembers the outcome of a validation of this dataset (see {@link #knownProblems()}). */
  void remember(ValidationResult validation) {
    known = new Known(validation.problems(), List.of());
  }

  /**
   * {@return the problems extra dataset rules (plugins') find, rule by rule, in the order of the
   * rules} A rule that throws is reported as {@link ProblemCodes#DATASET_RULE_FAILED} instead of
   * its problems, and the other rules still run. Bounded like the readers: see {@link
   * #checkRulesCounted}, whose kept problems this returns.
   *
   * @param today the day the file is read
   * @param rules the rules, run in order
   */
  public List<Problem> checkRules(LocalDate today, List<? extends DatasetRule> rules) {
    return checkRulesCounted(today, rules).problems();
  }

  /**
   * The problems extra dataset rules (plugins') find, as {@link #checkRules}, bounded by the
   * builder's {@link DatasetBuilder#problemLimit problem limit}: with the problems already known
   * (the last validation's, else the reader's), at most the limit are kept, the first in rule
   * order; the others are counted in {@link ValidationResult#omitted()}, never stored, so that a
   * rule reporting every row of a wholly wrong dataset holds no more than the limit.
   *
   * @param today the day the file is read
   * @param rules the rules, run in order
   * @return the rules' problems kept, and how many more there were
   */
  public ValidationResult checkRulesCounted(LocalDate today, List<? extends DatasetRule> rules) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(rules, "rules");
    Known k = known;
    List<Problem> before = k == null ? readProblems : k.validation();
    int room = Math.max(0, problemLimit - before.size());
    List<Problem> all = new ArrayList<>();
    long omitted = 0;
    for (DatasetRule rule : rules) {
      RuleFindings found = new RuleFindings(room - all.size());
      String id = "?";
      try {
        id = rule.id();
        rule.check(this, today, found);
        all.addAll(found.kept);
        omitted += found.omitted;
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("dataset rule {} failed", id, e);
        Problem failed =
            Problem.of(ProblemCodes.DATASET_RULE_FAILED).args(id, String.valueOf(e)).build();
        if (all.size() < room) {
          all.add(failed);
        } else {
          omitted++;
        }
      }
    }
    known = new Known(before, List.copyOf(all));
    return new ValidationResult(all, omitted);
  }

  /** One rule's problems: the first {@code room} kept, the others counted. */
  private static final class RuleFindings implements ProblemSink {
    private final int room;
    private final List<Problem> kept = new ArrayList<>();
    private long omitted;

    RuleFindings(int room) {
      this.room = room;
    }

    @Override
    public void report(Problem problem) {
      Objects.requireNonNull(problem, "problem");
      if (kept.size() < room) {
        kept.add(problem);
      } else {
        omitted++;
      }
    }
  }

  /** Two datasets are equal when they hold the same records in the same order. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Dataset d)) {
      return false;
    }
    return parts.table(RecordKind.ORGANISATION).size()
            == d.parts.table(RecordKind.ORGANISATION).size()
        && (parts.table(RecordKind.ORGANISATION).size() == 0
            || organisation().equals(d.organisation()))
        && antennas.equals(d.antennas)
        && persons.equals(d.persons)
        && profiles.equals(d.profiles)
        && contacts.equals(d.contacts)
        && accompaniments.equals(d.accompaniments)
        && health.equals(d.health)
        && distributions.equals(d.distributions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(antennas, persons.size(), contacts.size(), distributions.size());
  }

  @Override
  public String toString() {
    return "Dataset["
        + (parts.table(RecordKind.ORGANISATION).size() > 0 ? organisation().id() : "?")
        + ": "
        + antennas.size()
        + " antennas, "
        + persons.size()
        + " persons, "
        + profiles.size()
        + " profiles, "
        + contacts.size()
        + " contacts, "
        + accompaniments.size()
        + " accompaniments, "
        + health.size()
        + " health, "
        + distributions.size()
        + " distribution rows]";
  }
}
