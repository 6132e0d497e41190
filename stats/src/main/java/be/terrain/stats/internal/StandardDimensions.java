package be.terrain.stats.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.DistributionTable;
import be.terrain.stats.Classifier;
import be.terrain.stats.Dimension;
import be.terrain.stats.DimensionContext;
import be.terrain.stats.ProfileTimeline;
import be.terrain.stats.Subject;
import be.terrain.stats.internal.ColumnClassifiers.Channel;
import be.terrain.stats.internal.ColumnClassifiers.Domain;
import be.terrain.stats.internal.ColumnClassifiers.HealthKind;
import be.terrain.stats.internal.ColumnClassifiers.Item;
import be.terrain.stats.internal.ColumnClassifiers.NursingAct;
import be.terrain.stats.internal.ColumnClassifiers.Target;
import be.terrain.stats.internal.RecordClassifiers.ActGroups;
import be.terrain.stats.internal.RecordClassifiers.Coverage;
import be.terrain.stats.internal.RecordClassifiers.ItemGroup;
import be.terrain.stats.internal.RecordClassifiers.Pathogens;
import java.util.function.Function;

/**
 * The built-in dimensions of {@link be.terrain.stats.Dimensions}: the person dimensions of {@link
 * PersonDimensions}, and the record dimensions, which read the dataset's columns through the
 * classifiers of {@link ColumnClassifiers} and {@link RecordClassifiers}.
 */
public final class StandardDimensions {
  private StandardDimensions() {}

  /** A person's role. */
  public static Dimension role() {
    return PersonDimensions.role();
  }

  /** A person's sex, UNKNOWN when empty. */
  public static Dimension sex() {
    return PersonDimensions.sex();
  }

  /** Age band in the period: the year of its last day minus the birth year. */
  public static Dimension ageBand(String listId) {
    return PersonDimensions.ageBand(listId);
  }

  /** Nationality group by EU membership on the period's last day. */
  public static Dimension nationalityGroup() {
    return PersonDimensions.nationalityGroup();
  }

  /** A profile attribute's latest non-empty value on or before the period's last day. */
  public static Dimension profile(String attribute) {
    return PersonDimensions.profile(attribute);
  }

  /** New contact: see {@link PersonDimensions#newContact()}. */
  public static Dimension newContact() {
    return PersonDimensions.newContact();
  }

  /** {@code contact_channel} of a contact. */
  public static Dimension contactChannel() {
    return record("contact_channel", Subject.CONTACT, c -> new Channel(c.dataset().contacts()));
  }

  /** {@code accompaniment_domain} of an accompaniment. */
  public static Dimension accompanimentDomain() {
    return record(
        "accompaniment_domain",
        Subject.ACCOMPANIMENT,
        c -> new Domain(c.dataset().accompaniments()));
  }

  /** {@code health_kind} of a health intervention. */
  public static Dimension healthKind() {
    return record("health_kind", Subject.HEALTH, c -> new HealthKind(c.dataset().health()));
  }

  /** {@code nursing_act} of a nursing care ({@link Classifier#NONE} on other kinds). */
  public static Dimension nursingAct() {
    return record("nursing_act", Subject.HEALTH, c -> new NursingAct(c.dataset().health()));
  }

  /** The pathogens of a rapid test (multi-valued). */
  public static Dimension pathogen() {
    return multiValued("pathogen", Subject.HEALTH, c -> new Pathogens(c.dataset().health()));
  }

  /** {@code paramedical_target} of a paramedical accompaniment. */
  public static Dimension paramedicalTarget() {
    return record("paramedical_target", Subject.HEALTH, c -> new Target(c.dataset().health()));
  }

  /**
   * A consultation's coverage: its own, else the person's profile {@code health_coverage} on the
   * consultation's date, else UNKNOWN; other kinds of health rows have none ({@link
   * Classifier#NONE}).
   */
  public static Dimension consultationCoverage() {
    return record(
        "health_coverage",
        Subject.HEALTH,
        c -> {
          ProfileTimeline timeline = c.profiles("health_coverage");
          int consultation = c.codes("health_kind").indexOf("MEDICAL_CONSULTATION");
          return new Coverage(
              c.dataset().health(),
              timeline,
              c.codes("health_coverage").indexOf(Code.UNKNOWN),
              consultation);
        });
  }

  /** The item of a distribution row. */
  public static Dimension item() {
    return record("item", Subject.DISTRIBUTION_ROW, c -> new Item(c.dataset().distributions()));
  }

  /** The item group of a distribution row's item. */
  public static Dimension rowItemGroup() {
    return record(
        "item_group",
        Subject.DISTRIBUTION_ROW,
        c -> new ItemGroup(c.dataset().distributions(), groupsOfItems(c)));
  }

  /** The item groups of a distribution act's items (multi-valued: once per group). */
  public static Dimension actItemGroups() {
    return multiValued(
        "item_group",
        Subject.DISTRIBUTION_ACT,
        c -> {
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
        });
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

  /** A single-valued record dimension whose code list has its id. */
  private static Dimension record(
      String id, Subject subject, Function<DimensionContext, Classifier> bind) {
    return new BaseDimension(id, subject, id) {
      @Override
      public Classifier bind(DimensionContext c) {
        return bind.apply(c);
      }
    };
  }

  /** A multi-valued record dimension whose code list has its id. */
  private static Dimension multiValued(
      String id, Subject subject, Function<DimensionContext, Classifier> bind) {
    return new BaseDimension(id, subject, id) {
      @Override
      public boolean multiValued() {
        return true;
      }

      @Override
      public Classifier bind(DimensionContext c) {
        return bind.apply(c);
      }
    };
  }
}
