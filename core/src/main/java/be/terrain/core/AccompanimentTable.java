package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import org.apiguardian.api.API;

/** A dataset's psychosocial accompaniments. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccompanimentTable extends ActivityTable<Accompaniment> {
  private final byte[] domains;
  private final byte[] modes;

  AccompanimentTable(DatasetParts parts) {
    super(parts, RecordKind.ACCOMPANIMENT);
    domains = table.codes(field("domain"));
    modes = table.codes(field("mode"));
  }

  /**
   * {@return the domain as its index in the {@code accompaniment_domain} list}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int domain(int row) {
    return domains[row];
  }

  /**
   * {@return the mode as its index in the {@code accompaniment_mode} list, or {@link #UNKNOWN}}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int mode(int row) {
    return modes[row];
  }

  @Override
  public Accompaniment get(int row) {
    return new Accompaniment(
        requiredId(row),
        requiredDate("date", row),
        required(ref("antenna_id", row, false), "antenna_id", row),
        required(ref("person_id", row, true), "person_id", row),
        requiredCode("domain", row),
        optionalCode("mode", row));
  }
}
