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
 * Computes a report: a plan made once per report (every dimension and population filter bound
 * for every period, counters laid out), then one pass over the records, split into ranges that fill
 * {@link Accumulator}s, merged and turned into tables by {@link #finish}.
 *
 * <p>Periods are slots: 0 is the report's period, k the k-th previous one. A record's slot comes
 * from a table indexed by its day; records in no slot are skipped. Counters are kept per antenna
 * only; provinces and the organisation are folded from their antennas at the end.
 */
public final class Engine {
  private static final int COUNT = 0;
  private static final int RECORD_PERSONS = 1;
  private static final int PERSON_POPULATION = 2;

  private static final int WEIGHT_ONE = 0;
  private static final int WEIGHT_CONTACT_COUNT = 1;
  private static final int WEIGHT_QUANTITY = 2;

  private static final int MIN_ROWS_PER_CHUNK = 1 << 15;

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
  private final RecordPopPlan[][] popsBySubject = new RecordPopPlan[Subject.values().length][];
  private final PersonPopPlan[] personPops;
  private final int countsLength;
  private final int setsLength;
  private final Scope[] scopes;
  private final int[][] scopeAntennas;
  private final Map<Dimension, Classifier[]> bound = new IdentityHashMap<>();

  /** A table of the definition, laid out. */
  private static final class TablePlan {
    final TableSpec spec;
    final CodeList list;
    final int codes;
    final int maxSlot;
    final int kind;
    final boolean multi;
    final int weight;
    final Classifier[] cls;
    int countOffset;
    int setOffset;

    TablePlan(TableSpec spec, CodeList list, int kind, int weight, Classifier[] cls) {
      this.spec = spec;
      this.list = list;
      this.codes = list.size();
      this.maxSlot = spec.history();
      this.kind = kind;
      this.multi = spec.dimension().multiValued();
      this.weight = weight;
      this.cls = cls;
    }
  }

  /** A record population: its filter, the tables it feeds and the person populations it makes. */
  private static final class RecordPopPlan {
    final Population population;
    Classifier[][] conditions = new Classifier[0][];
    int[] conditionCodes = new int[0];
    boolean[] conditionMulti = new boolean[0];
    int maxSlot = -1;
    TablePlan[] tables = new TablePlan[0];
    PersonPopPlan[] feeds = new PersonPopPlan[0];

    RecordPopPlan(Population population) {
      this.population = population;
    }

    boolean test(int r, int slot) {
      for (int i = 0; i < conditions.length; i++) {
        Classifier c = conditions[i][slot];
        if (conditionMulti[i]) {
          if ((c.codes(r) & (1L << conditionCodes[i])) == 0) {
            return false;
          }
        } else if (c.code(r) != conditionCodes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** A person population: a person set per slot and antenna, and the tables over it. */
  private static final class PersonPopPlan {
    final Population population;
    int maxSlot = -1;
    int setOffset;
    TablePlan[] tables = new TablePlan[0];

    PersonPopPlan(Population population) {
      this.population = population;
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

    // tables, grouped by population
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
            "table " + spec.id() + ": multi-valued dimension " + spec.dimension().id() + " has "
                + list.size() + " codes, more than 64");
      }
      Classifier[] cls = classifiers(spec.dimension(), spec.history());
      Population pop = spec.population();
      TablePlan t;
      if (pop.isPersons()) {
        t = new TablePlan(spec, list, PERSON_POPULATION, WEIGHT_ONE, cls);
        PersonPopPlan pp = personPopMap.computeIfAbsent(pop, PersonPopPlan::new);
        pp.maxSlot = Math.max(pp.maxSlot, t.maxSlot);
        personTables.computeIfAbsent(pp, k -> new ArrayList<>()).add(t);
      } else {
        int weight = switch (spec.measure()) {
          case CONTACTS -> WEIGHT_CONTACT_COUNT;
          case UNITS -> WEIGHT_QUANTITY;
          default -> WEIGHT_ONE;
        };
        if (spec.measure() == Measure.PERSONS) {
          t = new TablePlan(spec, list, RECORD_PERSONS, weight, cls);
          t.setOffset = sets;
          sets += (t.maxSlot + 1) * antennas * t.codes;
        } else {
          t = new TablePlan(spec, list, COUNT, weight, cls);
          t.countOffset = counts;
          counts += (t.maxSlot + 1) * antennas * (t.codes + 1);
        }
        RecordPopPlan rp = recordPops.computeIfAbsent(pop, RecordPopPlan::new);
        rp.maxSlot = Math.max(rp.maxSlot, t.maxSlot);
        recordTables.computeIfAbsent(rp, k -> new ArrayList<>()).add(t);
      }
      tables[i] = t;
    }
    // person populations: their sets, and the record populations that feed them
    this.personPops = personPopMap.values().toArray(new PersonPopPlan[0]);
    Map<RecordPopPlan, List<PersonPopPlan>> feeds = new LinkedHashMap<>();
    for (PersonPopPlan pp : personPops) {
      pp.setOffset = sets;
      sets += (pp.maxSlot + 1) * antennas;
      pp.tables = personTables.get(pp).toArray(new TablePlan[0]);
      for (Population source : pp.population.sources()) {
        RecordPopPlan rp = recordPops.computeIfAbsent(source, RecordPopPlan::new);
        rp.maxSlot = Math.max(rp.maxSlot, pp.maxSlot);
        feeds.computeIfAbsent(rp, k -> new ArrayList<>()).add(pp);
      }
    }
    this.countsLength = counts;
    this.setsLength = sets;
    // record populations: bind their conditions, group them by subject
    Map<Subject, List<RecordPopPlan>> bySubject = new LinkedHashMap<>();
    for (RecordPopPlan rp : recordPops.values()) {
      List<Population.Condition> cs = rp.population.conditions();
      rp.conditions = new Classifier[cs.size()][];
      rp.conditionCodes = new int[cs.size()];
      rp.conditionMulti = new boolean[cs.size()];
      for (int i = 0; i < cs.size(); i++) {
        Population.Condition c = cs.get(i);
        CodeList list = contexts[0].codes(c.dimension().codeList());
        int code = list.indexOf(c.code());
        if (code < 0 || code >= 64) {
          throw new IllegalArgumentException(
              "population " + rp.population.id() + ": code list " + list.id() + " has no code " + c.code());
        }
        rp.conditions[i] = classifiers(c.dimension(), rp.maxSlot);
        rp.conditionCodes[i] = code;
        rp.conditionMulti[i] = c.dimension().multiValued();
      }
      rp.tables = recordTables.getOrDefault(rp, List.of()).toArray(new TablePlan[0]);
      rp.feeds = feeds.getOrDefault(rp, List.of()).toArray(new PersonPopPlan[0]);
      bySubject.computeIfAbsent(rp.population.subject(), k -> new ArrayList<>()).add(rp);
    }
    for (Subject s : Subject.values()) {
      popsBySubject[s.ordinal()] = bySubject.getOrDefault(s, List.of()).toArray(new RecordPopPlan[0]);
    }
    if (popsBySubject[Subject.DISTRIBUTION_ACT.ordinal()].length > 0) {
      shared.acts();
    }
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
  public static Report compute(Dataset dataset, ReportDefinition definition, ReportOptions options) {
    return plan(dataset, definition, options).run();
  }

  private Classifier[] classifiers(Dimension d, int maxSlot) {
    Classifier[] cs = bound.computeIfAbsent(d, k -> new Classifier[slots]);
    for (int s = 0; s <= maxSlot; s++) {
      if (cs[s] == null) {
        cs[s] = d.bind(contexts[s]);
      }
    }
    return cs;
  }

  /** The number of records of a subject (rows, or acts). */
  public int size(Subject subject) {
    return switch (subject) {
      case PERSON -> persons;
      case CONTACT -> dataset.contacts().size();
      case ACCOMPANIMENT -> dataset.accompaniments().size();
      case HEALTH -> dataset.health().size();
      case DISTRIBUTION_ROW -> dataset.distributions().size();
      case DISTRIBUTION_ACT -> popsBySubject[Subject.DISTRIBUTION_ACT.ordinal()].length > 0 ? shared.acts().count() : 0;
    };
  }

  /** An empty accumulator for this plan. */
  public Accumulator newAccumulator() {
    return new Accumulator(countsLength, setsLength, words);
  }

  /** Computes on all cores: the records split into ranges, one accumulator each, merged. */
  public Report run() {
    long total = 0;
    for (Subject s : Subject.values()) {
      if (s.isRecord() && popsBySubject[s.ordinal()].length > 0) {
        total += size(s);
      }
    }
    int cores = ForkJoinPool.getCommonPoolParallelism() + 1;
    int chunks = (int) Math.max(1, Math.min(cores, total / MIN_ROWS_PER_CHUNK));
    Accumulator acc =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(i -> accumulateChunk(i, chunks))
            .reduce(Accumulator::merge)
            .orElseGet(this::newAccumulator);
    return finish(acc);
  }

  /** Accumulates the i-th of n equal shares of every subject's records. */
  public Accumulator accumulateChunk(int i, int n) {
    Accumulator acc = newAccumulator();
    for (Subject s : Subject.values()) {
      if (s.isRecord() && popsBySubject[s.ordinal()].length > 0) {
        long size = size(s);
        accumulate(acc, s, (int) (size * i / n), (int) (size * (i + 1) / n));
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
    RecordPopPlan[] pops = popsBySubject[subject.ordinal()];
    if (pops.length == 0 || from >= to) {
      return;
    }
    switch (subject) {
      case CONTACT -> {
        ContactTable t = dataset.contacts();
        for (int r = from; r < to; r++) {
          int slot = slotOf(t.epochDay(r));
          if (slot >= 0) {
            feed(acc, pops, r, slot, t.antenna(r), t.person(r));
          }
        }
      }
      case ACCOMPANIMENT -> {
        AccompanimentTable t = dataset.accompaniments();
        for (int r = from; r < to; r++) {
          int slot = slotOf(t.epochDay(r));
          if (slot >= 0) {
            feed(acc, pops, r, slot, t.antenna(r), t.person(r));
          }
        }
      }
      case HEALTH -> {
        HealthTable t = dataset.health();
        for (int r = from; r < to; r++) {
          int slot = slotOf(t.epochDay(r));
          if (slot >= 0) {
            feed(acc, pops, r, slot, t.antenna(r), t.person(r));
          }
        }
      }
      case DISTRIBUTION_ROW -> {
        DistributionTable t = dataset.distributions();
        for (int r = from; r < to; r++) {
          int slot = slotOf(t.epochDay(r));
          if (slot >= 0) {
            feed(acc, pops, r, slot, t.antenna(r), t.person(r));
          }
        }
      }
      case DISTRIBUTION_ACT -> {
        DistributionActs t = shared.acts();
        for (int act = from; act < to; act++) {
          int slot = slotOf(t.epochDay(act));
          if (slot >= 0) {
            feed(acc, pops, act, slot, t.antenna(act), t.person(act));
          }
        }
      }
      case PERSON -> throw new IllegalArgumentException("persons are not records: nothing to accumulate");
    }
  }

  private int slotOf(int day) {
    long d = (long) day - base;
    return d >= 0 && d < slotOfDay.length ? slotOfDay[(int) d] : -1;
  }

  private void feed(Accumulator acc, RecordPopPlan[] pops, int r, int slot, int a, int person) {
    if (a < 0 || a >= antennas) {
      return;
    }
    int p = person < persons ? person : -1;
    long[] counts = acc.counts;
    for (RecordPopPlan pop : pops) {
      if (slot > pop.maxSlot || !pop.test(r, slot)) {
        continue;
      }
      for (TablePlan t : pop.tables) {
        if (slot > t.maxSlot) {
          continue;
        }
        if (t.kind == COUNT) {
          long w = weight(t.weight, r);
          int b = t.countOffset + (slot * antennas + a) * (t.codes + 1);
          counts[b + t.codes] += w;
          if (t.multi) {
            long m = t.cls[slot].codes(r);
            while (m != 0) {
              int c = Long.numberOfTrailingZeros(m);
              m &= m - 1;
              if (c < t.codes) {
                counts[b + c] += w;
              }
            }
          } else {
            int c = t.cls[slot].code(r);
            if (c >= 0 && c < t.codes) {
              counts[b + c] += w;
            }
          }
        } else if (p >= 0) {
          int b = t.setOffset + (slot * antennas + a) * t.codes;
          if (t.multi) {
            long m = t.cls[slot].codes(r);
            while (m != 0) {
              int c = Long.numberOfTrailingZeros(m);
              m &= m - 1;
              if (c < t.codes) {
                acc.add(b + c, p);
              }
            }
          } else {
            int c = t.cls[slot].code(r);
            if (c >= 0 && c < t.codes) {
              acc.add(b + c, p);
            }
          }
        }
      }
      if (p >= 0) {
        for (PersonPopPlan f : pop.feeds) {
          if (slot <= f.maxSlot) {
            acc.add(f.setOffset + slot * antennas + a, p);
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
    IntStream.range(0, scopes.length).parallel().forEach(s -> foldScope(acc, s, raw));
    List<ReportTable> out = new ArrayList<>(tables.length * scopes.length);
    for (int t = 0; t < tables.length; t++) {
      for (int s = 0; s < scopes.length; s++) {
        out.add(TableMaker.make(tables[t].spec, tables[t].list, scopes[s], raw[t][s], options));
      }
    }
    out.sort(
        Comparator.comparing(ReportTable::id, Scope.CODE_POINT_ORDER).thenComparing(ReportTable::scope));
    return new Report(
        dataset.organisation().id(),
        options.period(),
        options.rounding(),
        options.suppressBelow(),
        options.language(),
        out);
  }

  private void foldScope(Accumulator acc, int s, long[][][][] raw) {
    int[] as = scopeAntennas[s];
    long[] buffer = new long[words];
    long[] union = new long[words];
    for (int ti = 0; ti < tables.length; ti++) {
      TablePlan t = tables[ti];
      long[][] r = new long[t.maxSlot + 1][t.codes + 1];
      raw[ti][s] = r;
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
            long[] set = unionOf(acc, as, t.setOffset + slot * antennas * t.codes + c, t.codes, buffer);
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
    for (PersonPopPlan pp : personPops) {
      for (int slot = 0; slot <= pp.maxSlot; slot++) {
        long[] set = unionOf(acc, as, pp.setOffset + slot * antennas, 1, buffer);
        int ntables = 0;
        TablePlan[] ts = new TablePlan[pp.tables.length];
        long[][] rows = new long[pp.tables.length][];
        Classifier[] cls = new Classifier[pp.tables.length];
        int[] ti = new int[pp.tables.length];
        for (TablePlan t : pp.tables) {
          if (slot <= t.maxSlot) {
            ts[ntables] = t;
            cls[ntables] = t.cls[slot];
            rows[ntables] = raw[indexOf(t)][s][slot];
            ti[ntables] = indexOf(t);
            ntables++;
          }
        }
        if (set == null || ntables == 0) {
          continue;
        }
        long n = 0;
        for (int w = 0; w < words; w++) {
          long bits = set[w];
          while (bits != 0) {
            int p = (w << 6) + Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            n++;
            for (int k = 0; k < ntables; k++) {
              TablePlan t = ts[k];
              long[] row = rows[k];
              if (t.multi) {
                long m = cls[k].codes(p);
                while (m != 0) {
                  int c = Long.numberOfTrailingZeros(m);
                  m &= m - 1;
                  if (c < t.codes) {
                    row[c]++;
                  }
                }
              } else {
                int c = cls[k].code(p);
                if (c >= 0 && c < t.codes) {
                  row[c]++;
                }
              }
            }
          }
        }
        for (int k = 0; k < ntables; k++) {
          rows[k][ts[k].codes] = n;
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
   * The union of one set over a scope's antennas (sets {@code first + a * stride}); the antenna's
   * own set when there is one antenna; null when all are empty.
   */
  private long[] unionOf(Accumulator acc, int[] as, int first, int stride, long[] buffer) {
    if (as.length == 1) {
      return acc.sets[first + as[0] * stride];
    }
    boolean any = false;
    Arrays.fill(buffer, 0);
    for (int a : as) {
      long[] set = acc.sets[first + a * stride];
      if (set != null) {
        any = true;
        for (int w = 0; w < words; w++) {
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
