package be.terrain.cli.conservation;

import be.terrain.core.Dataset;
import be.terrain.core.ReadResult;
import be.terrain.core.RecordCells;
import be.terrain.core.RecordKind;
import be.terrain.csv.CsvDatasetReader;
import be.terrain.csv.CsvDatasetWriter;
import be.terrain.json.JsonDatasetReader;
import be.terrain.json.JsonDatasetWriter;
import be.terrain.testkit.ValidDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/** The three exchange formats seen alike: write a dataset, read it back, list its records. */
enum Formats {
  CSV("folder"),
  JSON("data.json"),
  JSON_LINES("data.jsonl");

  private final String name;

  Formats(String name) {
    this.name = name;
  }

  /** Where this format's dataset goes in a folder. */
  Path in(Path dir) {
    return dir.resolve(name);
  }

  /** Writes a dataset as this format into a folder; returns the folder or file written. */
  Path write(Dataset dataset, Path dir) {
    Path target = in(dir);
    try {
      if (this == CSV) {
        CsvDatasetWriter.rfc4180().write(dataset, target);
      } else {
        JsonDatasetWriter.forFile(name).write(dataset, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Reads this format's folder or file, as of the generators' day. */
  ReadResult read(Path target) {
    if (this == CSV) {
      return CsvDatasetReader.builder().today(ValidDatasets.TODAY).build().read(target);
    }
    return JsonDatasetReader.builder().today(ValidDatasets.TODAY).threads(2).build().read(target);
  }

  /** The kinds of record that carry an id (an act's rows share theirs). */
  static final List<RecordKind> WITH_IDS =
      List.of(
          RecordKind.ANTENNA,
          RecordKind.PERSON,
          RecordKind.CONTACT,
          RecordKind.ACCOMPANIMENT,
          RecordKind.HEALTH,
          RecordKind.DISTRIBUTION);

  /** The ids of a kind's records in a dataset, in order, once each (an act's rows share one). */
  static Set<String> ids(Dataset d, RecordKind kind) {
    Set<String> ids = new LinkedHashSet<>();
    switch (kind) {
      case ANTENNA -> d.antennas().forEach(a -> ids.add(a.id()));
      case PERSON -> addAll(ids, d.persons().size(), d.persons()::id);
      case CONTACT -> addAll(ids, d.contacts().size(), d.contacts()::id);
      case ACCOMPANIMENT -> addAll(ids, d.accompaniments().size(), d.accompaniments()::id);
      case HEALTH -> addAll(ids, d.health().size(), d.health()::id);
      case DISTRIBUTION -> addAll(ids, d.distributions().size(), d.distributions()::id);
      default -> throw new IllegalArgumentException(kind + " records have no id");
    }
    return ids;
  }

  private static void addAll(Set<String> ids, int size, IntFunction<String> id) {
    for (int row = 0; row < size; row++) {
      ids.add(id.apply(row));
    }
  }

  /** Every cell of every record of a dataset, kind by kind and row by row. */
  static List<List<String>> cells(Dataset d) {
    List<List<String>> all = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      for (int row = 0; row < d.size(kind); row++) {
        List<String> line = new ArrayList<>();
        line.add(kind.name());
        line.addAll(List.of(RecordCells.of(d, kind, row)));
        all.add(line);
      }
    }
    return all;
  }
}
