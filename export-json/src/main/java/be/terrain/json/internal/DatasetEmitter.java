package be.terrain.json.internal;

import be.terrain.core.Dataset;
import be.terrain.core.RecordCells;
import be.terrain.core.RecordKind;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * Writes a dataset as a {@code terrain/1} JSON document or as JSON Lines with a streaming
 * generator: member order is {@link RecordKind#fields()}, records in dataset order, unknown values
 * left out (never {@code null} or {@code ""}), integers as JSON integers, {@code pathogens} as an
 * array. Layout: {@link LayoutPrinter}.
 */
public final class DatasetEmitter {
  private DatasetEmitter() {}

  /** Writes the document to the stream (UTF-8, LF, ends with a line end); does not close it. */
  public static void writeDocument(Dataset d, OutputStream out) {
    try (JsonGenerator g = generator(out, LayoutPrinter.DOCUMENT)) {
      g.writeStartObject();
      g.writeName("format");
      g.writeString(DatasetParser.FORMAT);
      g.writeName("organisation");
      writeRecord(g, RecordKind.ORGANISATION, RecordCells.of(d, RecordKind.ORGANISATION, 0), null);
      for (RecordKind kind : RecordKind.values()) {
        if (kind == RecordKind.ORGANISATION) {
          continue;
        }
        g.writeName(kind.collection());
        g.writeStartArray();
        int n = d.size(kind);
        for (int r = 0; r < n; r++) {
          writeRecord(g, kind, RecordCells.of(d, kind, r), null);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /**
   * Writes JSON Lines to the stream: the first line holds format, organisation and antennas, each
   * further line one record with its {@code type} first, in the order persons, profiles, contacts,
   * accompaniments, health, distributions. UTF-8, no whitespace, every line ends in LF. Does not
   * close the stream.
   */
  public static void writeLines(Dataset d, OutputStream out) {
    try (JsonGenerator g = generator(out, LayoutPrinter.COMPACT)) {
      g.writeStartObject();
      g.writeName("format");
      g.writeString(DatasetParser.FORMAT);
      g.writeName("organisation");
      writeRecord(g, RecordKind.ORGANISATION, RecordCells.of(d, RecordKind.ORGANISATION, 0), null);
      g.writeName(RecordKind.ANTENNA.collection());
      g.writeStartArray();
      for (int r = 0; r < d.size(RecordKind.ANTENNA); r++) {
        writeRecord(g, RecordKind.ANTENNA, RecordCells.of(d, RecordKind.ANTENNA, r), null);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      for (RecordKind kind : RecordKind.values()) {
        if (kind == RecordKind.ORGANISATION || kind == RecordKind.ANTENNA) {
          continue;
        }
        int n = d.size(kind);
        for (int r = 0; r < n; r++) {
          writeRecord(g, kind, RecordCells.of(d, kind, r), kind.singular());
          g.writeRaw('\n');
        }
      }
    }
  }

  private static JsonGenerator generator(OutputStream out, LayoutPrinter printer) {
    return Mappers.MAPPER
        .writer()
        .with(printer)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .createGenerator(out, JsonEncoding.UTF8);
  }

  /** One record's object; a JSON Lines type first when not null. */
  private static void writeRecord(JsonGenerator g, RecordKind kind, String[] cells, String type) {
    g.writeStartObject();
    if (type != null) {
      g.writeName("type");
      g.writeString(type);
    }
    List<String> fields = kind.fields();
    for (int f = 0; f < cells.length; f++) {
      String cell = cells[f];
      if (cell == null || cell.isEmpty()) {
        continue;
      }
      String name = fields.get(f);
      g.writeName(name);
      switch (Members.typeOf(name)) {
        case Members.INTEGER -> g.writeNumber(Integer.parseInt(cell));
        case Members.PATHOGENS -> {
          g.writeStartArray();
          int from = 0;
          while (true) {
            int bar = cell.indexOf(Members.PATHOGEN_SEPARATOR, from);
            g.writeString(bar < 0 ? cell.substring(from) : cell.substring(from, bar));
            if (bar < 0) {
              break;
            }
            from = bar + 1;
          }
          g.writeEndArray();
        }
        default -> g.writeString(cell);
      }
    }
    g.writeEndObject();
  }
}
