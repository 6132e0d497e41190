package be.terrain.core.internal;

/** How a field of the exchange format is read and stored. */
public enum FieldType {
  /** The record's own id, interned in the kind's pool. */
  ID,
  /** A person reference, interned in the person pool. */
  PERSON_REF,
  /** An antenna reference, interned in the antenna pool. */
  ANTENNA_REF,
  /** A calendar date, stored as an epoch day. */
  DATE,
  /** A code of a list, stored as its index in a byte. */
  CODE,
  /** An integer in a range. */
  INT,
  /** A four-digit birth year. */
  BIRTH_YEAR,
  /** An ISO 3166-1 alpha-2 code, stored as its country index. */
  COUNTRY,
  /** A Belgian province code, kept as text. */
  PROVINCE,
  /** Free text (names), kept as text. */
  TEXT,
  /** Pathogen codes separated by {@code |}, stored as a bit set. */
  PATHOGENS,
  /**
   * A person's linkage code (1 to 64 characters of {@code [A-Za-z0-9._-]}), interned in the
   * column's own pool; personal data, never quoted in a problem.
   */
  LINKAGE_CODE
}
