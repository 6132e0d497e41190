package be.terrain.stats.internal;

import be.terrain.core.AccompanimentTable;
import be.terrain.core.Antenna;
import be.terrain.core.CodeList;
import be.terrain.core.ContactTable;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthTable;
import be.terrain.core.Period;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DistributionActs;
import be.terrain.stats.Measure;
import be.terrain.stats.Population;
import be.terrain.stats.Report;
import be.terrain.stats.ReportDefinition;
import be.terrain.stats.ReportOptions;
import be.terrain.stats.ReportTable;
import be.terrain.stats.Scope;
import be.terrain.stats.Subject;
import be.terrain.stats.TableSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Computes a report in three steps.
 *
 * <ol>
 *   <li>{@link #plan}: periods become slots (0 is the report's period, k the k-th previous one; a
 *       day-indexed table gives a record's slot); tables are grouped by population and laid out in
 *       one {@code long[]} of counts and an array of person bit sets, both per antenna; every
 *       dimension and population condition is bound once per slot it is needed in (in parallel).
 *   <li>The pass ({@link #accumulateChunk}, {@link #accumulate}): each subject's records are read a
 *       block at a time; a block's records are sorted into slots, each population condition's
 *       dimension classifies the whole block once, then each population's tables classify the
 *       records that pass and add them up. No allocation per record, no boxing.
 *   <li>{@link #finish}: antennas are folded into provinces and the organisation (sums of counts,
 *       unions of person sets), person populations are classified person by person, and {@link
 *       TableMaker} adds percents, history and suppression.
 * </ol>
 *
 * <p>{@link #run} splits every subject into as many ranges as there are cores, accumulates them in
 * parallel and merges the accumulators.
 */
public final class Engine {
  private static final int COUNT = 0;
  private static final int RECORD_PERSONS = 1;
  private static final int PERSON_POPULATION = 2;

  private static final int WEIGHT_ONE = 0;
  private static final int WEIGHT_CONTACT_COUNT = 1;
  private static final int WEIGHT_QUANTITY = 2;

  private static final int BLOCK = 1024;
  private static final int MIN_ROWS_PER_CHUNK = 1 << 15;

  /** Records per stripe of a chunk's share (a multiple of {@link #BLOCK}). */
  private static final int STRIPE = 16 * BLOCK;

  private final Dataset dataset;
  private final ReportOptions options;
  private final int slots;
  private final Context[] contexts;
  private final SharedLookups shared;
  private final int base;
  private final byte[] slotOfDay;
  private final int antennas;
  private final int persons;
  private final int words;
  private final TablePlan[] tables;
  private final SubjectPlan[] subjects = new SubjectPlan[Subject.values().length];
  private final PersonPopPlan[] personPops;
  private final int countsLength;
  private final int setsLength;
  private final int personCountsLength;
  private final Scope[] scopes;
  private final int[][] scopeAntennas;

  /** A dimension bound for the slots it is needed in. */
  private static final class DimPlan {
    final Dimension dimension;
    final Classifier[] classifiers;
    final int index;
    int maxSlot = -1;

    DimPlan(Dimension dimension, int slots, int index) {
      this.dimension = dimension;
      this.classifiers = new Classifier[slots];
      this.index = index;
    }
  }

  /** A table of the definition, laid out. */
  private static final class TablePlan {
    final TableSpec spec;
    final CodeList list;
    final int codes;
    final int maxSlot;
    final int kind;
    final boolean multi;
    final int weight;
    final DimPlan dim;
    int countOffset;
    int setOffset;

    TablePlan(TableSpec spec, CodeList list, int kind, int weight, DimPlan dim) {
      this.spec = spec;
      this.list = list;
      this.codes = list.size();
      this.maxSlot = spec.history();
      this.kind = kind;
      this.multi = spec.dimension().multiValued();
      this.weight = weight;
      this.dim = dim;
    }
  }

  /**
   * A record population: its conditions, the tables it feeds and the person populations it makes.
   */
  private static final class RecordPopPlan {
    final Population population;
    DimPlan[] conditions = new DimPlan[0];
    int[] conditionCodes = new int[0];
    int[] conditionIndexes = new int[0];
    int maxSlot = -1;
    TablePlan[] tables = new TablePlan[0];
    PersonPopPlan[] feeds = new PersonPopPlan[0];

    RecordPopPlan(Population population) {
      this.population = population;
    }
  }

  /** A person population: a person set per slot and antenna, and the tables over it. */
  private static final class PersonPopPlan {
    final Population population;
    int maxSlot = -1;
    int setOffset;
    TablePlan[] tables = new TablePlan[0];
    int[] countOffsets = new int[0];

    PersonPopPlan(Population population) {
      this.population = population;
    }
  }

  /** The record populations of one subject and the dimensions their conditions use. */
  private static final class SubjectPlan {
    final Subject subject;
    RecordPopPlan[] pops = new RecordPopPlan[0];
    DimPlan[] conditionDims = new DimPlan[0];
    int maxSlot = -1;

    SubjectPlan(Subject subject) {
      this.subject = subject;
    }
  }

  /** Per-thread buffers of the pass. */
  private final class Scratch {
    final int[][] rows = new int[slots][BLOCK];
    final int[][] ants = new int[slots][BLOCK];
    final int[][] pers = new int[slots][BLOCK];
    final int[] size = new int[slots];
    final int[][] condCodes;
    final long[][] condSets;
    final int[] selRows = new int[BLOCK];
    final int[] selAnts = new int[BLOCK];
    final int[] selPers = new int[BLOCK];
    final int[] codes = new int[BLOCK];
    final long[] sets = new long[BLOCK];

    Scratch(int conditionDims) {
      condCodes = new int[conditionDims][BLOCK];
      condSets = new long[conditionDims][BLOCK];
    }
  }

  private Engine(Dataset dataset, ReportDefinition definition, ReportOptions options) {
    this.dataset = dataset;
    this.options = options;
    this.shared = new SharedLookups(dataset);
    int maxHistory = definition.tables().stream().mapToInt(TableSpec::history).max().orElse(0);
    this.slots = maxHistory + 1;
    this.contexts = new Context[slots];
    Period p = options.period();
    for (int s = 0; s < slots; s++) {
      contexts[s] = new Context(dataset, p, shared);
      if (s + 1 < slots) {
        p = p.previous();
      }
    }
    this.base = contexts[slots - 1].period().fromEpochDay();
    int end = options.period().toEpochDay();
    this.slotOfDay = new byte[Math.toIntExact((long) end - base + 1)];
    for (int s = 0; s < slots; s++) {
      Period q = contexts[s].period();
      Arrays.fill(slotOfDay, q.fromEpochDay() - base, q.toEpochDay() - base + 1, (byte) s);
    }
    this.antennas = dataset.antennas().size();
    this.persons = dataset.persons().size();
    this.words = (persons + 63) >>> 6;

    Map<Dimension, DimPlan> dims = new IdentityHashMap<>();
    Map<Population, RecordPopPlan> recordPops = new LinkedHashMap<>();
    Map<Population, PersonPopPlan> personPopMap = new LinkedHashMap<>();
    Map<RecordPopPlan, List<TablePlan>> recordTables = new LinkedHashMap<>();
    Map<PersonPopPlan, List<TablePlan>> personTables = new LinkedHashMap<>();
    this.tables = new TablePlan[definition.tables().size()];
    int counts = 0;
    int sets = 0;
    for (int i = 0; i < tables.length; i++) {
      TableSpec spec = definition.tables().get(i);
      CodeList list = contexts[0].codes(spec.dimension().codeList());
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
      DimPlan dim = dims.computeIfAbsent(spec.dimension(), d -> new DimPlan(d, slots, dims.size()));
      dim.maxSlot = Math.max(dim.maxSlot, spec.history());
      Population pop = spec.population();
      TablePlan t;
      if (pop.isPersons()) {
        t = new TablePlan(spec, list, PERSON_POPULATION, WEIGHT_ONE, dim);
        PersonPopPlan pp = personPopMap.computeIfAbsent(pop, PersonPopPlan::new);
        pp.maxSlot = Math.max(pp.maxSlot, t.maxSlot);
        personTables.computeIfAbsent(pp, k -> new ArrayList<>()).add(t);
      } else {
        int weight =
            switch (spec.measure()) {
              case CONTACTS -> WEIGHT_CONTACT_COUNT;
              case UNITS -> WEIGHT_QUANTITY;
              default -> WEIGHT_ONE;
            };
        if (spec.measure() == Measure.PERSONS) {
          t = new TablePlan(spec, list, RECORD_PERSONS, weight, dim);
          t.setOffset = sets;
          sets += (t.maxSlot + 1) * antennas * t.codes;
        } else {
          t = new TablePlan(spec, list, COUNT, weight, dim);
          t.countOffset = counts;
          counts += (t.maxSlot + 1) * antennas * (t.codes + 1);
        }
        RecordPopPlan rp = recordPops.computeIfAbsent(pop, RecordPopPlan::new);
        rp.maxSlot = Math.max(rp.maxSlot, t.maxSlot);
        recordTables.computeIfAbsent(rp, k -> new ArrayList<>()).add(t);
      }
      tables[i] = t;
    }
    // person populations: their sets, their tables' counts, and the record populations feeding them
    this.personPops = personPopMap.values().toArray(new PersonPopPlan[0]);
    int personCounts = 0;
    int scopeCount = 1 + dataset.provinces().size() + antennas;
    Map<RecordPopPlan, List<PersonPopPlan>> feeds = new LinkedHashMap<>();
    for (PersonPopPlan pp : personPops) {
      pp.setOffset = sets;
      sets += (pp.maxSlot + 1) * antennas;
      pp.tables = personTables.get(pp).toArray(new TablePlan[0]);
      pp.countOffsets = new int[pp.tables.length];
      for (int k = 0; k < pp.tables.length; k++) {
        pp.countOffsets[k] = personCounts;
        personCounts += (pp.tables[k].maxSlot + 1) * scopeCount * (pp.tables[k].codes + 1);
      }
      for (Population source : pp.population.sources()) {
        RecordPopPlan rp = recordPops.computeIfAbsent(source, RecordPopPlan::new);
        rp.maxSlot = Math.max(rp.maxSlot, pp.maxSlot);
        feeds.computeIfAbsent(rp, k -> new ArrayList<>()).add(pp);
      }
    }
    this.countsLength = counts;
    this.setsLength = sets;
    this.personCountsLength = personCounts;
    // record populations: their conditions, grouped by subject
    Map<Subject, List<RecordPopPlan>> bySubject = new LinkedHashMap<>();
    for (RecordPopPlan rp : recordPops.values()) {
      List<Population.Condition> cs = rp.population.conditions();
      rp.conditions = new DimPlan[cs.size()];
      rp.conditionCodes = new int[cs.size()];
      for (int i = 0; i < cs.size(); i++) {
        Population.Condition c = cs.get(i);
        CodeList list = contexts[0].codes(c.dimension().codeList());
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
        DimPlan dim = dims.computeIfAbsent(c.dimension(), d -> new DimPlan(d, slots, dims.size()));
        dim.maxSlot = Math.max(dim.maxSlot, rp.maxSlot);
        rp.conditions[i] = dim;
        rp.conditionCodes[i] = code;
      }
      rp.tables = recordTables.getOrDefault(rp, List.of()).toArray(new TablePlan[0]);
      rp.feeds = feeds.getOrDefault(rp, List.of()).toArray(new PersonPopPlan[0]);
      bySubject.computeIfAbsent(rp.population.subject(), k -> new ArrayList<>()).add(rp);
    }
    for (Subject s : Subject.values()) {
      SubjectPlan sp = new SubjectPlan(s);
      sp.pops = bySubject.getOrDefault(s, List.of()).toArray(new RecordPopPlan[0]);
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
      subjects[s.ordinal()] = sp;
    }
    if (subjects[Subject.DISTRIBUTION_ACT.ordinal()].pops.length > 0) {
      shared.acts();
    }
    bindAll(dims.values());
    // scopes
    List<Scope> scopeList = new ArrayList<>();
    List<int[]> antennaLists = new ArrayList<>();
    scopeList.add(Scope.organisation(dataset.organisation().id()));
    antennaLists.add(IntStream.range(0, antennas).toArray());
    List<String> provinces = new ArrayList<>(dataset.provinces());
    provinces.sort(Scope.CODE_POINT_ORDER);
    for (String province : provinces) {
      scopeList.add(Scope.province(province));
      antennaLists.add(
          IntStream.range(0, antennas)
              .filter(a -> dataset.antennas().get(a).province().equals(province))
              .toArray());
    }
    Integer[] order = new Integer[antennas];
    for (int a = 0; a < antennas; a++) {
      order[a] = a;
    }
    List<Antenna> as = dataset.antennas();
    Arrays.sort(order, Comparator.comparing((Integer a) -> as.get(a).id(), Scope.CODE_POINT_ORDER));
    for (int a : order) {
      scopeList.add(Scope.antenna(as.get(a).id()));
      antennaLists.add(new int[] {a});
    }
    this.scopes = scopeList.toArray(new Scope[0]);
    this.scopeAntennas = antennaLists.toArray(new int[0][]);
    if (scopes.length != scopeCount) {
      throw new IllegalStateException("scopes miscounted: " + scopes.length + " != " + scopeCount);
    }
  }

  /**
   * Binds every dimension for every slot it is needed in, one after the other (each bind and each
   * shared lookup splits its own work across the cores).
   */
  private void bindAll(java.util.Collection<DimPlan> dims) {
    for (DimPlan d : dims) {
      for (int s = 0; s <= d.maxSlot; s++) {
        d.classifiers[s] = d.dimension.bind(contexts[s]);
      }
    }
  }

  /**
   * Plans a report: binds every dimension for every period it is needed in.
   *
   * @param dataset a valid dataset
   * @throws IllegalArgumentException when the definition does not fit the dataset's code lists
   */
  public static Engine plan(Dataset dataset, ReportDefinition definition, ReportOptions options) {
    return new Engine(dataset, definition, options);
  }

  /** Plans, computes on all cores and finishes. */
  public static Report compute(
      Dataset dataset, ReportDefinition definition, ReportOptions options) {
    return plan(dataset, definition, options).run();
  }

  /** The number of records of a subject (rows, or acts). */
  public int size(Subject subject) {
    return switch (subject) {
      case PERSON -> persons;
      case CONTACT -> dataset.contacts().size();
      case ACCOMPANIMENT -> dataset.accompaniments().size();
      case HEALTH -> dataset.health().size();
      case DISTRIBUTION_ROW -> dataset.distributions().size();
      case DISTRIBUTION_ACT ->
          subjects[Subject.DISTRIBUTION_ACT.ordinal()].pops.length > 0 ? shared.acts().count() : 0;
    };
  }

  /** An empty accumulator for this plan. */
  public Accumulator newAccumulator() {
    return new Accumulator(countsLength, setsLength, words);
  }

  private static int cores() {
    return ForkJoinPool.getCommonPoolParallelism() + 1;
  }

  /** Computes on all cores: the records split into ranges, one accumulator each, merged. */
  public Report run() {
    long total = 0;
    for (Subject s : Subject.values()) {
      if (s.isRecord() && subjects[s.ordinal()].pops.length > 0) {
        total += size(s);
      }
    }
    int chunks = (int) Math.max(1, Math.min(cores(), total / MIN_ROWS_PER_CHUNK));
    Accumulator acc =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(i -> accumulateChunk(i, chunks))
            .reduce(Accumulator::merge)
            .orElseGet(this::newAccumulator);
    return finish(acc);
  }

  /**
   * Accumulates the i-th of n equal shares of every subject's records. A share is every n-th stripe
   * of {@link #STRIPE} records rather than one n-th of the table in one piece: records are often in
   * date order and the history periods feed fewer tables than the period, so contiguous shares
   * would give one core the older records (little work) and the other the newer ones.
   */
  public Accumulator accumulateChunk(int i, int n) {
    Accumulator acc = newAccumulator();
    for (Subject s : Subject.values()) {
      SubjectPlan sp = subjects[s.ordinal()];
      if (s.isRecord() && sp.pops.length > 0) {
        int size = size(s);
        Scratch sc = new Scratch(sp.conditionDims.length);
        for (long from = (long) i * STRIPE; from < size; from += (long) n * STRIPE) {
          accumulate(acc, s, sp, (int) from, (int) Math.min(size, from + STRIPE), sc);
        }
      }
    }
    return acc;
  }

  /**
   * Adds the records {@code from} (included) to {@code to} (excluded) of a subject.
   *
   * @throws IllegalArgumentException for {@link Subject#PERSON}, which has no records
   */
  public void accumulate(Accumulator acc, Subject subject, int from, int to) {
    if (subject == Subject.PERSON) {
      throw new IllegalArgumentException("persons are not records: nothing to accumulate");
    }
    SubjectPlan sp = subjects[subject.ordinal()];
    if (sp.pops.length == 0 || from >= to) {
      return;
    }
    accumulate(acc, subject, sp, from, to, new Scratch(sp.conditionDims.length));
  }

  private void accumulate(
      Accumulator acc, Subject subject, SubjectPlan sp, int from, int to, Scratch sc) {
    int max = sp.maxSlot;
    for (int b0 = from; b0 < to; b0 += BLOCK) {
      int b1 = Math.min(to, b0 + BLOCK);
      Arrays.fill(sc.size, 0);
      switch (subject) {
        case CONTACT -> {
          ContactTable t = dataset.contacts();
          for (int r = b0; r < b1; r++) {
            int slot = slotOf(t.epochDay(r));
            if (slot >= 0 && slot <= max) {
              put(sc, slot, r, t.antenna(r), t.person(r));
            }
          }
        }
        case ACCOMPANIMENT -> {
          AccompanimentTable t = dataset.accompaniments();
          for (int r = b0; r < b1; r++) {
            int slot = slotOf(t.epochDay(r));
            if (slot >= 0 && slot <= max) {
              put(sc, slot, r, t.antenna(r), t.person(r));
            }
          }
        }
        case HEALTH -> {
          HealthTable t = dataset.health();
          for (int r = b0; r < b1; r++) {
            int slot = slotOf(t.epochDay(r));
            if (slot >= 0 && slot <= max) {
              put(sc, slot, r, t.antenna(r), t.person(r));
            }
          }
        }
        case DISTRIBUTION_ROW -> {
          DistributionTable t = dataset.distributions();
          for (int r = b0; r < b1; r++) {
            int slot = slotOf(t.epochDay(r));
            if (slot >= 0 && slot <= max) {
              put(sc, slot, r, t.antenna(r), t.person(r));
            }
          }
        }
        case DISTRIBUTION_ACT -> {
          DistributionActs t = shared.acts();
          for (int act = b0; act < b1; act++) {
            int slot = slotOf(t.epochDay(act));
            if (slot >= 0 && slot <= max) {
              put(sc, slot, act, t.antenna(act), t.person(act));
            }
          }
        }
        default -> throw new IllegalStateException("unexpected subject " + subject);
      }
      for (int slot = 0; slot <= max; slot++) {
        if (sc.size[slot] > 0) {
          process(acc, sp, sc, slot);
        }
      }
    }
  }

  private void put(Scratch sc, int slot, int r, int a, int p) {
    if (a < 0 || a >= antennas) {
      return;
    }
    int k = sc.size[slot]++;
    sc.rows[slot][k] = r;
    sc.ants[slot][k] = a;
    sc.pers[slot][k] = p < persons ? p : -1;
  }

  private int slotOf(int day) {
    long d = (long) day - base;
    return d >= 0 && d < slotOfDay.length ? slotOfDay[(int) d] : -1;
  }

  /** Adds one slot's records of a block to every population of the subject. */
  private void process(Accumulator acc, SubjectPlan sp, Scratch sc, int slot) {
    int n = sc.size[slot];
    int[] rows = sc.rows[slot];
    int[] ants = sc.ants[slot];
    int[] pers = sc.pers[slot];
    for (int d = 0; d < sp.conditionDims.length; d++) {
      DimPlan dim = sp.conditionDims[d];
      if (slot <= dim.maxSlot) {
        if (dim.dimension.multiValued()) {
          dim.classifiers[slot].classifyMulti(rows, n, sc.condSets[d]);
        } else {
          dim.classifiers[slot].classify(rows, n, sc.condCodes[d]);
        }
      }
    }
    for (RecordPopPlan pop : sp.pops) {
      if (slot > pop.maxSlot) {
        continue;
      }
      int m;
      int[] selRows;
      int[] selAnts;
      int[] selPers;
      if (pop.conditions.length == 0) {
        m = n;
        selRows = rows;
        selAnts = ants;
        selPers = pers;
      } else {
        m = select(pop, sc, n);
        selRows = sc.selRows;
        selAnts = sc.selAnts;
        selPers = sc.selPers;
        int[] sel = sc.codes;
        for (int i = 0; i < m; i++) {
          int k = sel[i];
          selRows[i] = rows[k];
          selAnts[i] = ants[k];
          selPers[i] = pers[k];
        }
      }
      if (m == 0) {
        continue;
      }
      for (TablePlan t : pop.tables) {
        if (slot <= t.maxSlot) {
          add(acc, t, slot, selRows, selAnts, selPers, m, sc);
        }
      }
      for (PersonPopPlan f : pop.feeds) {
        if (slot <= f.maxSlot) {
          int b = f.setOffset + slot * antennas;
          for (int i = 0; i < m; i++) {
            int p = selPers[i];
            if (p >= 0) {
              acc.add(b + selAnts[i], p);
            }
          }
        }
      }
    }
  }

  /** The block positions passing the population's conditions, into {@code sc.codes}. */
  private static int select(RecordPopPlan pop, Scratch sc, int n) {
    int[] sel = sc.codes;
    int m = 0;
    for (int i = 0; i < n; i++) {
      sel[m] = i;
      m++;
    }
    for (int c = 0; c < pop.conditions.length; c++) {
      DimPlan dim = pop.conditions[c];
      int d = pop.conditionIndexes[c];
      int code = pop.conditionCodes[c];
      int k = 0;
      if (dim.dimension.multiValued()) {
        long bit = 1L << code;
        long[] sets = sc.condSets[d];
        for (int i = 0; i < m; i++) {
          int j = sel[i];
          if ((sets[j] & bit) != 0) {
            sel[k++] = j;
          }
        }
      } else {
        int[] codes = sc.condCodes[d];
        for (int i = 0; i < m; i++) {
          int j = sel[i];
          if (codes[j] == code) {
            sel[k++] = j;
          }
        }
      }
      m = k;
    }
    return m;
  }

  private void add(
      Accumulator acc,
      TablePlan t,
      int slot,
      int[] rows,
      int[] ants,
      int[] pers,
      int m,
      Scratch sc) {
    Classifier cls = t.dim.classifiers[slot];
    int codesInList = t.codes;
    if (t.kind == COUNT) {
      long[] counts = acc.counts;
      int stride = codesInList + 1;
      int b0 = t.countOffset + slot * antennas * stride;
      if (t.multi) {
        long[] sets = sc.sets;
        cls.classifyMulti(rows, m, sets);
        for (int i = 0; i < m; i++) {
          long w = weight(t.weight, rows[i]);
          int b = b0 + ants[i] * stride;
          counts[b + codesInList] += w;
          long s = sets[i];
          while (s != 0) {
            int c = Long.numberOfTrailingZeros(s);
            s &= s - 1;
            if (c < codesInList) {
              counts[b + c] += w;
            }
          }
        }
      } else {
        int[] codes = sc.codes;
        cls.classify(rows, m, codes);
        switch (t.weight) {
          case WEIGHT_CONTACT_COUNT -> {
            ContactTable ct = dataset.contacts();
            for (int i = 0; i < m; i++) {
              int b = b0 + ants[i] * stride;
              long w = ct.count(rows[i]);
              counts[b + codesInList] += w;
              int c = codes[i];
              if (c >= 0 && c < codesInList) {
                counts[b + c] += w;
              }
            }
          }
          case WEIGHT_QUANTITY -> {
            DistributionTable dt = dataset.distributions();
            for (int i = 0; i < m; i++) {
              int b = b0 + ants[i] * stride;
              long w = Math.max(0, dt.quantity(rows[i]));
              counts[b + codesInList] += w;
              int c = codes[i];
              if (c >= 0 && c < codesInList) {
                counts[b + c] += w;
              }
            }
          }
          default -> {
            for (int i = 0; i < m; i++) {
              int b = b0 + ants[i] * stride;
              counts[b + codesInList]++;
              int c = codes[i];
              if (c >= 0 && c < codesInList) {
                counts[b + c]++;
              }
            }
          }
        }
      }
    } else {
      int b0 = t.setOffset + slot * antennas * codesInList;
      if (t.multi) {
        long[] sets = sc.sets;
        cls.classifyMulti(rows, m, sets);
        for (int i = 0; i < m; i++) {
          int p = pers[i];
          if (p < 0) {
            continue;
          }
          int b = b0 + ants[i] * codesInList;
          long s = sets[i];
          while (s != 0) {
            int c = Long.numberOfTrailingZeros(s);
            s &= s - 1;
            if (c < codesInList) {
              acc.add(b + c, p);
            }
          }
        }
      } else {
        int[] codes = sc.codes;
        cls.classify(rows, m, codes);
        for (int i = 0; i < m; i++) {
          int p = pers[i];
          int c = codes[i];
          if (p >= 0 && c >= 0 && c < codesInList) {
            acc.add(b0 + ants[i] * codesInList + c, p);
          }
        }
      }
    }
  }

  private long weight(int kind, int r) {
    return switch (kind) {
      case WEIGHT_CONTACT_COUNT -> dataset.contacts().count(r);
      case WEIGHT_QUANTITY -> Math.max(0, dataset.distributions().quantity(r));
      default -> 1;
    };
  }

  /** Folds the antennas into every scope and makes the report's tables. */
  public Report finish(Accumulator acc) {
    // raw[table][scope][slot][code], the last code being n
    long[][][][] raw = new long[tables.length][scopes.length][][];
    for (int t = 0; t < tables.length; t++) {
      for (int s = 0; s < scopes.length; s++) {
        raw[t][s] = new long[tables[t].maxSlot + 1][tables[t].codes + 1];
      }
    }
    IntStream.range(0, scopes.length).parallel().forEach(s -> foldRecordTables(acc, s, raw));
    if (personPops.length > 0 && words > 0) {
      int chunks = Math.max(1, Math.min(cores() * 4, words / 256));
      long[] personCounts =
          IntStream.range(0, chunks)
              .parallel()
              .mapToObj(i -> classifyPersons(acc, words * i / chunks, words * (i + 1) / chunks))
              .reduce(
                  (x, y) -> {
                    for (int i = 0; i < x.length; i++) {
                      x[i] += y[i];
                    }
                    return x;
                  })
              .orElseThrow();
      for (PersonPopPlan pp : personPops) {
        for (int k = 0; k < pp.tables.length; k++) {
          TablePlan t = pp.tables[k];
          int ti = indexOf(t);
          int stride = t.codes + 1;
          for (int s = 0; s < scopes.length; s++) {
            for (int slot = 0; slot <= t.maxSlot; slot++) {
              System.arraycopy(
                  personCounts,
                  pp.countOffsets[k] + (slot * scopes.length + s) * stride,
                  raw[ti][s][slot],
                  0,
                  stride);
            }
          }
        }
      }
    }
    List<ReportTable> out = new ArrayList<>(tables.length * scopes.length);
    for (int t = 0; t < tables.length; t++) {
      for (int s = 0; s < scopes.length; s++) {
        out.add(TableMaker.make(tables[t].spec, tables[t].list, scopes[s], raw[t][s], options));
      }
    }
    out.sort(
        Comparator.comparing(ReportTable::id, Scope.CODE_POINT_ORDER)
            .thenComparing(ReportTable::scope));
    return new Report(
        dataset.organisation().id(),
        options.period(),
        options.rounding(),
        options.suppressBelow(),
        options.language(),
        out);
  }

  /** Counts and record-persons tables of one scope: sums and unions over its antennas. */
  private void foldRecordTables(Accumulator acc, int s, long[][][][] raw) {
    int[] as = scopeAntennas[s];
    long[] buffer = new long[words];
    long[] union = new long[words];
    for (int ti = 0; ti < tables.length; ti++) {
      TablePlan t = tables[ti];
      long[][] r = raw[ti][s];
      if (t.kind == COUNT) {
        for (int slot = 0; slot <= t.maxSlot; slot++) {
          for (int a : as) {
            int b = t.countOffset + (slot * antennas + a) * (t.codes + 1);
            for (int c = 0; c <= t.codes; c++) {
              r[slot][c] += acc.counts[b + c];
            }
          }
        }
      } else if (t.kind == RECORD_PERSONS) {
        for (int slot = 0; slot <= t.maxSlot; slot++) {
          Arrays.fill(union, 0);
          for (int c = 0; c < t.codes; c++) {
            long[] set =
                unionOf(
                    acc,
                    as,
                    t.setOffset + slot * antennas * t.codes + c,
                    t.codes,
                    0,
                    words,
                    buffer);
            if (set != null) {
              r[slot][c] = cardinality(set);
              for (int w = 0; w < words; w++) {
                union[w] |= set[w];
              }
            }
          }
          r[slot][t.codes] = cardinality(union);
        }
      }
    }
  }

  /**
   * Classifies the persons numbered {@code 64 * fromWord} to {@code 64 * toWord - 1} of every
   * person population, slot and scope: their counts, laid out by {@link
   * PersonPopPlan#countOffsets}.
   */
  private long[] classifyPersons(Accumulator acc, int fromWord, int toWord) {
    long[] out = new long[personCountsLength];
    long[] buffer = new long[words];
    int[] block = new int[BLOCK];
    int[] codes = new int[BLOCK];
    long[] sets = new long[BLOCK];
    for (PersonPopPlan pp : personPops) {
      for (int slot = 0; slot <= pp.maxSlot; slot++) {
        for (int s = 0; s < scopes.length; s++) {
          long[] set =
              unionOf(
                  acc,
                  scopeAntennas[s],
                  pp.setOffset + slot * antennas,
                  1,
                  fromWord,
                  toWord,
                  buffer);
          if (set == null) {
            continue;
          }
          int k = 0;
          for (int w = fromWord; w < toWord; w++) {
            long bits = set[w];
            while (bits != 0) {
              block[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
              bits &= bits - 1;
              if (k == BLOCK) {
                countPersons(pp, slot, s, block, k, codes, sets, out);
                k = 0;
              }
            }
          }
          if (k > 0) {
            countPersons(pp, slot, s, block, k, codes, sets, out);
          }
        }
      }
    }
    return out;
  }

  private void countPersons(
      PersonPopPlan pp, int slot, int s, int[] block, int k, int[] codes, long[] sets, long[] out) {
    for (int j = 0; j < pp.tables.length; j++) {
      TablePlan t = pp.tables[j];
      if (slot > t.maxSlot) {
        continue;
      }
      int stride = t.codes + 1;
      int b = pp.countOffsets[j] + (slot * scopes.length + s) * stride;
      out[b + t.codes] += k;
      Classifier cls = t.dim.classifiers[slot];
      if (t.multi) {
        cls.classifyMulti(block, k, sets);
        for (int i = 0; i < k; i++) {
          long m = sets[i];
          while (m != 0) {
            int c = Long.numberOfTrailingZeros(m);
            m &= m - 1;
            if (c < t.codes) {
              out[b + c]++;
            }
          }
        }
      } else {
        cls.classify(block, k, codes);
        for (int i = 0; i < k; i++) {
          int c = codes[i];
          if (c >= 0 && c < t.codes) {
            out[b + c]++;
          }
        }
      }
    }
  }

  private int indexOf(TablePlan t) {
    for (int i = 0; i < tables.length; i++) {
      if (tables[i] == t) {
        return i;
      }
    }
    throw new IllegalStateException("table not in plan: " + t.spec.id());
  }

  /**
   * The union, over words {@code from} to {@code to}, of one set over a scope's antennas (sets
   * {@code first + a * stride}): the antenna's own set when there is one antenna; null when all are
   * empty. Words outside the range are not meaningful.
   */
  private static long[] unionOf(
      Accumulator acc, int[] as, int first, int stride, int from, int to, long[] buffer) {
    if (as.length == 1) {
      return acc.sets[first + as[0] * stride];
    }
    boolean any = false;
    for (int a : as) {
      long[] set = acc.sets[first + a * stride];
      if (set == null) {
        continue;
      }
      if (!any) {
        System.arraycopy(set, from, buffer, from, to - from);
        any = true;
      } else {
        for (int w = from; w < to; w++) {
          buffer[w] |= set[w];
        }
      }
    }
    return any ? buffer : null;
  }

  private static long cardinality(long[] set) {
    long n = 0;
    for (long w : set) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
