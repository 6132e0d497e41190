package be.terrain.json;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeList;
import be.terrain.core.CodeRegistry;
import be.terrain.core.Dataset;
import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCode;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.QuotaPeriod;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.json.internal.Mappers;
import be.terrain.json.internal.Pointers;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads a {@code rules.json} file ({@code terrain-rules/1}) strictly: the object {@code {"format":
 * "terrain-rules/1", "rules": [...]}} with rules of exactly the members of {@code
 * distribution-rules.md}. Returns the rules, or every problem found, each located by JSON pointer
 * (with line and column), with the rule's id as record id and the rule's member as field (the top
 * member for a nested one: a bad {@code quota.per} is field {@code quota}).
 *
 * <p>Read against a dataset, the item and role codes are checked against its code lists and the
 * antennas against its antennas; read against a code registry, antennas are not checked. Read with
 * Terrain's shared hardened JSON settings and {@link JsonLimits#defaults()}: duplicate members,
 * {@code NaN}, comments, trailing content and numbers written as decimals where integers are
 * expected are problems. An explicit {@code null} is an absent member.
 */
public final class RulesJsonReader {
  /** The format tag. */
  public static final String FORMAT = "terrain-rules/1";

  /** The class path resource of the JSON Schema (draft 2020-12) of {@code rules.json}. */
  public static final String SCHEMA_RESOURCE = "/be/terrain/json/terrain-rules-1.schema.json";

  /** The {@code $id} of that schema. */
  public static final String SCHEMA_ID = "https://schemas.terrain.be/terrain-rules-1.schema.json";

  private static final List<String> TOP_MEMBERS = List.of("format", "rules");
  private static final List<String> RULE_MEMBERS =
      List.of(
          "id",
          "item",
          "unit_value_cents",
          "quota",
          "budget_cents",
          "valid_from",
          "valid_to",
          "eligible_roles",
          "antennas");
  private static final List<String> QUOTA_MEMBERS = List.of("units", "per");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RulesJsonReader() {}

  /**
   * Reads a rules file and checks it against a dataset (codes and antennas).
   *
   * @param file the file; a file that cannot be read is a problem, not an exception
   * @param dataset the dataset the rules will check
   */
  public static RulesReadResult read(Path file, Dataset dataset) {
    requireNonNull(dataset, "dataset");
    return readFile(file, dataset.codes(), antennaIds(dataset));
  }

  /** Reads a rules file and checks its codes against code lists (antennas are not checked). */
  public static RulesReadResult read(Path file, CodeRegistry registry) {
    requireNonNull(registry, "registry");
    return readFile(file, registry, null);
  }

  /**
   * Reads rules from a stream (not closed) and checks them against a dataset.
   *
   * @param in the JSON text, UTF-8
   * @param fileName the name problems give as their file, or null
   * @param dataset the dataset the rules will check
   */
  public static RulesReadResult read(InputStream in, String fileName, Dataset dataset) {
    requireNonNull(dataset, "dataset");
    return new Reading(fileName, dataset.codes(), antennaIds(dataset)).read(in);
  }

  /** Reads rules from a stream (not closed) and checks their codes against code lists. */
  public static RulesReadResult read(InputStream in, String fileName, CodeRegistry registry) {
    requireNonNull(registry, "registry");
    return new Reading(fileName, registry, null).read(in);
  }

