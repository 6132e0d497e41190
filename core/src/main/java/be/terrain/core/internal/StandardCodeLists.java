package be.terrain.core.internal;

import be.terrain.core.Code;
import be.terrain.core.CodeList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the standard code lists shipped as {@code code-lists.csv}, a copy of the public contract.
 */
public final class StandardCodeLists {
  /** The resource path of the shipped copy of {@code spec/code-lists.csv}. */
  public static final String RESOURCE = "/be/terrain/core/code-lists.csv";

  private StandardCodeLists() {}

  /** Reads the resource into lists, in file order. */
  public static Map<String, CodeList> load() {
    try (InputStream in = StandardCodeLists.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from terrain-core");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<Code>> byList = new LinkedHashMap<>();
      String header = r.readLine();
      if (header == null || !header.startsWith("list,code,label_fr,label_nl,label_en,group")) {
        throw new IllegalStateException(RESOURCE + " has an unexpected header: " + header);
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty()) {
          continue;
        }
        List<String> cells = SimpleCsv.splitLine(line, ',');
        if (cells.size() != 6) {
          throw new IllegalStateException(
              RESOURCE + " line " + lineNo + " has " + cells.size() + " cells, expected 6");
        }
        Optional<String> group =
            cells.get(5).isEmpty() ? Optional.empty() : Optional.of(cells.get(5));
        byList
            .computeIfAbsent(cells.get(0), k -> new ArrayList<>())
            .add(
                new Code(
                    cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), group));
      }
      Map<String, CodeList> out = new LinkedHashMap<>();
      byList.forEach((id, codes) -> out.put(id, CodeList.of(id, codes)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
