package be.terrain.stats.internal;

import be.terrain.core.CodeList;
import be.terrain.core.Dataset;
import be.terrain.stats.Dimension;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.Subject;
import be.terrain.stats.TableSpec;
import be.terrain.stats.internal.PlanParts.DimPlan;
import be.terrain.stats.internal.PlanParts.PersonPopPlan;
import be.terrain.stats.internal.PlanParts.RecordPopPlan;
import be.terrain.stats.internal.PlanParts.SubjectPlan;
import be.terrain.stats.internal.PlanParts.TablePlan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report laid out before the pass: tables grouped by population, their figures laid out in one
 * {@code long[]} of counts and an array of person sets (both per antenna), every dimension and
 * population condition bound once per slot it is needed in. Read-only once built.
 */
final class ReportPlan {
  final Dataset dataset;
  final ReportOptions options;
  final SharedLookups shared;
  final Slots slots;
  final ScopeLayout scopes;
  final int antennas;
  final int persons;

  /** Words of a person set. */
  final int words;

  /** The definition's tables, in its order, then the tables counted by slices. */
  final TablePlan[] tables;

  /** How many of {@link #tables} are the definition's. */
  final int ownTables;

  /** Whether the sliced tables count only known against UNKNOWN ({@link UnknownsOnly}). */
  final boolean unknownsOnly;

  /** Per subject (by ordinal). */
  final SubjectPlan[] subjects = new SubjectPlan[Subject.values().length];

  final PersonPopPlan[] personPops;
  final int countsLength;
  final int setsLength;
  final int personCountsLength;

  private final Map<Dimension, DimPlan> dims = new IdentityHashMap<>();
  private final Map<Population, RecordPopPlan> recordPops = new LinkedHashMap<>();
  private final Map<Population, PersonPopPlan> personPopMap = new LinkedHashMap<>();
  private final Map<RecordPopPlan, List<TablePlan>> recordTables = new LinkedHashMap<>();
  private final Map<PersonPopPlan, List<TablePlan>> personTables = new LinkedHashMap<>();
  private final Map<RecordPopPlan, List<PersonPopPlan>> feeds = new LinkedHashMap<>();
  private int counts;
  private int sets;
  private int personCounts;

  /**
   * Plans a report and binds its dimensions.
   *
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists
   */
  ReportPlan(Dataset dataset, ReportDefinition definition, ReportOptions options) {
    this(dataset, definition, options, List.of(), false);
  }

  /**
   * Plans a report and binds its dimensions, with person tables counted by bit slices ({@link
   * TableKind#PERSON_SLICES}) after the definition's.
   *
   * @param sliced single-valued tables over person populations, never sharing figures with the
   *     definition's
   * @param unknownsOnly whether the sliced tables count only known against UNKNOWN ({@link
   *     Engine#compute(Dataset, ReportDefinition, ReportOptions, List, boolean)})
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists, or
   *     a sliced table is not over a person population or its dimension is multi-valued, or with
   *     {@code unknownsOnly} its list has no UNKNOWN code
   */
  ReportPlan(
      Dataset dataset,
      ReportDefinition definition,
      ReportOptions options,
      List<TableSpec> sliced,
      boolean unknownsOnly) {
    this.dataset = dataset;
    this.unknownsOnly = unknownsOnly;
    this.options = options;
    this.shared = new SharedLookups(dataset);
    List<TableSpec> specs = new ArrayList<>(definition.tables());
    specs.addAll(sliced);
    this.ownTables = definition.tables().size();
    int history = specs.stream().mapToInt(TableSpec::history).max().orElse(0);
    this.slots = new Slots(dataset, options.period(), history, shared);
    this.scopes = new ScopeLayout(dataset);
    this.antennas = dataset.antennas().size();
    this.persons = dataset.persons().size();
    this.words = (persons + 63) >>> 6;
    this.tables = new TablePlan[specs.size()];
    int[] source = sources(specs, ownTables);
    for (int i = 0; i < tables.length; i++) {
      if (source[i] == i) {
        int most = 0;
        for (int j = i; j < tables.length; j++) {
          most = source[j] == i ? Math.max(most, specs.get(j).history()) : most;
        }
        tables[i] = i < ownTables ? layOut(specs.get(i), most) : layOutSliced(specs.get(i), most);
      } else {
        tables[i] = new TablePlan(specs.get(i), tables[source[i]], source[i]);
      }
    }
    this.personPops = personPopMap.values().toArray(new PersonPopPlan[0]);
    for (PersonPopPlan pp : personPops) {
      layOut(pp);
    }
    this.countsLength = counts;
    this.setsLength = sets;
    this.personCountsLength = personCounts;
    Map<Subject, List<RecordPopPlan>> bySubject = new LinkedHashMap<>();
    for (RecordPopPlan rp : recordPops.values()) {
      layOut(rp);
      bySubject.computeIfAbsent(rp.population.subject(), k -> new ArrayList<>()).add(rp);
    }
    for (Subject s : Subject.values()) {
      subjects[s.ordinal()] = subjectPlan(s, bySubject.getOrDefault(s, List.of()));
    }
    if (hasRecords(Subject.DISTRIBUTION_ACT)) {
      shared.acts();
    }
    planProfileEnds();
    bindAll();
  }

