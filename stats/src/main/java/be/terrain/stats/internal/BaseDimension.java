package be.terrain.stats.internal;

import be.terrain.stats.Dimension;
import be.terrain.stats.Subject;

/** The identity of a built-in dimension. */
abstract class BaseDimension implements Dimension {
  private final String id;
  private final Subject subject;
  private final String codeList;

  BaseDimension(String id, Subject subject, String codeList) {
    this.id = id;
    this.subject = subject;
    this.codeList = codeList;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Subject subject() {
    return subject;
  }

  @Override
  public final String codeList() {
    return codeList;
  }

  @Override
  public String toString() {
    return "Dimension["
        + id
        + " of "
        + subject
        + " in "
        + codeList
        + (multiValued() ? ", multi-valued]" : "]");
  }
}
