package be.terrain.validation;

import be.terrain.core.Accompaniment;
import be.terrain.core.Antenna;
import be.terrain.core.Code;
import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Contact;
import be.terrain.core.Dataset;
import be.terrain.core.DistributionAct;
import be.terrain.core.DistributionItem;
import be.terrain.core.HealthIntervention;
import be.terrain.core.MedicalConsultation;
import be.terrain.core.NursingCare;
import be.terrain.core.Organisation;
import be.terrain.core.ParamedicalAccompaniment;
import be.terrain.core.Person;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.ProfileSnapshot;
import be.terrain.core.RecordKind;
import be.terrain.core.internal.FieldRules;
import be.terrain.core.internal.KindRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks one record an application built, before it goes into a dataset, with Bean Validation
 * (Hibernate Validator) and the constraints the record types carry. It applies the same field rules
 * as the dataset builder, and answers with the same {@link Problem}s; dataset rules (references,
 * uniqueness, dates) need the whole dataset and come from {@link Dataset#validateWithoutPlugins}.
 * Thread-safe; make one and reuse it (creating one costs milliseconds).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordValidator implements AutoCloseable {
  private static final Map<Class<?>, RecordKind> KINDS =
      Map.of(
          Organisation.class, RecordKind.ORGANISATION,
          Antenna.class, RecordKind.ANTENNA,
          Person.class, RecordKind.PERSON,
          ProfileSnapshot.class, RecordKind.PROFILE,
          Contact.class, RecordKind.CONTACT,
          Accompaniment.class, RecordKind.ACCOMPANIMENT,
          NursingCare.class, RecordKind.HEALTH,
          ParamedicalAccompaniment.class, RecordKind.HEALTH,
          MedicalConsultation.class, RecordKind.HEALTH,
          DistributionAct.class, RecordKind.DISTRIBUTION);

  private final ValidatorFactory factory;
  private final Validator validator;
  private final CodeRegistry registry;

  private RecordValidator(CodeRegistry registry) {
    this.registry = registry;
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintValidatorPayload(registry)
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** {@return a validator for the standard code lists} Close it when done. */
  public static RecordValidator create() {
    return new RecordValidator(CodeRegistry.standard());
  }

  /**
   * A validator for the given code lists, e.g. {@code Terrain.codes()} with the plugins' codes.
   *
   * @param registry the code lists the records' codes are checked against
   * @return a validator, to close when done
   */
  public static RecordValidator create(CodeRegistry registry) {
    return new RecordValidator(registry);
  }

  /**
   * Every field problem of a record, in field order.
   *
   * @param record a record of one of Terrain's record types, e.g. a {@code Person}
   * @return its problems, empty when it is valid
   * @throws IllegalArgumentException when the object is not one of Terrain's record types
   */
  public List<Problem> validate(Object record) {
    RecordKind kind = KINDS.get(record.getClass());
    if (kind == null) {
      throw new IllegalArgumentException(
          record.getClass().getName() + " is not a Terrain record type");
    }
    String id = recordId(record);
    List<Problem> out = new ArrayList<>();
    List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(record));
    violations.sort(
        Comparator.comparingInt(
                (ConstraintViolation<Object> v) -> kind.fieldIndex(field(v.getPropertyPath())))
            .thenComparing(v -> v.getPropertyPath().toString()));
    for (ConstraintViolation<Object> v : violations) {
      String field = field(v.getPropertyPath());
      ProblemCode code = code(v.getMessage());
      Object[] args = new Object[0];
      if ("".equals(v.getInvalidValue()) && !field.equals("pathogens")) {
        // An empty string is an empty cell, as on the bulk path: missing where the field is
        // required, "unknown" (no problem) where it is optional.
        if (required(record, kind, field)) {
          out.add(Problem.of(ProblemCodes.MISSING_VALUE).record(kind, id).field(field).build());
        }
        continue;
      }
      if (code == ProblemCodes.UNKNOWN_CODE) {
        args = new Object[] {v.getConstraintDescriptor().getAttributes().get("value")};
        if (Code.UNKNOWN.equals(v.getInvalidValue())
            && Boolean.FALSE.equals(
                v.getConstraintDescriptor().getAttributes().get("allowUnknown"))) {
          code = ProblemCodes.UNKNOWN_NOT_ALLOWED;
          args = new Object[0];
        }
      } else if (code == ProblemCodes.OUT_OF_RANGE) {
        Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
        args = new Object[] {a.get("min"), a.get("max")};
      }
      out.add(
          Problem.of(code)
              .record(kind, id)
              .field(field)
              .value(v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue()))
              .args(args)
              .build());
    }
    crossFieldRules(record, kind, id, out);
    return out;
  }

  /**
   * Whether a field must have a value in this record (the kind-specific health fields included).
   */
  private static boolean required(Object record, RecordKind kind, String field) {
    return kind.isRequired(field)
        || (record instanceof HealthIntervention h
            && KindRules.need(
                    KindRules.healthKind(h.kind()),
                    KindRules.HEALTH_FIELDS.indexOf(field),
                    h instanceof NursingCare n && n.act().equals(NursingCare.RAPID_TEST))
                == KindRules.MUST);
  }

  /**
   * Rules that span two fields of one record, or that the constraints cannot express: the same ones
   * the dataset builder applies (the cross-field ones from {@link KindRules}, shared with it), with
   * its readings (an empty string is an empty cell; a count out of range is only that; an unknown
   * code named twice is only unknown).
   */
  private void crossFieldRules(Object record, RecordKind kind, String id, List<Problem> out) {
    String name =
        record instanceof Organisation o ? o.name() : record instanceof Antenna a ? a.name() : null;
    if (name != null && name.isEmpty()) {
      out.add(Problem.of(ProblemCodes.MISSING_VALUE).record(kind, id).field("name").build());
    }
    if (record instanceof Contact c
        && KindRules.wrongIdentifiedCount(
            c.personId().filter(p -> !p.isEmpty()).isPresent(), c.count())) {
      out.add(
          Problem.of(ProblemCodes.IDENTIFIED_COUNT)
              .record(kind, id)
              .field("count")
              .value(Integer.toString(c.count()))
              .build());
    }
    if (record instanceof NursingCare n) {
      // The types hold no field another kind has, and the constraints check act's presence: the
      // pathogens are the one kind-specific field left to the kind rules here.
      int health = KindRules.healthKind(n.kind());
      boolean rapid = n.act().equals(NursingCare.RAPID_TEST);
      ProblemCode pathogensProblem =
          KindRules.problem(
              KindRules.need(health, KindRules.PATHOGENS, rapid), !n.pathogens().isEmpty());
      if (pathogensProblem == ProblemCodes.MISSING_VALUE) {
        out.add(Problem.of(ProblemCodes.MISSING_VALUE).record(kind, id).field("pathogens").build());
      } else if (pathogensProblem != null) {
        out.add(
            Problem.of(pathogensProblem)
                .record(kind, id)
                .field("pathogens")
                .value(String.join("|", n.pathogens()))
                .args(KindRules.notForKind(n.kind(), health, KindRules.PATHOGENS, n.act()))
                .build());
      }
      CodeList pathogens = registry.list("pathogen");
      List<String> known = n.pathogens().stream().filter(pathogens::contains).toList();
      if (new HashSet<>(known).size() != known.size()) {
        out.add(
            Problem.of(ProblemCodes.REPEATED_PATHOGEN)
                .record(kind, id)
                .field("pathogens")
                .value(String.join("|", n.pathogens()))
                .build());
      }
    }
    // Without an id there is no act to group rows by (the bulk path's reading), so no item twice.
    if (record instanceof DistributionAct d && !d.id().isEmpty()) {
      Set<String> seen = new HashSet<>();
      CodeList items = registry.list("item");
      for (DistributionItem item : d.items()) {
        if (items.contains(item.item()) && !seen.add(item.item())) {
          out.add(
              Problem.of(ProblemCodes.ITEM_TWICE)
                  .record(kind, id)
                  .field("item")
                  .value(item.item())
                  .build());
        }
      }
    }
  }

  private static String recordId(Object record) {
    if (record instanceof Organisation o) {
      return o.id();
    } else if (record instanceof Antenna a) {
      return a.id();
    } else if (record instanceof Person p) {
      return p.id();
    } else if (record instanceof Contact c) {
      return c.id();
    } else if (record instanceof Accompaniment a) {
      return a.id();
    } else if (record instanceof HealthIntervention h) {
      return h.id();
    } else if (record instanceof DistributionAct d) {
      return d.id();
    }
    return null;
  }

  /** The exchange format's name of the field a violation is on: its last named node, snake_case. */
  private static String field(Path path) {
    String name = null;
    for (Path.Node node : path) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    if (name == null) {
      return null;
    }
    if (name.equals("antennaId") || name.equals("personId")) {
      return name.equals("antennaId") ? "antenna_id" : "person_id";
    }
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    String snake = b.toString();
    return switch (snake) {
      case "health_coverage" -> "health_coverage";
      case "items" -> "item";
      default -> snake;
    };
  }

  private ProblemCode code(String message) {
    for (ProblemCode c : ProblemCodes.all()) {
      if (c.code().equals(message)) {
        return c;
      }
    }
    throw new IllegalStateException("constraint message is not a problem code: " + message);
  }

  /** {@return the code lists this validator checks against} */
  public CodeRegistry registry() {
    return registry;
  }

  /**
   * Whether the id follows the exchange format's rule (a convenience for forms).
   *
   * @param id an id as typed
   * @return true when it is a valid id
   */
  public static boolean isValidId(String id) {
    return FieldRules.isValidId(id);
  }

  @Override
  public void close() {
    factory.close();
  }
}