  /** Whether any population reads the subject's records. */
  boolean hasRecords(Subject subject) {
    return subjects[subject.ordinal()].pops.length > 0;
  }

  /**
   * For each table, the first table that counts the same thing ({@link TablePlan#sameFigures}):
   * such tables are computed once (a report and its quality report share the persons' tables).
   */
  private static int[] sources(List<TableSpec> specs, int own) {
    int[] source = new int[specs.size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = i;
      for (int j = i < own ? 0 : own; j < i; j++) {
        if (source[j] == j && TablePlan.sameFigures(specs.get(i), specs.get(j))) {
          source[i] = j;
          break;
        }
      }
    }
    return source;
  }

  /**
   * A table: its kind, its weight and its place in the counts or the person sets, for {@code
   * history} previous periods (the largest of the tables that share its figures).
   */
  private TablePlan layOut(TableSpec spec, int history) {
    CodeList list = slots.context(0).codes(spec.dimension().codeList());
    if (spec.dimension().multiValued() && list.size() > 64) {
      throw new IllegalArgumentException(
          "table "
              + spec.id()
              + ": multi-valued dimension "
              + spec.dimension().id()
              + " has "
              + list.size()
              + " codes, more than 64");
    }
    DimPlan dim = dimPlan(spec.dimension(), history);
    Population pop = spec.population();
    TablePlan t;
    if (pop.isPersons()) {
      t = new TablePlan(spec, list, TableKind.PERSON_POPULATION, Weight.ONE, dim, history);
      PersonPopPlan pp = personPopMap.computeIfAbsent(pop, PersonPopPlan::new);
      pp.maxSlot = Math.max(pp.maxSlot, t.maxSlot);
      personTables.computeIfAbsent(pp, k -> new ArrayList<>()).add(t);
      return t;
    }
    Weight weight = Weight.of(spec.measure());
    if (spec.measure() == Measure.PERSONS) {
      t = new TablePlan(spec, list, TableKind.RECORD_PERSONS, weight, dim, history);
      t.setOffset = sets;
      sets += (t.maxSlot + 1) * antennas * t.codes;
    } else {
      t = new TablePlan(spec, list, TableKind.COUNT, weight, dim, history);
      t.countOffset = counts;
      counts += (t.maxSlot + 1) * antennas * (t.codes + 1);
    }
    RecordPopPlan rp = recordPopPlan(pop, t.maxSlot);
    recordTables.computeIfAbsent(rp, k -> new ArrayList<>()).add(t);
    return t;
  }

  /** A table counted by bit slices: its person population's sets, no counts of its own. */
  private TablePlan layOutSliced(TableSpec spec, int history) {
    if (!spec.population().isPersons() || spec.dimension().multiValued()) {
      throw new IllegalArgumentException(
          "table "
              + spec.id()
              + ": only a single-valued dimension over a person population is counted by slices");
    }
    CodeList list = slots.context(0).codes(spec.dimension().codeList());
    if (unknownsOnly) {
      list = UnknownsOnly.collapsed(spec, list);
    }
    DimPlan dim = dimPlan(spec.dimension(), history);
    TablePlan t = new TablePlan(spec, list, TableKind.PERSON_SLICES, Weight.ONE, dim, history);
    PersonPopPlan pp = personPopMap.computeIfAbsent(spec.population(), PersonPopPlan::new);
    pp.maxSlot = Math.max(pp.maxSlot, t.maxSlot);
    return t;
  }

