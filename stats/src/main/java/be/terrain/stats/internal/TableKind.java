package be.terrain.stats.internal;

/** What a planned table adds up, and so where its figures live in an {@link Accumulator}. */
enum TableKind {
  /** Records or a weight of them (contacts, units): counts per antenna. */
  COUNT,
  /** Distinct persons of a record population: person sets per antenna and code. */
  RECORD_PERSONS,
  /** The persons of a person population, classified person by person when the report finishes. */
  PERSON_POPULATION,
  /**
   * The persons of a person population counted by bit slices when the report finishes: a bit set of
   * the persons of each code, and a code's count is the cardinality of its intersection with a
   * scope's persons ({@link PersonSlices}).
   */
  PERSON_SLICES
}
