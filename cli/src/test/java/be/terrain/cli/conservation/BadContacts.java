package be.terrain.cli.conservation;

import be.terrain.core.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contact rows with one flaw each, written into a dataset already written in one of the three
 * formats: each has an id of its own ({@code zz-bad-N}), so that a problem can name it.
 */
final class BadContacts {
  private BadContacts() {}

  /** The flaws: the member spoiled and the value it gets. */
  static final List<String[]> FLAWS =
      List.of(
          new String[] {"date", "2020-02-30"},
          new String[] {"date", "2099-01-01"},
          new String[] {"date", ""},
          new String[] {"channel", "NOPE"},
          new String[] {"channel", " STREET"},
          new String[] {"person_id", "p-nobody"},
          new String[] {"antenna_id", "nowhere"},
          new String[] {"count", "x"},
          new String[] {"count", "-3"});

  private static final List<String> COLUMNS =
      List.of("id", "date", "antenna_id", "channel", "person_id", "count");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The members of the bad contacts, one per flaw index given, in a dataset's terms. */
  static List<Map<String, String>> rows(Dataset d, List<Integer> flaws) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < flaws.size(); i++) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", "zz-bad-" + i);
      row.put("date", "2020-01-02");
      row.put("antenna_id", d.antennas().get(0).id());
      row.put("channel", "STREET");
      boolean identified = d.persons().size() > 0;
      row.put("person_id", identified ? d.persons().id(0) : "");
      row.put("count", identified ? "" : "2");
      String[] flaw = FLAWS.get(flaws.get(i));
      row.put(flaw[0], flaw[1]);
      rows.add(row);
    }
    return rows;
  }

  /** Adds the rows to a dataset written as a format at {@code target}. */
  static void inject(Formats format, Path target, List<Map<String, String>> rows) {
    try {
      switch (format) {
        case CSV -> toCsv(target.resolve("contacts.csv"), rows);
        case JSON -> toDocument(target, rows);
        case JSON_LINES -> toLines(target, rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void toCsv(Path file, List<Map<String, String>> rows) throws IOException {
    List<String> header = COLUMNS;
    if (Files.exists(file)) {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
      header = List.of(first.split(",", -1));
    } else {
      Files.writeString(file, String.join(",", header) + "\n", StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String column : header) {
        cells.add(row.getOrDefault(column, ""));
      }
      text.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static void toDocument(Path file, List<Map<String, String>> rows) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
    JsonNode contacts = root.get("contacts");
    ArrayNode array = contacts instanceof ArrayNode a ? a : root.putArray("contacts");
    for (Map<String, String> row : rows) {
      array.add(object(row, false));
    }
    Files.write(file, JSON.writeValueAsBytes(root));
  }

  private static void toLines(Path file, List<Map<String, String>> rows) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Map<String, String> row : rows) {
      text.append(JSON.writeValueAsString(object(row, true))).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** A contact as JSON: count as an integer when it is one, else as the (wrongly typed) text. */
  private static ObjectNode object(Map<String, String> row, boolean typed) {
    ObjectNode o = JSON.createObjectNode();
    if (typed) {
      o.put("type", "contact");
    }
    row.forEach(
        (member, value) -> {
          if (!member.equals("count")) {
            o.put(member, value);
          } else if (value.matches("-?[0-9]+")) {
            o.put(member, Integer.parseInt(value));
          } else if (!value.isEmpty()) {
            o.put(member, value);
          }
        });
    return o;
  }
}
