package be.terrain.federation.internal;

import be.terrain.federation.Sketch;
import be.terrain.stats.PersonSet;
import be.terrain.stats.PersonSetSink;
import be.terrain.stats.Scope;
import be.terrain.stats.TableSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.datasketches.hll.TgtHllType;

/**
 * The {@link PersonSetSink} of a contribution: turns each set of persons into a sketch of the keyed
 * hashes of those with a linkage code and a count of those without. Thread-safe. A person
 * population's {@code n} is the same set for each of its tables: its sketch is made once per scope.
 */
public final class SketchingSink implements PersonSetSink {
  /** lgConfigK of every sketch. */
  public static final int LG_K = 12;

  /** The target type of every sketch. */
  public static final TgtHllType TYPE = TgtHllType.HLL_4;

  /** The sketches of one set of persons. */
  public record Sketched(Sketch sketch, long unlinked) {}

  /** A table's sketches at a scope: {@code n}'s and each row's. */
  public record TableSketches(Sketched n, List<Sketched> rows) {}

  private final KeyedPersons persons;
  private final Map<String, TableSketches> tables = new ConcurrentHashMap<>();
  private final Map<String, Sketched> populations = new ConcurrentHashMap<>();

  /** A sink over these persons' hashes (awaited at the first set, if still being computed). */
  public SketchingSink(KeyedPersons persons) {
    this.persons = persons;
  }

  @Override
  public void accept(TableSpec table, Scope scope, PersonSet n, List<PersonSet> rows) {
    persons.await();
    Sketched nSketch =
        table.population().isPersons()
            ? populations.computeIfAbsent(table.population().id() + " " + scope, k -> sketch(n))
            : sketch(n);
    List<Sketched> rowSketches = rows.stream().map(this::sketch).toList();
    tables.put(key(table.id(), scope), new TableSketches(nSketch, rowSketches));
  }

  /** The sketches of a table at a scope, as the engine handed them. */
  public TableSketches get(String tableId, Scope scope) {
    TableSketches t = tables.get(key(tableId, scope));
    if (t == null) {
      throw new IllegalStateException("no persons were handed for " + tableId + " " + scope);
    }
    return t;
  }

  private Sketched sketch(PersonSet set) {
    SketchFeed feed = new SketchFeed(persons);
    set.forEach(feed);
    return new Sketched(Sketch.of(feed.sketch().toCompactByteArray()), feed.unlinked());
  }

  private static String key(String tableId, Scope scope) {
    return tableId + " " + scope;
  }
}
