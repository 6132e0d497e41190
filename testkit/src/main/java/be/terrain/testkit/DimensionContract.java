package be.terrain.testkit;

import static be.terrain.testkit.Clauses.broken;
import static be.terrain.testkit.Clauses.call;
import static be.terrain.testkit.Clauses.named;
import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Period;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.Population;
import be.terrain.stats.Subject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link Dimension}: it names a registered code list, it is total (every record
 * of its domain gets a code of its list, {@code UNKNOWN} when the value is unknown, and no record
 * ever gets a code outside the list) and deterministic (bound twice to one dataset and period, it
 * gives the same codes; a block is classified as its records are one by one). Checked on a
 * reproducible sample of valid datasets, for several periods.
 *
 * <pre>{@code
 * class AgeBand10Test extends DimensionContract {
 *   protected Dimension dimension() { return Dimensions.ageBand("age_band_10"); }
 *   protected CodeRegistry codes() { return Terrain.builder().add(new FdssPlugin()).build().codes(); }
 * }
 * }</pre>
 */
@DisplayName("DimensionContract")
public abstract class DimensionContract {
  private static final String CONTRACT = "DimensionContract";

  /** {@return the dimension under test} */
  protected abstract Dimension dimension();

  /**
   * The code lists the datasets are built with and the dimension reads: the standard lists by
   * default; a plugin's dimension needs the plugin's ({@code
   * Terrain.builder().add(plugin).build().codes()}).
   *
   * @return the code lists
   */
  protected CodeRegistry codes() {
    return CodeRegistry.standard();
  }

  /**
   * The records that must get a code: every record of the subject by default. A dimension defined
   * on part of its subject narrows it (the standard nursing act: {@link
   * Population#NURSING_CARE_ROWS}); records outside the domain may get no code ({@link
   * Classifier#NONE}), but never one outside the list. Not for person dimensions.
   *
   * @return the domain, or empty for every record of the subject
   */
  protected Optional<Population> domain() {
    return Optional.empty();
  }

  /** {@return how many generated datasets the clauses check (default 30)} */
  protected int datasets() {
    return 30;
  }

  /** {@return the seed of the generated datasets} */
  protected long seed() {
    return 20_200_101L;
  }

  /** {@return the periods the dimension is bound for (default: 2019, 2020, 2021 and March 2020)} */
  protected List<Period> periods() {
    return List.of(
        Period.ofYear(2019), Period.ofYear(2020), Period.ofYear(2021), Period.ofMonth(2020, 3));
  }

  private List<Dataset> sample() {
    return ValidDatasets.sample(codes(), datasets(), seed());
  }

  /** The number of records of a subject. */
  static int count(Dataset d, Subject s) {
    return switch (s) {
      case PERSON -> d.persons().size();
      case CONTACT -> d.contacts().size();
      case ACCOMPANIMENT -> d.accompaniments().size();
      case HEALTH -> d.health().size();
      case DISTRIBUTION_ROW -> d.distributions().size();
      case DISTRIBUTION_ACT -> d.distributions().actCount();
    };
  }

  private CodeList list(String clause) {
    Dimension dim = dimension();
    return codes()
        .find(dim.codeList())
        .orElseThrow(
            () ->
                broken(
                    CONTRACT,
                    clause,
                    "dimension "
                        + dim.id()
                        + " reads code list '"
                        + dim.codeList()
                        + "', which the registry does not have"));
  }

  private Classifier bind(String clause, Dataset d, Period p) {
    Dimension dim = dimension();
    Classifier c =
        call(CONTRACT, clause, "bind(" + p + ")", () -> dim.bind(DimensionContext.of(d, p)));
    if (c == null) {
      throw broken(CONTRACT, clause, "bind(" + p + ") returned null");
    }
    return c;
  }

  /**
   * The codes of every record, as bit sets (single-valued: the bit of its code, 0 for NONE, -1 for
   * out of range).
   */
  private long[] classifyEach(String clause, Classifier c, int n, int size) {
    long[] out = new long[n];
    boolean multi = dimension().multiValued();
    for (int r = 0; r < n; r++) {
      final int record = r;
      if (multi) {
        out[r] = call(CONTRACT, clause, "codes(" + r + ")", () -> c.codes(record));
      } else {
        int code = call(CONTRACT, clause, "code(" + r + ")", () -> c.code(record));
        out[r] = code == Classifier.NONE ? 0L : code < 0 || code >= size ? -1L : 1L << code;
        if (out[r] == -1L) {
          throw broken(
              CONTRACT,
              clause,
              "record "
                  + r
                  + " got code index "
                  + code
                  + ", outside list '"
                  + dimension().codeList()
                  + "' of "
                  + size
                  + " codes");
        }
      }
    }
    return out;
  }

  private boolean[] domainOf(String clause, Dataset d, Period p, int n) {
    boolean[] in = new boolean[n];
    Arrays.fill(in, true);
    Optional<Population> domain = domain();
    if (domain.isEmpty()) {
      return in;
    }
    Population pop = domain.get();
    if (pop.isPersons() || pop.subject() != dimension().subject()) {
      throw broken(
          CONTRACT,
          clause,
          "domain " + pop.id() + " must be a record population of " + dimension().subject());
    }
    for (Population.Condition cond : pop.conditions()) {
      Classifier c =
          call(
              CONTRACT,
              clause,
              "binding the domain's " + cond.dimension().id(),
              () -> cond.dimension().bind(DimensionContext.of(d, p)));
      int idx = codes().list(cond.dimension().codeList()).indexOf(cond.code());
      for (int r = 0; r < n; r++) {
        boolean has =
            cond.dimension().multiValued()
                ? idx >= 0 && (c.codes(r) & (1L << idx)) != 0
                : c.code(r) == idx;
        in[r] &= has;
      }
    }
    return in;
  }

