package be.terrain.stats.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.ContactTable;
import be.terrain.core.Countries;
import be.terrain.core.Dataset;
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

/** The built-in dimensions of {@link be.terrain.stats.Dimensions}. */
public final class StandardDimensions {
  private StandardDimensions() {}

  /** {@code role} of the person. */
  public static Dimension role() {
    return new BaseDimension("role", Subject.PERSON, "role") {
      @Override
      public Classifier bind(DimensionContext c) {
        PersonTable persons = c.dataset().persons();
        return persons::role;
      }
    };
  }

  /** {@code sex} of the person, UNKNOWN when empty. */
  public static Dimension sex() {
    return new BaseDimension("sex", Subject.PERSON, "sex") {
      @Override
      public Classifier bind(DimensionContext c) {
        PersonTable persons = c.dataset().persons();
        int unknown = c.codes(codeList()).indexOf(Code.UNKNOWN);
        return p -> {
          int s = persons.sex(p);
          return s >= 0 ? s : unknown;
        };
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
        int unknown = c.codes(codeList()).indexOf(Code.UNKNOWN);
        int year = c.period().to().getYear();
        return p -> {
          int by = persons.birthYear(p);
          return by < 0 ? unknown : bands.band(year - by);
        };
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
        int unknown = list.indexOf(Code.UNKNOWN);
        return p -> {
          int n = persons.nationality(p);
          return n < 0 ? unknown : toList[groups[n]];
        };
      }
    };
  }

  /** A profile attribute's latest non-empty value on or before the period's last day. */
  public static Dimension profile(String attribute) {
    if (!ProfileTable.ATTRIBUTES.contains(attribute)) {
      throw new IllegalArgumentException(
          "'" + attribute + "' is not a profile attribute: expected one of " + ProfileTable.ATTRIBUTES);
    }
    return new BaseDimension(attribute, Subject.PERSON, attribute) {
      @Override
      public Classifier bind(DimensionContext c) {
        ProfileTimeline timeline = c.profiles(attribute);
        int unknown = c.codes(codeList()).indexOf(Code.UNKNOWN);
        int end = c.period().toEpochDay();
        int size = c.dataset().persons().size();
        byte[] values = new byte[size];
        for (int p = 0; p < size; p++) {
          int v = timeline.valueOn(p, end);
          values[p] = (byte) (v >= 0 ? v : unknown);
        }
        return p -> values[p];
      }
    };
  }

  /**
   * New contact: YES when {@code first_contact} lies in the period, NO when before it; when it is
   * empty (or, in an invalid dataset, after the period) YES when the earliest activity in the whole
   * dataset lies in the period, else NO.
   */
  public static Dimension newContact() {
    return new BaseDimension("new_contact", Subject.PERSON, "new_contact") {
      @Override
      public Classifier bind(DimensionContext c) {
        CodeList list = c.codes(codeList());
        byte yes = (byte) list.indexOf("YES");
        byte no = (byte) list.indexOf("NO");
        if (yes < 0 || no < 0) {
          throw new IllegalArgumentException("code list " + list.id() + " needs the codes YES and NO");
        }
        PersonTable persons = c.dataset().persons();
        int from = c.period().fromEpochDay();
        int to = c.period().toEpochDay();
        int size = persons.size();
        byte[] values = new byte[size];
        for (int p = 0; p < size; p++) {
          int fc = persons.firstContactEpochDay(p);
          boolean isNew;
          if (fc != Integer.MIN_VALUE && fc <= to) {
            isNew = fc >= from;
          } else {
            int e = c.earliestActivity(p);
            isNew = e >= from && e <= to;
          }
          values[p] = isNew ? yes : no;
        }
        return p -> values[p];
      }
    };
  }

  /** {@code contact_channel} of a contact. */
  public static Dimension contactChannel() {
    return new BaseDimension("contact_channel", Subject.CONTACT, "contact_channel") {
      @Override
      public Classifier bind(DimensionContext c) {
        ContactTable t = c.dataset().contacts();
        return t::channel;
      }
    };
  }

