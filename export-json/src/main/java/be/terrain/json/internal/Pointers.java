package be.terrain.json.internal;

import be.terrain.core.RecordKind;

/** JSON pointers (RFC 6901) to the members of a {@code terrain/1} document. */
public final class Pointers {
  private Pointers() {}

  /**
   * A pointer with one more reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code
   * ~1}).
   */
  public static String child(String parent, String token) {
    StringBuilder b =
        new StringBuilder(parent.length() + token.length() + 1).append(parent).append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        b.append("~0");
      } else if (c == '/') {
        b.append("~1");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A pointer with an array index appended. */
  public static String child(String parent, int index) {
    return parent + '/' + index;
  }

  /**
   * The pointer to a record of a document: {@code /organisation} for the organisation, {@code
   * /contacts/3} for others; {@code /contacts} when the index is negative (the kind as a whole).
   */
  public static String record(RecordKind kind, int index) {
    String collection = "/" + kind.collection();
    if (kind == RecordKind.ORGANISATION || index < 0) {
      return collection;
    }
    return child(collection, index);
  }

  /** The pointer to a record's field, or to the record when the field is null. */
  public static String field(RecordKind kind, int index, String field) {
    String record = record(kind, index);
    return field == null ? record : child(record, field);
  }
}
