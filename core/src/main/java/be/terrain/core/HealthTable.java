package be.terrain.core;

import be.terrain.core.internal.DatasetParts;
import be.terrain.core.internal.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** A dataset's health interventions. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HealthTable extends ActivityTable<HealthIntervention> {
  private final byte[] kinds;
  private final byte[] acts;
  private final int[] pathogens;
  private final byte[] targets;
  private final byte[] coverages;
  private final byte[] reasons;

  HealthTable(DatasetParts parts) {
    super(parts, RecordKind.HEALTH);
    kinds = table.codes(field("kind"));
    acts = table.codes(field("act"));
    pathogens = table.ints(field("pathogens"));
    targets = table.codes(field("target"));
    coverages = table.codes(field("coverage"));
    reasons = table.codes(field("reason"));
  }

  /**
   * {@return the kind as its index in the {@code health_kind} list}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int healthKind(int row) {
    return kinds[row];
  }

  /**
   * {@return the nursing act as its index in the {@code nursing_act} list, or {@link #UNKNOWN}}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int act(int row) {
    return acts[row];
  }

  /**
   * {@return the pathogens as a bit set over their indexes in the {@code pathogen} list (0 when
   * none)}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int pathogens(int row) {
    int p = pathogens[row];
    return p < 0 ? 0 : p;
  }

  /**
   * {@return the paramedical target as its index in the {@code paramedical_target} list, or {@link
   * #UNKNOWN}}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int target(int row) {
    return targets[row];
  }

  /**
   * {@return the consultation's own coverage as its index in the {@code health_coverage} list, or
   * {@link #UNKNOWN}}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int coverage(int row) {
    return coverages[row];
  }

  /**
   * {@return the consultation reason as its index in the {@code consultation_reason} list, or
   * {@link #UNKNOWN}}
   *
   * @param row the row, from 0 to {@link #size()} - 1
   */
  public int reason(int row) {
    return reasons[row];
  }

  @Override
  public HealthIntervention get(int row) {
    String id = requiredId(row);
    var date = requiredDate("date", row);
    String antenna = required(ref("antenna_id", row, false), "antenna_id", row);
    Optional<String> person = Optional.ofNullable(ref("person_id", row, true));
    String kind = requiredCode("kind", row);
    return switch (kind) {
      case HealthIntervention.NURSING_CARE ->
          new NursingCare(id, date, antenna, person, requiredCode("act", row), pathogenCodes(row));
      case HealthIntervention.PARAMEDICAL_ACCOMPANIMENT ->
          new ParamedicalAccompaniment(id, date, antenna, person, requiredCode("target", row));
      case HealthIntervention.MEDICAL_CONSULTATION ->
          new MedicalConsultation(
              id,
              date,
              antenna,
              person,
              optionalCode("coverage", row),
              optionalCode("reason", row));
      default ->
          throw new IllegalStateException(
              "health row " + row + " has kind " + kind + ", which no record type stands for");
    };
  }

  private List<String> pathogenCodes(int row) {
    int mask = pathogens[row];
    if (mask == Table.ABSENT) {
      return List.of();
    }
    if (mask == Table.INVALID) {
      String raw = table.raw(row, field("pathogens"));
      return raw == null ? List.of() : List.of(raw.split("\\|", -1));
    }
    CodeList list = parts.registry().list("pathogen");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(list.get(i).code());
      }
    }
    return out;
  }
}
