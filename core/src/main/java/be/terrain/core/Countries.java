package be.terrain.core;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * ISO 3166-1 alpha-2 country codes and membership of the European Union, as needed to validate a
 * person's {@code nationality} and to derive its {@code nationality_group}.
 *
 * <p>Everything comes from two resources beside this class, read once on first use:
 *
 * <ul>
 *   <li>{@code iso3166-alpha2.txt}: the 249 officially assigned codes in alphabetical order, each
 *       with its English short name. User-assigned and reserved codes ({@code XK}, {@code UK},
 *       {@code EU}) are not assigned; overseas territories with a code of their own ({@code GF},
 *       {@code RE}, {@code GL}) are.
 *   <li>{@code eu-membership.csv}: each period of membership of the EEC, EC or EU as {@code
 *       country,joined,left}. {@code joined} is the first day of membership and {@code left} the
 *       first day <em>after</em> it (empty while still a member): the United Kingdom, a member up
 *       to and including 2020-01-31, has {@code left = 2020-02-01}. Germany is a member from
 *       1958-01-01; the accession of the former East Germany in 1990 is out of scope.
 * </ul>
 *
 * <p>Each assigned code has a dense {@linkplain #index(String) index} from 0 to {@code count() -
 * 1}, in alphabetical order, so that the statistics can keep a byte per country.
 *
 * <p>All methods are static and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Countries {

  /** Group of Belgian nationals; also the index of {@code BE} in {@link #NATIONALITY_GROUPS}. */
  public static final byte GROUP_BE = 0;

  /** Group of nationals of an EU member state other than Belgium. */
  public static final byte GROUP_EU = 1;

  /** Group of nationals of any other country. */
  public static final byte GROUP_NON_EU = 2;

  /** Group of persons whose nationality is unknown. */
  public static final byte GROUP_UNKNOWN = 3;

  /**
   * The codes of the {@code nationality_group} code list in list order; the {@code GROUP_*}
   * constants and the bytes of {@link #nationalityGroupsOn(LocalDate)} index into it.
   */
  public static final List<String> NATIONALITY_GROUPS = List.of("BE", "EU", "NON_EU", "UNKNOWN");

  static final String CODES_RESOURCE = "iso3166-alpha2.txt";
  static final String EU_RESOURCE = "eu-membership.csv";

  private Countries() {}

  /**
   * Tells whether a text is one of the 249 officially assigned ISO 3166-1 alpha-2 codes, written
   * exactly in upper case: {@code "BE"} is, {@code "be"}, {@code "XK"} and {@code "UK"} are not.
   *
   * @param code the text to check
   * @return true if {@code code} is an assigned code
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static boolean isAssigned(String code) {
    return index(code) >= 0;
  }

  /**
   * Returns the number of assigned codes, 249: indexes run from 0 to {@code count() - 1}.
   *
   * @return the number of assigned codes
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static int count() {
    return data().codes.length;
  }

  /**
   * Returns the dense index of an assigned code, its position in alphabetical order ({@code AD} is
   * 0, {@code ZW} is {@code count() - 1}), so that per-country data fits an array.
   *
   * @param code the code
   * @return the index of {@code code}, or -1 if it is not an assigned code
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static int index(String code) {
    requireNonNull(code, "code");
    Data data = data();
    int slot = slot(code);
    return slot < 0 ? -1 : data.indexBySlot[slot];
  }

  /**
   * Returns the code at an index: the inverse of {@link #index(String)}.
   *
   * @param index an index from 0 to {@code count() - 1}
   * @return the assigned code at that index
   * @throws IndexOutOfBoundsException if {@code index} is outside that range
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static String code(int index) {
    Data data = data();
    return data.codes[Objects.checkIndex(index, data.codes.length)];
  }

  /**
   * Returns the English short name of an assigned code, for messages and labels.
   *
   * @param code an assigned code
   * @return its English short name, such as {@code "Belgium"}
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not an assigned code
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static String name(String code) {
    return data().names[checkedIndex(code)];
  }

  /**
   * Tells whether a country was a member state of the EEC, EC or European Union on a date.
   *
   * @param code an assigned code
   * @param date the date
   * @return true if the country was a member on that day
   * @throws NullPointerException if {@code code} or {@code date} is null
   * @throws IllegalArgumentException if {@code code} is not an assigned code
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static boolean isEuMember(String code, LocalDate date) {
    requireNonNull(date, "date");
    return data().isMember(checkedIndex(code), date.toEpochDay());
  }

  /**
   * Returns the {@code nationality_group} of a nationality on a date (a report uses its period's
   * last day): {@code "BE"} for Belgium, {@code "EU"} for a country that was an EU member state on
   * that date, {@code "NON_EU"} for any other assigned code.
   *
   * @param code an assigned code
   * @param date the date
   * @return {@code "BE"}, {@code "EU"} or {@code "NON_EU"}
   * @throws NullPointerException if {@code code} or {@code date} is null
   * @throws IllegalArgumentException if {@code code} is not an assigned code
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static String nationalityGroup(String code, LocalDate date) {
    requireNonNull(date, "date");
    return NATIONALITY_GROUPS.get(data().group(checkedIndex(code), date.toEpochDay()));
  }

  /**
   * Returns the {@code nationality_group} of a nationality that may be unknown: {@code "UNKNOWN"}
   * when it is empty, else as {@link #nationalityGroup(String, LocalDate)}.
   *
   * @param code an assigned code, or empty when the nationality is unknown
   * @param date the date
   * @return {@code "BE"}, {@code "EU"}, {@code "NON_EU"} or {@code "UNKNOWN"}
   * @throws NullPointerException if {@code code} or {@code date} is null
   * @throws IllegalArgumentException if {@code code} holds a code that is not assigned
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static String nationalityGroup(Optional<String> code, LocalDate date) {
    requireNonNull(code, "code");
    requireNonNull(date, "date");
    return code.isEmpty() ? "UNKNOWN" : nationalityGroup(code.get(), date);
  }

  /**
   * Returns, for each country {@linkplain #index(String) index}, its nationality group on a date as
   * a byte: {@link #GROUP_BE}, {@link #GROUP_EU} or {@link #GROUP_NON_EU}, the position of the
   * group in {@link #NATIONALITY_GROUPS}. The statistics compute it once per period instead of
   * looking up each person.
   *
   * @param date the date
   * @return a new array of {@link #count()} bytes, which the caller may keep or change
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException if the country resources are missing or corrupt
   */
  public static byte[] nationalityGroupsOn(LocalDate date) {
    requireNonNull(date, "date");
    Data data = data();
    long day = date.toEpochDay();
    byte[] groups = new byte[data.codes.length];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = data.group(i, day);
    }
    return groups;
  }

  private static int checkedIndex(String code) {
    int index = index(code);
    if (index < 0) {
      throw new IllegalArgumentException(
          "not an assigned ISO 3166-1 alpha-2 country code: '" + code + "'");
    }
    return index;
  }

  /** Position of a two-upper-case-letter code in a 26 × 26 table, or -1 for any other text. */
  private static int slot(String code) {
    if (code.length() != 2) {
      return -1;
    }
    int a = code.charAt(0) - 'A';
    int b = code.charAt(1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }

  private static Data data() {
    if (Holder.FAILURE != null) {
      throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
    }
    return Holder.DATA;
  }

  /** Loads the resources on first use; a failure is kept and reported on every call. */
  private static final class Holder {
    static final Data DATA;
    static final IllegalStateException FAILURE;

    static {
      Data data = null;
      IllegalStateException failure = null;
      try {
        data = Data.parse(readResource(CODES_RESOURCE), readResource(EU_RESOURCE));
      } catch (IllegalStateException e) {
        failure = e;
      }
      DATA = data;
      FAILURE = failure;
    }
  }

  /** A line of a resource, with its 1-based number for messages. */
  record Line(int number, String text) {}

  /**
   * Reads the lines of a resource beside this class that are neither blank nor comments (starting
   * with {@code #}).
   *
   * @throws IllegalStateException if the resource is missing or cannot be read
   */
  static List<Line> readResource(String name) {
    InputStream in = Countries.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("country resource missing: " + name);
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      for (int number = 1; (line = reader.readLine()) != null; number++) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(new Line(number, line));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read country resource " + name, e);
    }
    return lines;
  }

  /** The parsed resources. Immutable once built. */
  static final class Data {
    final String[] codes;
    final String[] names;

    /** Country index by {@link #slot(String)}, -1 where unassigned. */
    final short[] indexBySlot = new short[26 * 26];

    /** Per country index, membership ranges as epoch days: joined, left, joined, left, ... */
    final long[][] membership;

    private Data(String[] codes, String[] names, long[][] membership) {
      this.codes = codes;
      this.names = names;
      this.membership = membership;
      Arrays.fill(indexBySlot, (short) -1);
      for (int i = 0; i < codes.length; i++) {
        indexBySlot[slot(codes[i])] = (short) i;
      }
    }

    boolean isMember(int index, long day) {
      long[] ranges = membership[index];
      for (int i = 0; i < ranges.length; i += 2) {
        if (day >= ranges[i] && day < ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }

    byte group(int index, long day) {
      if (codes[index].equals("BE")) {
        return GROUP_BE;
      }
      return isMember(index, day) ? GROUP_EU : GROUP_NON_EU;
    }

    /**
     * Builds the data from the lines of both resources, as {@link #readResource} gives them.
     *
     * @throws IllegalStateException naming the resource, line and value at the first defect
     */
    static Data parse(List<Line> codeLines, List<Line> euLines) {
      int n = codeLines.size();
      String[] codes = new String[n];
      String[] names = new String[n];
      for (int i = 0; i < n; i++) {
        String[] fields = codeLines.get(i).text().split("\t", -1);
        if (fields.length != 2 || slot(fields[0]) < 0 || fields[1].isBlank()) {
          throw corrupt(CODES_RESOURCE, codeLines.get(i), "expected CODE<tab>name");
        }
        if (i > 0 && fields[0].compareTo(codes[i - 1]) <= 0) {
          throw corrupt(CODES_RESOURCE, codeLines.get(i), "codes must be unique and sorted");
        }
        codes[i] = fields[0];
        names[i] = fields[1];
      }
      Data data = new Data(codes, names, new long[n][0]);
      if (euLines.isEmpty()) {
        throw new IllegalStateException("corrupt country resource " + EU_RESOURCE + ": no header");
      }
      if (!euLines.get(0).text().equals("country,joined,left")) {
        throw corrupt(EU_RESOURCE, euLines.get(0), "header must be country,joined,left");
      }
      for (Line line : euLines.subList(1, euLines.size())) {
        String[] fields = line.text().split(",", -1);
        if (fields.length != 3) {
          throw corrupt(EU_RESOURCE, line, "expected country,joined,left");
        }
        int slot = slot(fields[0]);
        int index = slot < 0 ? -1 : data.indexBySlot[slot];
        if (index < 0) {
          throw corrupt(EU_RESOURCE, line, "unassigned country code '" + fields[0] + "'");
        }
        long joined;
        long left;
        try {
          joined = LocalDate.parse(fields[1]).toEpochDay();
          left = fields[2].isEmpty() ? Long.MAX_VALUE : LocalDate.parse(fields[2]).toEpochDay();
        } catch (DateTimeParseException e) {
          throw corrupt(EU_RESOURCE, line, "bad date '" + e.getParsedString() + "'");
        }
        if (joined >= left) {
          throw corrupt(EU_RESOURCE, line, "left must be after joined");
        }
        long[] ranges = data.membership[index];
        for (int r = 0; r < ranges.length; r += 2) {
          if (joined < ranges[r + 1] && ranges[r] < left) {
            throw corrupt(EU_RESOURCE, line, "overlaps another membership of " + fields[0]);
          }
        }
        ranges = Arrays.copyOf(ranges, ranges.length + 2);
        ranges[ranges.length - 2] = joined;
        ranges[ranges.length - 1] = left;
        data.membership[index] = ranges;
      }
      return data;
    }

    private static IllegalStateException corrupt(String resource, Line line, String why) {
      return new IllegalStateException(
          String.format(
              "corrupt country resource %s line %d '%s': %s",
              resource, line.number(), line.text(), why));
    }
  }
}