  /** {@code accompaniment_domain} of an accompaniment. */
  public static Dimension accompanimentDomain() {
    return new BaseDimension("accompaniment_domain", Subject.ACCOMPANIMENT, "accompaniment_domain") {
      @Override
      public Classifier bind(DimensionContext c) {
        var t = c.dataset().accompaniments();
        return t::domain;
      }
    };
  }

  /** {@code health_kind} of a health intervention. */
  public static Dimension healthKind() {
    return new BaseDimension("health_kind", Subject.HEALTH, "health_kind") {
      @Override
      public Classifier bind(DimensionContext c) {
        HealthTable t = c.dataset().health();
        return t::healthKind;
      }
    };
  }

  /** {@code nursing_act} of a nursing care ({@link Classifier#NONE} on other kinds). */
  public static Dimension nursingAct() {
    return new BaseDimension("nursing_act", Subject.HEALTH, "nursing_act") {
      @Override
      public Classifier bind(DimensionContext c) {
        HealthTable t = c.dataset().health();
        return t::act;
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
        HealthTable t = c.dataset().health();
        return new Classifier() {
          @Override
          public int code(int record) {
            throw new UnsupportedOperationException("pathogen is multi-valued: use codes()");
          }

          @Override
          public long codes(int record) {
            return t.pathogens(record) & 0xFFFFFFFFL;
          }
        };
      }
    };
  }

  /** {@code paramedical_target} of a paramedical accompaniment. */
  public static Dimension paramedicalTarget() {
    return new BaseDimension("paramedical_target", Subject.HEALTH, "paramedical_target") {
      @Override
      public Classifier bind(DimensionContext c) {
        HealthTable t = c.dataset().health();
        return t::target;
      }
    };
  }

  /**
   * A consultation's coverage: its own, else the person's profile {@code health_coverage} on the
   * consultation's date, else UNKNOWN.
   */
  public static Dimension consultationCoverage() {
    return new BaseDimension("health_coverage", Subject.HEALTH, "health_coverage") {
      @Override
      public Classifier bind(DimensionContext c) {
        HealthTable t = c.dataset().health();
        ProfileTimeline timeline = c.profiles("health_coverage");
        int unknown = c.codes(codeList()).indexOf(Code.UNKNOWN);
        return r -> {
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
        };
      }
    };
  }

  /** The item of a distribution row. */
  public static Dimension item() {
    return new BaseDimension("item", Subject.DISTRIBUTION_ROW, "item") {
      @Override
      public Classifier bind(DimensionContext c) {
        DistributionTable t = c.dataset().distributions();
        return t::item;
      }
    };
  }

  /** The item group of a distribution row's item. */
  public static Dimension rowItemGroup() {
    return new BaseDimension("item_group", Subject.DISTRIBUTION_ROW, "item_group") {
      @Override
      public Classifier bind(DimensionContext c) {
        DistributionTable t = c.dataset().distributions();
        byte[] groups = groupsOfItems(c);
        return r -> {
          int i = t.item(r);
          return i >= 0 ? groups[i] : Classifier.NONE;
        };
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
        Dataset d = c.dataset();
        DistributionTable t = d.distributions();
        byte[] groups = groupsOfItems(c);
        long[] masks = new long[c.acts().count()];
        for (int r = 0, n = t.size(); r < n; r++) {
          int act = t.act(r);
          int i = t.item(r);
          if (act >= 0 && i >= 0 && groups[i] >= 0) {
            masks[act] |= 1L << groups[i];
          }
        }
        return new Classifier() {
          @Override
          public int code(int record) {
            throw new UnsupportedOperationException("item_group of an act is multi-valued: use codes()");
          }

          @Override
          public long codes(int record) {
            return masks[record];
          }
        };
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
}