  /**
   * Opens the JSON Schema of {@code rules.json}; the caller closes the stream. The schema checks
   * structure and types; the reader also checks what a schema cannot: integers written without a
   * fraction, {@code valid_to} not before {@code valid_from}, and codes and antennas that exist.
   */
  public static InputStream openSchema() {
    InputStream in = RulesJsonReader.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "the resource " + SCHEMA_RESOURCE + " is missing from the class path");
    }
    return in;
  }

  private static Set<String> antennaIds(Dataset dataset) {
    Set<String> ids = new HashSet<>();
    dataset.antennas().forEach(a -> ids.add(a.id()));
    return ids;
  }

  private static RulesReadResult readFile(Path file, CodeRegistry registry, Set<String> antennas) {
    requireNonNull(file, "file");
    Path name = file.getFileName();
    String fileName = name == null ? file.toString() : name.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return new Reading(fileName, registry, antennas).read(in);
    } catch (IOException e) {
      return RulesReadResult.failed(
          List.of(
              Problem.of(ProblemCodes.UNREADABLE)
                  .at(Location.ofFile(fileName))
                  .args(
                      e.getClass().getSimpleName()
                          + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                  .build()));
    }
  }

  // --- a small tree of the document, each node with its pointer, line and column

  private sealed interface Node permits Obj, Arr, Str, Int, Other, Duplicate {
    String pointer();

    int line();

    int column();
  }

  private record Obj(
      String pointer, int line, int column, Map<String, Node> members, List<Node> duplicates)
      implements Node {}

  private record Arr(String pointer, int line, int column, List<Node> items) implements Node {}

  private record Str(String pointer, int line, int column, String value) implements Node {}

  private record Int(String pointer, int line, int column, BigInteger value) implements Node {}

  /** A decimal number, a boolean or null; {@code text} is how it was written. */
  private record Other(String pointer, int line, int column, String text, boolean isNull)
      implements Node {}

  /** A duplicate member, kept to be reported. */
  private record Duplicate(String pointer, int line, int column, String name) implements Node {}

  /** One reading: its problems and where they are. */
  private static final class Reading {
    private final String fileName;
    private final CodeList items;
    private final CodeList roles;
    private final Set<String> antennas;
    private final List<Problem> problems = new ArrayList<>();

    Reading(String fileName, CodeRegistry registry, Set<String> antennas) {
      this.fileName = fileName;
      this.items = registry.list("item");
      this.roles = registry.list("role");
      this.antennas = antennas;
    }

    RulesReadResult read(InputStream in) {
      requireNonNull(in, "in");
      Node root;
      try (JsonParser p =
          Mappers.MAPPER
              .reader()
              // duplicate members are found here, so that they are one problem among others
              .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
              .createParser(in)) {
        JsonToken first = p.nextToken();
        if (first == null) {
          problem(
              ProblemCodes.MALFORMED_JSON, at("", 1, 1), null, null, null, "the document is empty");
          return RulesReadResult.failed(problems);
        }
        root = parse(p, "");
        if (p.nextToken() != null) {
          TokenStreamLocation l = p.currentTokenLocation();
          problem(
              ProblemCodes.MALFORMED_JSON,
              at("", l.getLineNr(), l.getColumnNr()),
              null,
              null,
              null,
              "trailing content after the document");
          return RulesReadResult.failed(problems);
        }
      } catch (StreamConstraintsException e) {
        problem(
            ProblemCodes.LIMIT_EXCEEDED,
            at(e),
            null,
            null,
            null,
            firstLine(e.getOriginalMessage()));
        return RulesReadResult.failed(problems);
      } catch (JacksonException e) {
        String message = firstLine(e.getOriginalMessage());
        if (message.contains("Invalid UTF-8")) {
          problem(ProblemCodes.INVALID_ENCODING, at(e), null, null, null);
        } else {
          problem(ProblemCodes.MALFORMED_JSON, at(e), null, null, null, message);
        }
        return RulesReadResult.failed(problems);
      }
      List<DistributionRule> rules = document(root);
      return problems.isEmpty()
          ? RulesReadResult.of(RuleSet.of(rules))
          : RulesReadResult.failed(problems);
    }

    // --- parsing

    private Node parse(JsonParser p, String pointer) {
      TokenStreamLocation l = p.currentTokenLocation();
      int line = l.getLineNr();
      int col = l.getColumnNr();
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT -> {
          Map<String, Node> members = new LinkedHashMap<>();
          List<Node> duplicates = new ArrayList<>();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation nl = p.currentTokenLocation();
            String child = Pointers.child(pointer, name);
            p.nextToken();
            Node value = parse(p, child);
            if (members.containsKey(name)) {
              duplicates.add(new Duplicate(child, nl.getLineNr(), nl.getColumnNr(), name));
            } else {
              members.put(name, value);
            }
          }
          return new Obj(pointer, line, col, members, duplicates);
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(parse(p, Pointers.child(pointer, items.size())));
          }
          return new Arr(pointer, line, col, items);
        }
        case VALUE_STRING -> {
          return new Str(pointer, line, col, p.getString());
        }
        case VALUE_NUMBER_INT -> {
          return new Int(pointer, line, col, p.getBigIntegerValue());
        }
        case VALUE_NULL -> {
          return new Other(pointer, line, col, "null", true);
        }
        default -> {
          return new Other(pointer, line, col, p.getText(), false);
        }
      }
    }

    // --- the document

    private List<DistributionRule> document(Node root) {
      List<DistributionRule> out = new ArrayList<>();
      if (!(root instanceof Obj top)) {
        problem(ProblemCodes.RULES_NOT_OBJECT, at(root), null, null, null);
        return out;
      }
      unknownAndDuplicates(top, TOP_MEMBERS, null, null);
      Node format = member(top, "format");
      if (format == null) {
        missing(top, "format", null, "format");
      } else if (!(format instanceof Str s)) {
        problem(ProblemCodes.WRONG_TYPE, at(format), null, "format", text(format), "a string");
      } else if (!s.value().equals(FORMAT)) {
        problem(ProblemCodes.WRONG_FORMAT, at(format), null, "format", s.value(), FORMAT);
      }
      Node rules = member(top, "rules");
      if (rules == null) {
        missing(top, "rules", null, "rules");
        return out;
      }
      if (!(rules instanceof Arr array)) {
        problem(ProblemCodes.WRONG_TYPE, at(rules), null, "rules", text(rules), "an array");
        return out;
      }
      Map<String, Node> ids = new LinkedHashMap<>();
      for (Node n : array.items()) {
        DistributionRule r = rule(n, ids);
        if (r != null) {
          out.add(r);
        }
      }
      return out;
    }

    /** A rule, or null when it has problems (reported). */
    private DistributionRule rule(Node node, Map<String, Node> ids) {
      if (!(node instanceof Obj o)) {
        problem(ProblemCodes.WRONG_TYPE, at(node), null, null, text(node), "an object");
        return null;
      }
      int before = problems.size();
      Node idNode = member(o, "id");
      String id = idNode instanceof Str s ? s.value() : null;
      unknownAndDuplicates(o, RULE_MEMBERS, id, null);

      if (idNode == null) {
        missing(o, "id", id, "id");
      } else if (!(idNode instanceof Str)) {
        problem(ProblemCodes.WRONG_TYPE, at(idNode), id, "id", text(idNode), "a string");
      } else if (!ID.matcher(id).matches()) {
        problem(ProblemCodes.INVALID_ID, at(idNode), id, "id", id);
      } else if (ids.containsKey(id)) {
        problem(ProblemCodes.RULE_DUPLICATE_ID, at(idNode), id, "id", id);
      } else {
        ids.put(id, idNode);
      }

      String item = requiredString(o, "item", id);
      if (item != null && !items.contains(item)) {
        problem(ProblemCodes.RULE_UNKNOWN_ITEM, at(member(o, "item")), id, "item", item);
      }

      Long unitValue =
          integer(
              o,
              "unit_value_cents",
              id,
              BigInteger.ZERO,
              BigInteger.valueOf(DistributionRule.MAX_UNIT_VALUE_CENTS));
      Optional<Object[]> quota = quota(o, id);
      Long budget =
          integer(o, "budget_cents", id, BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE));
      Node budgetNode = member(o, "budget_cents");
      if (budgetNode != null && member(o, "unit_value_cents") == null) {
        problem(
            ProblemCodes.RULE_BUDGET_WITHOUT_UNIT_VALUE,
            at(budgetNode),
            id,
            "budget_cents",
            text(budgetNode));
      }

      LocalDate from = date(o, "valid_from", id);
      LocalDate to = date(o, "valid_to", id);
      if (from != null && to != null && to.isBefore(from)) {
        problem(
            ProblemCodes.RULE_VALID_TO_BEFORE_FROM,
            at(member(o, "valid_to")),
            id,
            "valid_to",
            to.toString(),
            from.toString());
      }

      List<String> eligible =
          list(o, "eligible_roles", id, roles::contains, ProblemCodes.RULE_UNKNOWN_ROLE);
      List<String> where =
          list(
              o,
              "antennas",
              id,
              a -> antennas == null || antennas.contains(a),
              ProblemCodes.RULE_UNKNOWN_ANTENNA);

      if (problems.size() > before) {
        return null;
      }
      DistributionRule.Builder b = DistributionRule.builder(id, item, from, to);
      if (unitValue != null) {
        b.unitValueCents(unitValue.intValue());
      }
      quota.ifPresent(q -> b.quota((Integer) q[0], (QuotaPeriod) q[1]));
      if (budget != null) {
        b.budgetCents(budget);
      }
      if (eligible != null) {
        b.eligibleRoles(eligible);
      }
      if (where != null) {
        b.antennas(where);
      }
      return b.build();
    }

    /** The quota as {units, per}, empty when absent or broken (problems reported). */
    private Optional<Object[]> quota(Obj rule, String id) {
      Node n = member(rule, "quota");
      if (n == null) {
        return Optional.empty();
      }
      if (!(n instanceof Obj q)) {
        problem(
            ProblemCodes.WRONG_TYPE,
            at(n),
            id,
            "quota",
            text(n),
            "an object {\"units\": 2, \"per\": \"ISO_WEEK\"}");
        return Optional.empty();
      }
      unknownAndDuplicates(q, QUOTA_MEMBERS, id, "quota");
      Integer units = null;
      Node u = member(q, "units");
      if (u == null) {
        missing(q, "units", id, "quota");
      } else if (!(u instanceof Int i)) {
        problem(ProblemCodes.WRONG_TYPE, at(u), id, "quota", text(u), "an integer");
      } else if (i.value().signum() <= 0) {
        problem(ProblemCodes.RULE_QUOTA_UNITS, at(u), id, "quota", i.value().toString());
      } else if (i.value().bitLength() > 31) {
        problem(
            ProblemCodes.OUT_OF_RANGE,
            at(u),
            id,
            "quota",
            i.value().toString(),
            1,
            Integer.MAX_VALUE);
      } else {
        units = i.value().intValue();
      }
      QuotaPeriod per = null;
      Node pn = member(q, "per");
      if (pn == null) {
        missing(q, "per", id, "quota");
      } else if (!(pn instanceof Str s)) {
        problem(ProblemCodes.WRONG_TYPE, at(pn), id, "quota", text(pn), "a string");
      } else {
        for (QuotaPeriod k : QuotaPeriod.values()) {
          if (k.name().equals(s.value())) {
            per = k;
          }
        }
        if (per == null) {
          problem(ProblemCodes.RULE_QUOTA_PERIOD, at(pn), id, "quota", s.value());
        }
      }
      return units != null && per != null
          ? Optional.of(new Object[] {units, per})
          : Optional.empty();
    }

    private String requiredString(Obj o, String name, String id) {
      Node n = member(o, name);
      if (n == null) {
        missing(o, name, id, name);
        return null;
      }
      if (!(n instanceof Str s)) {
        problem(ProblemCodes.WRONG_TYPE, at(n), id, name, text(n), "a string");
        return null;
      }
      return s.value();
    }

    private Long integer(Obj o, String name, String id, BigInteger min, BigInteger max) {
      Node n = member(o, name);
      if (n == null) {
        return null;
      }
      if (!(n instanceof Int i)) {
        problem(ProblemCodes.WRONG_TYPE, at(n), id, name, text(n), "an integer");
        return null;
      }
      if (i.value().compareTo(min) < 0 || i.value().compareTo(max) > 0) {
        problem(ProblemCodes.OUT_OF_RANGE, at(n), id, name, i.value().toString(), min, max);
        return null;
      }
      return i.value().longValueExact();
    }

    private LocalDate date(Obj o, String name, String id) {
      String s = requiredString(o, name, id);
      if (s == null) {
        return null;
      }
      if (DATE.matcher(s).matches()) {
        try {
          return LocalDate.parse(s);
        } catch (DateTimeException e) {
          // reported below
        }
      }
      problem(ProblemCodes.INVALID_DATE, at(member(o, name)), id, name, s);
      return null;
    }

    /** A list of distinct strings, null when absent or broken (problems reported). */
    private List<String> list(
        Obj o,
        String name,
        String id,
        java.util.function.Predicate<String> known,
        ProblemCode unknown) {
      Node n = member(o, name);
      if (n == null) {
        return null;
      }
      if (!(n instanceof Arr a)) {
        problem(ProblemCodes.WRONG_TYPE, at(n), id, name, text(n), "an array of strings");
        return null;
      }
      List<String> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      boolean ok = true;
      for (Node e : a.items()) {
        if (!(e instanceof Str s)) {
          problem(ProblemCodes.WRONG_TYPE, at(e), id, name, text(e), "a string");
          ok = false;
        } else if (!seen.add(s.value())) {
          problem(ProblemCodes.RULE_LISTED_TWICE, at(e), id, name, s.value());
          ok = false;
        } else if (!known.test(s.value())) {
          problem(unknown, at(e), id, name, s.value());
          ok = false;
        } else {
          out.add(s.value());
        }
      }
      return ok ? out : null;
    }

    /** A member; an explicit null is an absent member. */
    private static Node member(Obj o, String name) {
      Node n = o.members().get(name);
      return n instanceof Other other && other.isNull() ? null : n;
    }

    private void unknownAndDuplicates(Obj o, List<String> known, String id, String topMember) {
      for (Map.Entry<String, Node> m : o.members().entrySet()) {
        if (!known.contains(m.getKey())) {
          problem(
              ProblemCodes.UNKNOWN_FIELD,
              at(m.getValue()),
              id,
              topMember == null ? m.getKey() : topMember,
              m.getKey());
        }
      }
      for (Node d : o.duplicates()) {
        String name = ((Duplicate) d).name();
        problem(
            ProblemCodes.DUPLICATE_FIELD, at(d), id, topMember == null ? name : topMember, name);
      }
    }

    private void missing(Obj o, String name, String id, String field) {
      problem(
          ProblemCodes.MISSING_FIELD,
          at(Pointers.child(o.pointer(), name), o.line(), o.column()),
          id,
          field,
          null);
    }

    // --- problems

    private void problem(
        ProblemCode code,
        Location at,
        String recordId,
        String field,
        String value,
        Object... args) {
      problems.add(
          Problem.of(code)
              .at(at)
              .record(null, recordId)
              .field(field)
              .value(value)
              .args(args)
              .build());
    }

    private Location at(Node n) {
      return at(n.pointer(), n.line(), n.column());
    }

    private Location at(String pointer, int line, int column) {
      return new Location(
          Optional.ofNullable(fileName),
          line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
          column > 0 ? OptionalInt.of(column) : OptionalInt.empty(),
          Optional.of(pointer));
    }

    private Location at(JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      if (l == null) {
        return new Location(
            Optional.ofNullable(fileName),
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty());
      }
      return new Location(
          Optional.ofNullable(fileName),
          l.getLineNr() > 0 ? OptionalInt.of(l.getLineNr()) : OptionalInt.empty(),
          l.getColumnNr() > 0 ? OptionalInt.of(l.getColumnNr()) : OptionalInt.empty(),
          Optional.empty());
    }

    private static String text(Node n) {
      if (n instanceof Str s) {
        return s.value();
      }
      if (n instanceof Int i) {
        return i.value().toString();
      }
      if (n instanceof Other o) {
        return o.text();
      }
      return n instanceof Arr ? "[...]" : "{...}";
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
