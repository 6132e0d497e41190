package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.Table;
import java.util.Optional;
import org.apiguardian.api.API;

/** A dataset's contacts. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContactTable extends ActivityTable<Contact> {
  private final byte[] channels;
  private final int[] counts;

  ContactTable(DatasetParts parts) {
    super(parts, RecordKind.CONTACT);
    channels = table.codes(field("channel"));
    counts = table.ints(field("count"));
  }

  /**
   * {@return the channel as its index in the {@code contact_channel} list}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int channel(int row) {
    return channels[row];
  }

  /**
   * {@return the number of contacts the row stands for (1 when the cell was empty)}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int count(int row) {
    int c = counts[row];
    return c == Table.ABSENT ? 1 : c;
  }

  @Override
  public Contact get(int row) {
    return new Contact(
        requiredId(row),
        requiredDate("date", row),
        required(ref("antenna_id", row, false), "antenna_id", row),
        requiredCode("channel", row),
        Optional.ofNullable(ref("person_id", row, true)),
        count(row));
  }
}
