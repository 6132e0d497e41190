package be.terrain.core;

import static java.util.Objects.requireNonNull;

import be.terrain.core.internal.StandardCodeLists;
import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The code lists a dataset's codes are checked against: the standard lists of {@code
 * code-lists.csv}, plus what plugins or applications register. All registration goes through {@link
 * Builder}, so a registry is immutable once built and can be shared between threads.
 *
 * <pre>{@code
 * CodeRegistry codes = CodeRegistry.builder()
 *     .addCodes("contact_channel", List.of(Code.of("contact_channel", "FESTIVAL", "Festival", "Festival", "Festival")))
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CodeRegistry {
  private static final CodeRegistry STANDARD = new CodeRegistry(StandardCodeLists.load());

  private final Map<String, CodeList> lists;

  private CodeRegistry(Map<String, CodeList> lists) {
    this.lists = Map.copyOf(lists);
    this.order = List.copyOf(lists.keySet());
  }

  private final List<String> order;

  /** {@return the standard lists of the exchange format, with labels in fr, nl and en} */
  public static CodeRegistry standard() {
    return STANDARD;
  }

  /** {@return a builder that starts from the standard lists} */
  public static Builder builder() {
    return new Builder(STANDARD);
  }

  /** {@return a builder that starts from this registry's lists} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@return the list with that id, if registered}
   *
   * @param listId the list's id, e.g. {@code housing}
   */
  public Optional<CodeList> find(String listId) {
    return Optional.ofNullable(lists.get(listId));
  }

  /**
   * {@return the list with that id}
   *
   * @param listId the list's id, e.g. {@code housing}
   * @throws IllegalArgumentException when no such list is registered
   */
  public CodeList list(String listId) {
    CodeList l = lists.get(listId);
    if (l == null) {
      throw new IllegalArgumentException("no code list '" + listId + "' is registered");
    }
    return l;
  }

  /**
   * {@return the ids of the registered lists, standard lists first in file order, then added ones}
   */
  public List<String> listIds() {
    return order;
  }

  /** {@return every registered list} */
  public Collection<CodeList> lists() {
    List<CodeList> out = new ArrayList<>();
    for (String id : order) {
      out.add(lists.get(id));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeRegistry other && lists.equals(other.lists);
  }

  @Override
  public int hashCode() {
    return lists.hashCode();
  }

  /**
   * Collects lists and codes into a registry. A code that clashes with a registered one (same list,
   * same code) is refused, so that a plugin can never silently redefine a standard code.
   */
  public static final class Builder {
    private final LinkedHashMap<String, List<Code>> lists = new LinkedHashMap<>();

    private Builder(CodeRegistry from) {
      for (String id : from.order) {
        lists.put(id, new ArrayList<>(from.lists.get(id).codes()));
      }
    }

    /**
     * Adds a whole new list.
     *
     * @param list the new list, whose id no registered list has
     * @return this builder, for chaining
     * @throws IllegalArgumentException when a list with that id is already registered
     */
    public Builder addList(CodeList list) {
      requireNonNull(list, "list");
      Preconditions.checkArgument(
          !lists.containsKey(list.id()), "code list '%s' is already registered", list.id());
      lists.put(list.id(), new ArrayList<>(list.codes()));
      return this;
    }

    /**
     * Adds codes to a registered list. In a list that ends with {@code UNKNOWN}, new codes go
     * before it, so that report rows keep "unknown" last.
     *
     * @param listId the id of a registered list, e.g. {@code contact_channel}
     * @param codes the new codes, each of that list and in none of its codes yet
     * @return this builder, for chaining
     * @throws IllegalArgumentException when the list is not registered, a code belongs to another
     *     list or a code is already in the list
     */
    public Builder addCodes(String listId, List<Code> codes) {
      requireNonNull(listId, "listId");
      requireNonNull(codes, "codes");
      List<Code> current = lists.get(listId);
      Preconditions.checkArgument(current != null, "no code list '%s' to add codes to", listId);
      Set<String> seen = new java.util.HashSet<>();
      for (Code c : current) {
        seen.add(c.code());
      }
      int at =
          !current.isEmpty() && current.get(current.size() - 1).code().equals(Code.UNKNOWN)
              ? current.size() - 1
              : current.size();
      // Check every code before adding any, so that a refused call leaves the builder unchanged.
      for (Code c : codes) {
        Preconditions.checkArgument(
            c.list().equals(listId),
            "code %s belongs to list %s, not %s",
            c.code(),
            c.list(),
            listId);
        Preconditions.checkArgument(
            seen.add(c.code()), "code '%s' is already in list '%s'", c.code(), listId);
      }
      current.addAll(at, codes);
      return this;
    }

    /** {@return the registry} */
    public CodeRegistry build() {
      LinkedHashMap<String, CodeList> built = new LinkedHashMap<>();
      lists.forEach((id, codes) -> built.put(id, CodeList.of(id, codes)));
      return new CodeRegistry(built);
    }
  }
}