  /** Its identity and its code list. */
  @Nested
  @DisplayName("names itself and a registered code list")
  class Identity {
    @Test
    @DisplayName("has an id, a subject and a code list the registry has")
    void identity() {
      String clause = "has an id, a subject and a code list the registry has";
      Dimension dim = dimension();
      assertThat(dim).as(named(CONTRACT, clause)).isNotNull();
      assertThat(dim.id()).as(named(CONTRACT, clause + ": id")).isNotBlank();
      assertThat(dim.subject()).as(named(CONTRACT, clause + ": subject")).isNotNull();
      list(clause);
    }

    @Test
    @DisplayName("a multi-valued dimension's list has at most 64 codes")
    void multiValued() {
      String clause = "a multi-valued dimension's list has at most 64 codes";
      if (dimension().multiValued()) {
        assertThat(list(clause).size()).as(named(CONTRACT, clause)).isLessThanOrEqualTo(64);
      }
    }
  }

  /** Totality. */
  @Nested
  @DisplayName("is total")
  class Total {
    @Test
    @DisplayName("gives every record of its domain a code of its list (UNKNOWN when unknown)")
    void everyRecordHasACode() {
      String clause = "gives every record of its domain a code of its list (UNKNOWN when unknown)";
      int size = list(clause).size();
      int checked = 0;
      for (Dataset d : sample()) {
        int n = count(d, dimension().subject());
        for (Period p : periods()) {
          long[] codes = classifyEach(clause, bind(clause, d, p), n, size);
          boolean[] in = domainOf(clause, d, p, n);
          for (int r = 0; r < n; r++) {
            if (in[r] && codes[r] == 0) {
              throw broken(
                  CONTRACT,
                  clause,
                  "record "
                      + r
                      + " of "
                      + dimension().subject()
                      + " got no code for "
                      + p
                      + " in dataset "
                      + d);
            }
            checked += in[r] ? 1 : 0;
          }
        }
      }
      assertThat(checked)
          .as(named(CONTRACT, clause + ": the sample has records of the domain"))
          .isPositive();
    }

    @Test
    @DisplayName("gives no record a code outside its list")
    void noCodeOutsideTheList() {
      String clause = "gives no record a code outside its list";
      int size = list(clause).size();
      long allowed = size >= 64 ? -1L : (1L << size) - 1;
      for (Dataset d : sample()) {
        int n = count(d, dimension().subject());
        for (Period p : periods()) {
          long[] codes = classifyEach(clause, bind(clause, d, p), n, size);
          for (int r = 0; r < n; r++) {
            if ((codes[r] & ~allowed) != 0) {
              throw broken(
                  CONTRACT,
                  clause,
                  "record "
                      + r
                      + " got codes "
                      + Long.toBinaryString(codes[r])
                      + " outside list '"
                      + dimension().codeList()
                      + "' of "
                      + size
                      + " codes");
            }
          }
        }
      }
    }
  }

  /** Determinism. */
  @Nested
  @DisplayName("is deterministic")
  class Deterministic {
    @Test
    @DisplayName("gives the same codes when bound twice to the same dataset and period")
    void sameCodesTwice() {
      String clause = "gives the same codes when bound twice to the same dataset and period";
      int size = list(clause).size();
      for (Dataset d : sample()) {
        int n = count(d, dimension().subject());
        for (Period p : periods()) {
          long[] first = classifyEach(clause, bind(clause, d, p), n, size);
          long[] second = classifyEach(clause, bind(clause, d, p), n, size);
          assertThat(second).as(named(CONTRACT, clause) + " (" + p + ")").isEqualTo(first);
        }
      }
    }

    @Test
    @DisplayName("classifies a block of records as it classifies each record")
    void blocksAgree() {
      String clause = "classifies a block of records as it classifies each record";
      boolean multi = dimension().multiValued();
      for (Dataset d : sample()) {
        int n = count(d, dimension().subject());
        for (Period p : periods()) {
          Classifier c = bind(clause, d, p);
          int[] records = new int[n];
          for (int i = 0; i < n; i++) {
            records[i] = n - 1 - i; // not in order: a block is any records
          }
          if (multi) {
            long[] sets = new long[n];
            call(
                CONTRACT,
                clause,
                "classifyMulti",
                () -> {
                  c.classifyMulti(records, n, sets);
                  return null;
                });
            for (int i = 0; i < n; i++) {
              assertThat(sets[i])
                  .as(named(CONTRACT, clause) + ": record " + records[i])
                  .isEqualTo(c.codes(records[i]));
            }
          } else {
            int[] codes = new int[n];
            call(
                CONTRACT,
                clause,
                "classify",
                () -> {
                  c.classify(records, n, codes);
                  return null;
                });
            for (int i = 0; i < n; i++) {
              assertThat(codes[i])
                  .as(named(CONTRACT, clause) + ": record " + records[i])
                  .isEqualTo(c.code(records[i]));
            }
          }
        }
      }
    }
  }
}
