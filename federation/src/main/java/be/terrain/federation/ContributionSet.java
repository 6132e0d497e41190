package be.terrain.federation;

import static java.util.Objects.requireNonNull;

import be.terrain.stats.Scope;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A mergeable collection of contributions, each with the name of the file it came from: add one,
 * add all of another set, in any order and grouping; {@link Federation#merge(String,
 * ContributionSet, FederationOptions)} gives the same report, byte for byte, since the set keeps
 * its contributions in organisation order (then file name, then bytes) and the merge unions the
 * members' own sketches in that order. What a distributed combiner (a Beam {@code CombineFn})
 * wraps: {@link #toBytes()} and {@link #fromBytes(byte[], KnownDefinitions)} encode it with the
 * contribution format. Not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContributionSet {
  /**
   * A contribution and the name of its file (problems name it).
   *
   * @param file the name of the file the contribution came from
   * @param contribution the contribution
   */
  public record Entry(String file, Contribution contribution) {
    /**
     * Refuses nulls.
     *
     * @param file the name of the file the contribution came from
     * @param contribution the contribution
     */
    public Entry {
      requireNonNull(file, "file");
      requireNonNull(contribution, "contribution");
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.comparing((Entry e) -> e.contribution().organisation(), Scope.CODE_POINT_ORDER)
          .thenComparing(Entry::file, Scope.CODE_POINT_ORDER)
          .thenComparing(
              (a, b) ->
                  Arrays.compare(
                      ContributionJson.toBytes(a.contribution()),
                      ContributionJson.toBytes(b.contribution())));

  private final List<Entry> entries = new ArrayList<>();

  private ContributionSet() {}

  /** {@return an empty set} */
  public static ContributionSet empty() {
    return new ContributionSet();
  }

  /**
   * A set of contributions, each named after its organisation.
   *
   * @param contributions the contributions, in any order
   * @return the set
   */
  public static ContributionSet of(List<Contribution> contributions) {
    ContributionSet s = new ContributionSet();
    contributions.forEach(s::add);
    return s;
  }

  /**
   * Adds a contribution named {@code <organisation>.contribution.json}.
   *
   * @param contribution a member's contribution
   * @return this set
   */
  public ContributionSet add(Contribution contribution) {
    return add(contribution.organisation() + ".contribution.json", contribution);
  }

  /**
   * Adds a contribution read from a file of that name.
   *
   * @param file the name of the file it was read from, which problems give
   * @param contribution the contribution
   * @return this set
   */
  public ContributionSet add(String file, Contribution contribution) {
    entries.add(new Entry(file, contribution));
    return this;
  }

  /**
   * Adds every contribution of another set.
   *
   * @param other a set, left unchanged
   * @return this set
   */
  public ContributionSet addAll(ContributionSet other) {
    entries.addAll(other.entries);
    return this;
  }

  /** {@return the entries in merge order: organisation id (code point), file name, bytes} */
  public List<Entry> entries() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }

  /** {@return the number of contributions} */
  public int size() {
    return entries.size();
  }

  /**
   * {@return the set as bytes: for each entry in merge order, its file name and its contribution
   * file}
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      List<Entry> sorted = entries();
      out.writeInt(sorted.size());
      for (Entry e : sorted) {
        byte[] name = e.file().getBytes(StandardCharsets.UTF_8);
        byte[] json = ContributionJson.toBytes(e.contribution());
        out.writeInt(name.length);
        out.write(name);
        out.writeInt(json.length);
        out.write(json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A set from {@link #toBytes()}, each contribution read back with the known definitions.
   *
   * @param encoded what {@link #toBytes()} gave
   * @param known the report definitions the contributions may name
   * @return the set, equal to the one encoded
   * @throws IllegalArgumentException when the bytes are not such an encoding or hold an invalid
   *     contribution
   */
  public static ContributionSet fromBytes(byte[] encoded, KnownDefinitions known) {
    ContributionSet s = new ContributionSet();
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(encoded))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String name = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        byte[] json = in.readNBytes(in.readInt());
        ContributionRead read = ContributionJson.read(json, name, known);
        s.add(
            name,
            read.contribution()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException("invalid contribution in the set: " + name)));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not an encoded contribution set", e);
    }
    return s;
  }
}