  /** A person population: its sets, its tables' counts, and the record populations feeding it. */
  private void layOut(PersonPopPlan pp) {
    pp.setOffset = sets;
    sets += (pp.maxSlot + 1) * antennas;
    pp.tables = personTables.getOrDefault(pp, List.of()).toArray(new TablePlan[0]);
    pp.countOffsets = new int[pp.tables.length];
    for (int k = 0; k < pp.tables.length; k++) {
      pp.countOffsets[k] = personCounts;
      personCounts += (pp.tables[k].maxSlot + 1) * scopes.count() * (pp.tables[k].codes + 1);
    }
    for (Population source : pp.population.sources()) {
      RecordPopPlan rp = recordPopPlan(source, pp.maxSlot);
      feeds.computeIfAbsent(rp, k -> new ArrayList<>()).add(pp);
    }
  }

  /** A record population: its conditions, its tables and the person populations it feeds. */
  private void layOut(RecordPopPlan rp) {
    List<Population.Condition> cs = rp.population.conditions();
    rp.conditions = new DimPlan[cs.size()];
    rp.conditionCodes = new int[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      Population.Condition c = cs.get(i);
      CodeList list = slots.context(0).codes(c.dimension().codeList());
      int code = list.indexOf(c.code());
      if (code < 0 || code >= 64) {
        throw new IllegalArgumentException(
            "population "
                + rp.population.id()
                + ": code list "
                + list.id()
                + " has no code "
                + c.code());
      }
      rp.conditions[i] = dimPlan(c.dimension(), rp.maxSlot);
      rp.conditionCodes[i] = code;
    }
    rp.tables = recordTables.getOrDefault(rp, List.of()).toArray(new TablePlan[0]);
    rp.feeds = feeds.getOrDefault(rp, List.of()).toArray(new PersonPopPlan[0]);
  }

  /** A subject's record populations and the dimensions of their conditions, each once. */
  private static SubjectPlan subjectPlan(Subject s, List<RecordPopPlan> pops) {
    SubjectPlan sp = new SubjectPlan(s);
    sp.pops = pops.toArray(new RecordPopPlan[0]);
    List<DimPlan> conditionDims = new ArrayList<>();
    for (RecordPopPlan rp : sp.pops) {
      sp.maxSlot = Math.max(sp.maxSlot, rp.maxSlot);
      for (DimPlan d : rp.conditions) {
        if (!conditionDims.contains(d)) {
          conditionDims.add(d);
        }
      }
    }
    sp.conditionDims = conditionDims.toArray(new DimPlan[0]);
    for (RecordPopPlan rp : sp.pops) {
      rp.conditionIndexes = new int[rp.conditions.length];
      for (int i = 0; i < rp.conditions.length; i++) {
        rp.conditionIndexes[i] = conditionDims.indexOf(rp.conditions[i]);
      }
    }
    return sp;
  }

  private DimPlan dimPlan(Dimension dimension, int maxSlot) {
    DimPlan dim = dims.computeIfAbsent(dimension, d -> new DimPlan(d, slots.count()));
    dim.maxSlot = Math.max(dim.maxSlot, maxSlot);
    return dim;
  }

  private RecordPopPlan recordPopPlan(Population population, int maxSlot) {
    RecordPopPlan rp = recordPops.computeIfAbsent(population, RecordPopPlan::new);
    rp.maxSlot = Math.max(rp.maxSlot, maxSlot);
    return rp;
  }

  /**
   * Tells the lookups the period ends whose profiles in force the dimensions read, so that one pass
   * over the profiles computes them all, and whether any reads the latest profile days.
   */
  private void planProfileEnds() {
    java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
    boolean days = false;
    for (DimPlan d : dims.values()) {
      if (d.dimension instanceof PeriodEndProfiles p && p.readsProfilesAtEnd()) {
        for (int s = 0; s <= d.maxSlot; s++) {
          ends.add(slots.context(s).period().toEpochDay());
        }
        days |= p.readsLatestDays();
      }
    }
    shared.planProfileEnds(ends.stream().mapToInt(Integer::intValue).toArray(), days);
  }

  /**
   * Binds every dimension for every slot it is needed in, one after the other (each bind and each
   * shared lookup splits its own work across the cores).
   */
  private void bindAll() {
    for (DimPlan d : dims.values()) {
      for (int s = 0; s <= d.maxSlot; s++) {
        d.classifiers[s] = d.dimension.bind(slots.context(s));
      }
    }
  }
}
