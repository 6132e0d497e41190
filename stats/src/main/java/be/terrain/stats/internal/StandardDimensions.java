package be.terrain.stats.internal;

import be.terrain.core.AccompanimentTable;
import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.ContactTable;
import be.terrain.core.Countries;
import be.terrain.core.DistributionTable;
import be.terrain.core.HealthTable;
import be.terrain.core.PersonTable;
import be.terrain.core.ProfileTable;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.ProfileTimeline;
import be.terrain.stats.Subject;
import java.util.Objects;

/**
 * The built-in dimensions of {@link be.terrain.stats.Dimensions}. Person dimensions precompute a
 * byte per person when bound; record dimensions read the dataset's columns. Each classifier has its
 * own block loop so that the JIT compiles one tight loop per dimension.
 */
public final class StandardDimensions {
  private static final int PER_RANGE = 1 << 16;

  private StandardDimensions() {}

  /** A person's role. */
  public static Dimension role() {
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
  public static Dimension sex() {
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
  public static Dimension ageBand(String listId) {
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
  public static Dimension nationalityGroup() {
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
  public static Dimension profile(String attribute) {
    int a = ProfileTable.ATTRIBUTES.indexOf(attribute);
    if (a < 0) {
      throw new IllegalArgumentException(
          "'"
              + attribute
              + "' is not a profile attribute: expected one of "
              + ProfileTable.ATTRIBUTES);
    }
    return new BaseDimension(attribute, Subject.PERSON, attribute) {
      @Override
      public Classifier bind(DimensionContext c) {
        byte unknown = (byte) c.codes(codeList()).indexOf(Code.UNKNOWN);
        byte[] v = new byte[c.dataset().persons().size()];
        if (c instanceof Context own) {
          byte[] all = own.profilesAtEnd();
          Parallel.ranges(
              v.length,
              PER_RANGE,
              (lo, hi) -> {
                for (int p = lo; p < hi; p++) {
                  byte x = all[p * ProfileBlocks.ATTRIBUTES + a];
                  v[p] = x >= 0 ? x : unknown;
                }
              });
        } else {
          for (int p = 0; p < v.length; p++) {
            int x = c.profileAtEnd(p, a);
            v[p] = x >= 0 ? (byte) x : unknown;
          }
        }
        return new PerPerson(v);
      }
    };
  }

  /**
   * New contact: YES when {@code first_contact} lies in the period, NO when before it; when it is
   * empty (or, in an invalid dataset, after the period) YES when the earliest activity in the whole
   * dataset lies in the period, else NO. A classified person is active in the period (it belongs to
   * a person population), so its earliest activity lies in the period exactly when it has none
   * before the period.
   */
  public static Dimension newContact() {
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
          int fc = persons.firstContactEpochDay(p);
          anyWithout = fc == Integer.MIN_VALUE || fc > to;
        }
        if (anyWithout) {
          c.activeBefore(0); // builds the lookup before the parallel loop reads it
        }
        Parallel.ranges(
            v.length,
            PER_RANGE,
            (lo, hi) -> {
              for (int p = lo; p < hi; p++) {
                int fc = persons.firstContactEpochDay(p);
                boolean isNew;
                if (fc != Integer.MIN_VALUE && fc <= to) {
                  isNew = fc >= from;
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

  /** {@code contact_channel} of a contact. */
  public static Dimension contactChannel() {
    return new BaseDimension("contact_channel", Subject.CONTACT, "contact_channel") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new Channel(c.dataset().contacts());
      }
    };
  }

  /** {@code accompaniment_domain} of an accompaniment. */
  public static Dimension accompanimentDomain() {
    return new BaseDimension(
        "accompaniment_domain", Subject.ACCOMPANIMENT, "accompaniment_domain") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new Domain(c.dataset().accompaniments());
      }
    };
  }

  /** {@code health_kind} of a health intervention. */
  public static Dimension healthKind() {
    return new BaseDimension("health_kind", Subject.HEALTH, "health_kind") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new HealthKind(c.dataset().health());
      }
    };
  }

  /** {@code nursing_act} of a nursing care ({@link Classifier#NONE} on other kinds). */
  public static Dimension nursingAct() {
    return new BaseDimension("nursing_act", Subject.HEALTH, "nursing_act") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new NursingAct(c.dataset().health());
      }
    };
  }

  /** The pathogens of a rapid test (multi-valued). */
  public static Dimension pathogen() {
    return new BaseDimension("pathogen", Subject.HEALTH, "pathogen") {
      @Override
      public boolean multiValued() {
        return true;
      }

      @Override
      public Classifier bind(DimensionContext c) {
        return new Pathogens(c.dataset().health());
      }
    };
  }

