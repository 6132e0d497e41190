package be.terrain.csv.internal;

import be.terrain.core.Location;
import be.terrain.core.Problem;
import be.terrain.core.ProblemCodes;
import be.terrain.core.RecordKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The names of a CSV file's header, kept while it is read, in bounded memory: a header of more than
 * {@link #MAX_COLUMNS} columns is not a header of any kind (the widest, health, has 10 fields;
 * every column past them is an unknown or repeated one), and reading it whole would keep every name
 * (10 million columns, hundreds of MB). Past that many, the file is refused: one problem (TER-0212)
 * at the first column too many, naming the bound and the kind's field count, and {@link Refused}
 * ends the file's reading.
 */
final class HeaderNames extends AbstractList<String> {
  /** The most columns a header may have. */
  static final int MAX_COLUMNS = 1_000;

  private final List<String> names = new ArrayList<>();
  private final String fileName;
  private final RecordKind kind;
  private final IntSupplier line;

  /**
   * Names for a file's header.
   *
   * @param line the line being read (the header's, when a name is added)
   */
  HeaderNames(String fileName, RecordKind kind, IntSupplier line) {
    this.fileName = fileName;
    this.kind = kind;
    this.line = line;
  }

  /** Thrown when a file's header is refused: the file is read no further. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem saying why. */
    final transient Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * Adds the next column's name (null for one that could not be read).
   *
   * @throws Refused past {@link #MAX_COLUMNS} columns
   */
  @Override
  public boolean add(String name) {
    if (names.size() == MAX_COLUMNS) {
      int at = line.getAsInt();
      throw new Refused(
          Problem.of(ProblemCodes.LIMIT_EXCEEDED)
              .at(Location.ofCell(fileName, at, MAX_COLUMNS + 1))
              .record(kind, null)
              .args(
                  "a header of more than "
                      + MAX_COLUMNS
                      + " columns ("
                      + kind.collection()
                      + " has "
                      + kind.fields().size()
                      + " fields): the file is not read; look at line "
                      + at
                      + " from column "
                      + (MAX_COLUMNS + 1))
              .build());
    }
    return names.add(name);
  }

  @Override
  public String get(int index) {
    return names.get(index);
  }

  @Override
  public int size() {
    return names.size();
  }

  @Override
  public void clear() {
    names.clear();
  }
}
