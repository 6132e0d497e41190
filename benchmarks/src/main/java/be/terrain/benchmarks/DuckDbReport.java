package be.terrain.benchmarks;

import be.terrain.core.RecordKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The baseline for the statistics: DuckDB in-process loads a CSV folder of the exchange format
 * ({@code read_csv} with explicit column types) and computes a subset of the standard report's
 * tables for every scope at once with {@code GROUPING SETS}, for one calendar year:
 *
 * <ul>
 *   <li>{@code contacts.channel} (CONTACTS: sum of {@code count}, empty = 1), and the same for the
 *       year before as {@code contacts.channel@history1};
 *   <li>{@code profile.sex} and {@code profile.age_band} (PERSONS: distinct identified persons of
 *       the psychosocial population, those with a contact or an accompaniment in the scope and
 *       year; sex UNKNOWN when empty, age = year - birth_year);
 *   <li>{@code health.kind} (ACTS);
 *   <li>{@code distributions.units} (UNITS: sum of {@code quantity}).
 * </ul>
 *
 * <p>Results are a map from {@link #key} ({@code table|LEVEL|scope|code}) to the count; a code with
 * no record in a scope has no key (count 0), unlike the report, which lists every code. That map is
 * what a test compares with Terrain's report on the same folder.
 */
public final class DuckDbReport {
  /** The tables computed, as named in the keys. */
  public static final List<String> TABLES =
      List.of(
          "contacts.channel",
          "contacts.channel@history1",
          "profile.sex",
          "profile.age_band",
          "health.kind",
          "distributions.units");

  private static final Map<RecordKind, String> COLUMNS =
      Map.of(
          RecordKind.ORGANISATION, "'id': 'VARCHAR', 'name': 'VARCHAR'",
          RecordKind.ANTENNA,
              "'id': 'VARCHAR', 'name': 'VARCHAR', 'province': 'VARCHAR', 'kind': 'VARCHAR'",
          RecordKind.PERSON,
              "'id': 'VARCHAR', 'role': 'VARCHAR', 'sex': 'VARCHAR', 'birth_year': 'SMALLINT', "
                  + "'nationality': 'VARCHAR', 'first_contact': 'DATE'",
          RecordKind.PROFILE,
              "'person_id': 'VARCHAR', 'date': 'DATE', 'financial_resource': 'VARCHAR', "
                  + "'housing': 'VARCHAR', 'employment': 'VARCHAR', 'health_coverage': 'VARCHAR', "
                  + "'setting': 'VARCHAR'",
          RecordKind.CONTACT,
              "'id': 'VARCHAR', 'date': 'DATE', 'antenna_id': 'VARCHAR', 'channel': 'VARCHAR', "
                  + "'person_id': 'VARCHAR', 'count': 'INTEGER'",
          RecordKind.ACCOMPANIMENT,
              "'id': 'VARCHAR', 'date': 'DATE', 'antenna_id': 'VARCHAR', 'person_id': 'VARCHAR', "
                  + "'domain': 'VARCHAR', 'mode': 'VARCHAR'",
          RecordKind.HEALTH,
              "'id': 'VARCHAR', 'date': 'DATE', 'antenna_id': 'VARCHAR', 'person_id': 'VARCHAR', "
                  + "'kind': 'VARCHAR', 'act': 'VARCHAR', 'pathogens': 'VARCHAR', "
                  + "'target': 'VARCHAR', 'coverage': 'VARCHAR', 'reason': 'VARCHAR'",
          RecordKind.DISTRIBUTION,
              "'id': 'VARCHAR', 'date': 'DATE', 'antenna_id': 'VARCHAR', 'person_id': 'VARCHAR', "
                  + "'item': 'VARCHAR', 'quantity': 'INTEGER', 'unit_value_cents': 'INTEGER'");

  /** The scope columns of a grouped row: level and scope id, from the grouping of the row. */
  private static final String SCOPE =
      "CASE WHEN GROUPING(t.antenna_id) = 0 THEN 'ANTENNA' "
          + "WHEN GROUPING(a.province) = 0 THEN 'PROVINCE' ELSE 'ORGANISATION' END AS level, "
          + "CASE WHEN GROUPING(t.antenna_id) = 0 THEN t.antenna_id "
          + "WHEN GROUPING(a.province) = 0 THEN a.province ELSE NULL END AS scope";

  private static final String GROUPING_SETS =
      " GROUP BY GROUPING SETS ((t.tbl, a.province, t.antenna_id, t.code), "
          + "(t.tbl, a.province, t.code), (t.tbl, t.code))";

  private DuckDbReport() {}

  /** A fresh in-memory DuckDB database. */
  public static Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  /** Loads every CSV file of the folder into a table named after its record kind's collection. */
  public static void load(Connection c, Path dir) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (RecordKind kind : RecordKind.values()) {
        String file = dir.resolve(kind.collection() + ".csv").toAbsolutePath().toString();
        s.execute(
            "CREATE OR REPLACE TABLE "
                + kind.collection()
                + " AS SELECT * FROM read_csv('"
                + file.replace("'", "''")
                + "', header = true, auto_detect = false, delim = ',', "
                + "quote = '\"', escape = '\"', columns = {"
                + COLUMNS.get(kind)
                + "})");
      }
    }
  }

  /** Computes the tables of {@link #TABLES} for the calendar year from loaded tables. */
  public static SortedMap<String, Long> tables(Connection c, int year) throws SQLException {
    SortedMap<String, Long> out = new TreeMap<>();
    String organisation;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM organisation")) {
      rs.next();
      organisation = rs.getString(1);
    }
    String thisYear = between(year, year);
    String sums =
        "WITH t AS ("
            + "SELECT CASE WHEN year(date) = "
            + year
            + " THEN 'contacts.channel' "
            + "ELSE 'contacts.channel@history1' END AS tbl, antenna_id, channel AS code, "
            + "COALESCE(count, 1) AS x FROM contacts WHERE "
            + between(year - 1, year)
            + " UNION ALL SELECT 'health.kind', antenna_id, kind, 1 FROM health WHERE "
            + thisYear
            + " UNION ALL SELECT 'distributions.units', antenna_id, item, quantity "
            + "FROM distributions WHERE "
            + thisYear
            + ") "
            + "SELECT t.tbl, "
            + SCOPE
            + ", t.code, CAST(SUM(t.x) AS BIGINT) "
            + "FROM t JOIN antennas a ON a.id = t.antenna_id"
            + GROUPING_SETS;
    collect(c, sums, organisation, out);
    String persons =
        "WITH pop AS ("
            + "SELECT person_id, antenna_id FROM contacts WHERE person_id IS NOT NULL AND "
            + thisYear
            + " UNION SELECT person_id, antenna_id FROM accompaniments WHERE "
            + thisYear
            + "), "
            + "t AS (SELECT 'profile.sex' AS tbl, pop.person_id, pop.antenna_id, "
            + "COALESCE(p.sex, 'UNKNOWN') AS code FROM pop JOIN persons p ON p.id = pop.person_id "
            + "UNION ALL SELECT 'profile.age_band', pop.person_id, pop.antenna_id, "
            + ageBand(year)
            + " FROM pop JOIN persons p ON p.id = pop.person_id) "
            + "SELECT t.tbl, "
            + SCOPE
            + ", t.code, CAST(COUNT(DISTINCT t.person_id) AS BIGINT) "
            + "FROM t JOIN antennas a ON a.id = t.antenna_id"
            + GROUPING_SETS;
    collect(c, persons, organisation, out);
    return out;
  }

  /** Opens a database, loads the folder, computes the tables, closes the database. */
  public static SortedMap<String, Long> compute(Path dir, int year) throws SQLException {
    try (Connection c = open()) {
      load(c, dir);
      return tables(c, year);
    }
  }

  /**
   * The key of a count: {@code table|LEVEL|scope|code}, e.g. {@code
   * health.kind|PROVINCE|BE-WHT|NURSING_CARE}.
   */
  public static String key(String table, String level, String scope, String code) {
    return table + "|" + level + "|" + scope + "|" + code;
  }

  private static void collect(Connection c, String sql, String organisation, Map<String, Long> out)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        String level = rs.getString(2);
        String scope = level.equals("ORGANISATION") ? organisation : rs.getString(3);
        out.put(key(rs.getString(1), level, scope, rs.getString(4)), rs.getLong(5));
      }
    }
  }

  private static String between(int fromYear, int toYear) {
    return "date BETWEEN DATE '" + fromYear + "-01-01' AND DATE '" + toYear + "-12-31'";
  }

  private static String ageBand(int year) {
    StringBuilder s = new StringBuilder("CASE WHEN p.birth_year IS NULL THEN 'UNKNOWN'");
    s.append(" WHEN ").append(year).append(" - p.birth_year < 18 THEN '<18'");
    s.append(" WHEN ").append(year).append(" - p.birth_year < 25 THEN '18-24'");
    for (int low = 25; low < 65; low += 5) {
      s.append(" WHEN ")
          .append(year)
          .append(" - p.birth_year < ")
          .append(low + 5)
          .append(" THEN '")
          .append(low)
          .append('-')
          .append(low + 4)
          .append('\'');
    }
    return s.append(" ELSE '65+' END").toString();
  }
}