  /** {@code paramedical_target} of a paramedical accompaniment. */
  public static Dimension paramedicalTarget() {
    return new BaseDimension("paramedical_target", Subject.HEALTH, "paramedical_target") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new Target(c.dataset().health());
      }
    };
  }

  /**
   * A consultation's coverage: its own, else the person's profile {@code health_coverage} on the
   * consultation's date, else UNKNOWN; other kinds of health rows have none ({@link
   * Classifier#NONE}).
   */
  public static Dimension consultationCoverage() {
    return new BaseDimension("health_coverage", Subject.HEALTH, "health_coverage") {
      @Override
      public Classifier bind(DimensionContext c) {
        ProfileTimeline timeline =
            c instanceof Context own ? own.consultationCoverage() : c.profiles("health_coverage");
        int consultation = c.codes("health_kind").indexOf("MEDICAL_CONSULTATION");
        return new Coverage(
            c.dataset().health(),
            timeline,
            c.codes(codeList()).indexOf(Code.UNKNOWN),
            consultation);
      }
    };
  }

  /** The item of a distribution row. */
  public static Dimension item() {
    return new BaseDimension("item", Subject.DISTRIBUTION_ROW, "item") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new Item(c.dataset().distributions());
      }
    };
  }

  /** The item group of a distribution row's item. */
  public static Dimension rowItemGroup() {
    return new BaseDimension("item_group", Subject.DISTRIBUTION_ROW, "item_group") {
      @Override
      public Classifier bind(DimensionContext c) {
        return new ItemGroup(c.dataset().distributions(), groupsOfItems(c));
      }
    };
  }

  /** The item groups of a distribution act's items (multi-valued: once per group). */
  public static Dimension actItemGroups() {
    return new BaseDimension("item_group", Subject.DISTRIBUTION_ACT, "item_group") {
      @Override
      public boolean multiValued() {
        return true;
      }

      @Override
      public Classifier bind(DimensionContext c) {
        DistributionTable t = c.dataset().distributions();
        byte[] groups = groupsOfItems(c);
        long[] masks = new long[c.acts().count()];
        for (int r = 0, n = t.size(); r < n; r++) {
          int act = t.act(r);
          int i = t.item(r);
          if (act >= 0 && act < masks.length && i >= 0 && groups[i] >= 0) {
            masks[act] |= 1L << groups[i];
          }
        }
        return new ActGroups(masks);
      }
    };
  }

  private static byte[] groupsOfItems(DimensionContext c) {
    CodeList items = c.codes("item");
    CodeList groups = c.codes("item_group");
    byte[] out = new byte[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) items.get(i).group().map(groups::indexOf).orElse(-1).intValue();
    }
    return out;
  }

  /** A code per person, precomputed. */
  static final class PerPerson implements Classifier {
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

  private static final class Channel implements Classifier {
    private final ContactTable t;

    Channel(ContactTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.channel(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.channel(records[i]);
      }
    }
  }

  private static final class Domain implements Classifier {
    private final AccompanimentTable t;

    Domain(AccompanimentTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.domain(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.domain(records[i]);
      }
    }
  }

  private static final class HealthKind implements Classifier {
    private final HealthTable t;

    HealthKind(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.healthKind(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.healthKind(records[i]);
      }
    }
  }

  private static final class NursingAct implements Classifier {
    private final HealthTable t;

    NursingAct(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.act(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.act(records[i]);
      }
    }
  }

  private static final class Target implements Classifier {
    private final HealthTable t;

    Target(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.target(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.target(records[i]);
      }
    }
  }

  private static final class Pathogens implements Classifier {
    private final HealthTable t;

    Pathogens(HealthTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      throw new UnsupportedOperationException("pathogen is multi-valued: use codes()");
    }

    @Override
    public long codes(int r) {
      return t.pathogens(r) & 0xFFFFFFFFL;
    }

    @Override
    public void classifyMulti(int[] records, int count, long[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.pathogens(records[i]) & 0xFFFFFFFFL;
      }
    }
  }

  private static final class Coverage implements Classifier {
    private final HealthTable t;
    private final ProfileTimeline timeline;
    private final int unknown;
    private final int consultation;

    Coverage(HealthTable t, ProfileTimeline timeline, int unknown, int consultation) {
      this.t = t;
      this.timeline = timeline;
      this.unknown = unknown;
      this.consultation = consultation;
    }

    @Override
    public int code(int r) {
      if (t.healthKind(r) != consultation) {
        return NONE;
      }
      int own = t.coverage(r);
      if (own >= 0) {
        return own;
      }
      int p = t.person(r);
      if (p >= 0) {
        int v = timeline.valueOn(p, t.epochDay(r));
        if (v >= 0) {
          return v;
        }
      }
      return unknown;
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = code(records[i]);
      }
    }
  }

  private static final class Item implements Classifier {
    private final DistributionTable t;

    Item(DistributionTable t) {
      this.t = t;
    }

    @Override
    public int code(int r) {
      return t.item(r);
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = t.item(records[i]);
      }
    }
  }

  private static final class ItemGroup implements Classifier {
    private final DistributionTable t;
    private final byte[] groups;

    ItemGroup(DistributionTable t, byte[] groups) {
      this.t = t;
      this.groups = groups;
    }

    @Override
    public int code(int r) {
      int i = t.item(r);
      return i >= 0 ? groups[i] : NONE;
    }

    @Override
    public void classify(int[] records, int count, int[] out) {
      for (int k = 0; k < count; k++) {
        int i = t.item(records[k]);
        out[k] = i >= 0 ? groups[i] : NONE;
      }
    }
  }

  private static final class ActGroups implements Classifier {
    private final long[] masks;

    ActGroups(long[] masks) {
      this.masks = masks;
    }

    @Override
    public int code(int record) {
      throw new UnsupportedOperationException("item_group of an act is multi-valued: use codes()");
    }

    @Override
    public long codes(int record) {
      return masks[record];
    }

    @Override
    public void classifyMulti(int[] records, int count, long[] out) {
      for (int i = 0; i < count; i++) {
        out[i] = masks[records[i]];
      }
    }
  }
}
