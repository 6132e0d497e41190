package be.terrain.stats.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.Countries;
import be.terrain.core.PersonTable;
import be.terrain.core.ProfileTable;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.Subject;
import java.util.Objects;

/**
 * The built-in person dimensions: each precomputes a code (a byte) per person when bound, over
 * ranges of persons on all cores, so that classifying a person is one array read. They read the
 * dataset through the public {@link DimensionContext} only, as a plugin's dimension would.
 */
final class PersonDimensions {
  private static final int PER_RANGE = 1 << 16;

  private PersonDimensions() {}

  /** A person's role. */
  static Dimension role() {
    return new BaseDimension("role", Subject.PERSON, "role") {
      @Override
      public Classifier bind(DimensionContext c) {
        PersonTable persons = c.dataset().persons();
        byte[] v = new byte[persons.size()];
        Parallel.ranges(
            v.length,
            PER_RANGE,
            (lo, hi) -> {
              for (int p = lo; p < hi; p++) {
                v[p] = (byte) persons.role(p);
              }
            });
        return new PerPerson(v);
      }
    };
  }

  /** A person's sex, UNKNOWN when empty. */
  static Dimension sex() {
    return new BaseDimension("sex", Subject.PERSON, "sex") {
      @Override
      public Classifier bind(DimensionContext c) {
        PersonTable persons = c.dataset().persons();
        byte unknown = (byte) c.codes(codeList()).indexOf(Code.UNKNOWN);
        byte[] v = new byte[persons.size()];
        Parallel.ranges(
            v.length,
            PER_RANGE,
            (lo, hi) -> {
              for (int p = lo; p < hi; p++) {
                int s = persons.sex(p);
                v[p] = s >= 0 ? (byte) s : unknown;
              }
            });
        return new PerPerson(v);
      }
    };
  }

  /** Age band in the period: the year of its last day minus the birth year. */
  static Dimension ageBand(String listId) {
    Objects.requireNonNull(listId, "listId");
    return new BaseDimension(listId, Subject.PERSON, listId) {
      @Override
      public Classifier bind(DimensionContext c) {
        PersonTable persons = c.dataset().persons();
        AgeBands bands = AgeBands.of(c.codes(codeList()));
        byte unknown = (byte) c.codes(codeList()).indexOf(Code.UNKNOWN);
        int year = c.period().to().getYear();
        byte[] v = new byte[persons.size()];
        Parallel.ranges(
            v.length,
            PER_RANGE,
            (lo, hi) -> {
              for (int p = lo; p < hi; p++) {
                int by = persons.birthYear(p);
                v[p] = by < 0 ? unknown : (byte) bands.band(year - by);
              }
            });
        return new PerPerson(v);
      }
    };
  }

  /** Nationality group by EU membership on the period's last day. */
  static Dimension nationalityGroup() {
    return new BaseDimension("nationality_group", Subject.PERSON, "nationality_group") {
      @Override
      public Classifier bind(DimensionContext c) {
        PersonTable persons = c.dataset().persons();
        CodeList list = c.codes(codeList());
        byte[] groups = Countries.nationalityGroupsOn(c.period().to());
        byte[] toList = new byte[Countries.NATIONALITY_GROUPS.size()];
        for (int g = 0; g < toList.length; g++) {
          toList[g] = (byte) list.indexOf(Countries.NATIONALITY_GROUPS.get(g));
        }
        byte unknown = (byte) list.indexOf(Code.UNKNOWN);
        byte[] v = new byte[persons.size()];
        Parallel.ranges(
            v.length,
            PER_RANGE,
            (lo, hi) -> {
              for (int p = lo; p < hi; p++) {
                int n = persons.nationality(p);
                v[p] = n >= 0 && n < groups.length ? toList[groups[n]] : unknown;
              }
            });
        return new PerPerson(v);
      }
    };
  }

  /** A profile attribute's latest non-empty value on or before the period's last day. */
  static Dimension profile(String attribute) {
    int a = ProfileTable.ATTRIBUTES.indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException(
          "'"
              + attribute
              + "' is not a profile attribute: expected one of "
              + ProfileTable.ATTRIBUTES);
    }
    return new ProfileAtEnd(attribute, a);
  }

  /** A profile attribute's value at the period's end, from the values shared in the period. */
  private static final class ProfileAtEnd extends BaseDimension implements PeriodEndProfiles {
    private final int a;

    ProfileAtEnd(String attribute, int a) {
      super(attribute, Subject.PERSON, attribute);
      this.a = a;
    }

    @Override
    public boolean readsLatestDays() {
      return false;
    }

    @Override
    public Classifier bind(DimensionContext c) {
      byte unknown = (byte) c.codes(codeList()).indexOf(Code.UNKNOWN);
      byte[] v = new byte[c.dataset().persons().size()];
      if (v.length > 0) {
        c.profileAtEnd(0, a); // builds the lookup before the parallel loop reads it
      }
      Parallel.ranges(
          v.length,
          PER_RANGE,
          (lo, hi) -> {
            for (int p = lo; p < hi; p++) {
              int x = c.profileAtEnd(p, a);
              v[p] = x >= 0 ? (byte) x : unknown;
            }
          });
      return new PerPerson(v);
    }
  }

  /**
   * New contact: YES when {@code first_contact} lies in the period, NO when before it; when it is
   * empty (or, in an invalid dataset, after the period) YES when the earliest activity in the whole
   * dataset lies in the period, else NO. A classified person is active in the period (it belongs to
   * a person population), so its earliest activity lies in the period exactly when it has none
   * before the period.
   */
  static Dimension newContact() {
    return new BaseDimension("new_contact", Subject.PERSON, "new_contact") {
      @Override
      public Classifier bind(DimensionContext c) {
        CodeList list = c.codes(codeList());
        byte yes = (byte) list.indexOf("YES");
        byte no = (byte) list.indexOf("NO");
        if (yes < 0 || no < 0) {
          throw new IllegalArgumentException(
              "code list " + list.id() + " needs the codes YES and NO");
        }
        PersonTable persons = c.dataset().persons();
        int from = c.period().fromEpochDay();
        int to = c.period().toEpochDay();
        byte[] v = new byte[persons.size()];
        boolean anyWithout = false;
        for (int p = 0; p < v.length && !anyWithout; p++) {
          anyWithout = !persons.hasFirstContact(p) || persons.firstContactEpochDay(p) > to;
        }
        if (anyWithout) {
          c.activeBefore(0); // builds the lookup before the parallel loop reads it
        }
        Parallel.ranges(
            v.length,
            PER_RANGE,
            (lo, hi) -> {
              for (int p = lo; p < hi; p++) {
                boolean isNew;
                if (persons.hasFirstContact(p) && persons.firstContactEpochDay(p) <= to) {
                  isNew = persons.firstContactEpochDay(p) >= from;
                } else {
                  isNew = !c.activeBefore(p);
                }
                v[p] = isNew ? yes : no;
              }
            });
        return new PerPerson(v);
      }
    };
  }

  /** A code per person, precomputed. */
  private static final class PerPerson implements Classifier {
    private final byte[] codes;

    PerPerson(byte[] codes) {
      this.codes = codes;
    }

    @Override
    public int code(int p) {
      return codes[p];
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      byte[] v = codes;
      for (int i = 0; i < count; i++) {
        out[i] = v[records[i]];
      }
    }
  }
}
