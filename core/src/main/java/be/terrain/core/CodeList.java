package be.terrain.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An ordered list of codes, such as {@code sex} or {@code contact_channel}. The order is the order
 * in which report rows are listed. Each code has a dense index (its position), which datasets use
 * to store codes as small integers. Immutable and thread-safe; obtain lists from a {@link
 * CodeRegistry}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CodeList {
  private final String id;
  private final ImmutableList<Code> codes;
  private final ImmutableMap<String, Integer> indexes;

  private CodeList(String id, List<Code> codes) {
    this.id = id;
    this.codes = ImmutableList.copyOf(codes);
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < codes.size(); i++) {
      Code c = codes.get(i);
      Preconditions.checkArgument(
          c.list().equals(id), "code %s belongs to list %s, not %s", c.code(), c.list(), id);
      b.put(c.code(), i);
    }
    this.indexes = b.buildOrThrow();
  }

  /**
   * Makes a list.
   *
   * @param id the list's id, e.g. {@code housing}
   * @param codes the codes in list order, each with {@code id} as its list
   * @return the list, with a dense index per code
   * @throws IllegalArgumentException when the list is empty, a code belongs to another list or a
   *     code appears twice
   */
  public static CodeList of(String id, List<Code> codes) {
    requireNonNull(id, "id");
    Preconditions.checkArgument(!codes.isEmpty(), "code list %s has no code", id);
    try {
      return new CodeList(id, codes);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Multiple entries")) {
        throw new IllegalArgumentException("code list " + id + " names a code twice", e);
      }
      throw e;
    }
  }

  /** {@return the list's id, e.g. {@code housing}} */
  public String id() {
    return id;
  }

  /** {@return the codes in list order} */
  public List<Code> codes() {
    return codes;
  }

  /** {@return the number of codes} */
  public int size() {
    return codes.size();
  }

  /**
   * {@return the code at a dense index}
   *
   * @param index the code's dense index, from 0 to {@link #size()} - 1
   */
  public Code get(int index) {
    return codes.get(index);
  }

  /**
   * {@return the dense index of a code, or -1 when the list does not have it (codes are
   * case-sensitive)}
   *
   * @param code the code, e.g. {@code UNKNOWN}
   */
  public int indexOf(String code) {
    Integer i = indexes.get(code);
    return i == null ? -1 : i;
  }

  /**
   * {@return whether the list has the code}
   *
   * @param code the code (case-sensitive)
   */
  public boolean contains(String code) {
    return indexes.containsKey(code);
  }

  /**
   * {@return the code, if the list has it}
   *
   * @param code the code (case-sensitive)
   */
  public Optional<Code> find(String code) {
    int i = indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(codes.get(i));
  }

  /** {@return whether the list ends with the code {@code UNKNOWN}} */
  public boolean hasUnknown() {
    return contains(Code.UNKNOWN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeList other && id.equals(other.id) && codes.equals(other.codes);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + codes.hashCode();
  }

  @Override
  public String toString() {
    return "CodeList[" + id + ", " + codes.size() + " codes]";
  }
}
