package be.terrain.json.internal;

import static java.util.Objects.requireNonNull;

import be.terrain.core.CodeRegistry;
import be.terrain.core.ProblemCodes;
import be.terrain.core.rules.DistributionRule;
import be.terrain.core.rules.RuleSet;
import be.terrain.core.rules.RulesReadResult;
import be.terrain.json.internal.JsonTree.Arr;
import be.terrain.json.internal.JsonTree.Node;
import be.terrain.json.internal.JsonTree.Obj;
import be.terrain.json.internal.JsonTree.Str;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * One reading of a {@code rules.json} file: the JSON read whole into a {@link JsonTree} (malformed
 * JSON ends the reading with one problem), then the document's top members, then each rule ({@link
 * RuleReader}). Every problem is reported, none thrown.
 */
public final class RulesReading {
  /** The format tag of {@code rules.json}. */
  public static final String FORMAT = "terrain-rules/1";

  private static final List<String> TOP_MEMBERS = List.of("format", "rules");

  private final RuleProblems problems;
  private final RuleReader rules;

  /**
   * A reading.
   *
   * @param fileName the name problems give as their file, or null
   * @param registry the code lists the items and roles are checked against
   * @param antennas the ids of the antennas that exist, or null not to check them
   */
  public RulesReading(String fileName, CodeRegistry registry, Set<String> antennas) {
    this.problems = new RuleProblems(fileName);
    this.rules = new RuleReader(problems, registry.list("item"), registry.list("role"), antennas);
  }

  /** Reads the rules from a stream, not closed. */
  public RulesReadResult read(InputStream in) {
    requireNonNull(in, "in");
    ProblemLocator locator = problems.locator();
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
        problems.add(
            ProblemCodes.MALFORMED_JSON,
            locator.at(1, 1, ""),
            null,
            null,
            null,
            "the document is empty");
        return RulesReadResult.failed(problems.list());
      }
      root = JsonTree.parse(p, "");
      if (p.nextToken() != null) {
        TokenStreamLocation l = p.currentTokenLocation();
        problems.add(
            ProblemCodes.MALFORMED_JSON,
            locator.at(l.getLineNr(), l.getColumnNr(), ""),
            null,
            null,
            null,
            "trailing content after the document");
        return RulesReadResult.failed(problems.list());
      }
    } catch (StreamConstraintsException e) {
      problems.add(
          ProblemCodes.LIMIT_EXCEEDED,
          where(e.getLocation()),
          null,
          null,
          null,
          firstLine(e.getOriginalMessage()));
      return RulesReadResult.failed(problems.list());
    } catch (JacksonException e) {
      String message = firstLine(e.getOriginalMessage());
      if (message.contains("Invalid UTF-8")) {
        problems.add(ProblemCodes.INVALID_ENCODING, where(e.getLocation()), null, null, null);
      } else {
        problems.add(
            ProblemCodes.MALFORMED_JSON, where(e.getLocation()), null, null, null, message);
      }
      return RulesReadResult.failed(problems.list());
    }
    List<DistributionRule> read = document(root);
    return problems.size() == 0
        ? RulesReadResult.of(RuleSet.of(read))
        : RulesReadResult.failed(problems.list());
  }

  private List<DistributionRule> document(Node root) {
    List<DistributionRule> out = new ArrayList<>();
    if (!(root instanceof Obj top)) {
      problems.add(ProblemCodes.RULES_NOT_OBJECT, root, null, null, null);
      return out;
    }
    problems.unknownAndDuplicates(top, TOP_MEMBERS, null, null);
    Node format = JsonTree.member(top, "format");
    if (format == null) {
      problems.missing(top, "format", null, "format");
    } else if (!(format instanceof Str s)) {
      problems.add(
          ProblemCodes.WRONG_TYPE, format, null, "format", JsonTree.text(format), "a string");
    } else if (!s.value().equals(FORMAT)) {
      problems.add(ProblemCodes.WRONG_FORMAT, format, null, "format", s.value(), FORMAT);
    }
    Node list = JsonTree.member(top, "rules");
    if (list == null) {
      problems.missing(top, "rules", null, "rules");
      return out;
    }
    if (!(list instanceof Arr array)) {
      problems.add(ProblemCodes.WRONG_TYPE, list, null, "rules", JsonTree.text(list), "an array");
      return out;
    }
    Map<String, Node> ids = new LinkedHashMap<>();
    for (Node n : array.items()) {
      DistributionRule r = rules.rule(n, ids);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Where the parser failed: its line and column, or the whole document (pointer {@code ""}) when
   * it failed before counting lines, e.g. on bytes it took for UTF-32 (found by the fuzz test).
   */
  private be.terrain.core.Location where(TokenStreamLocation at) {
    ProblemLocator locator = problems.locator();
    return at == null || at.getLineNr() <= 0 ? locator.at(-1, -1, "") : locator.at(at, null);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
