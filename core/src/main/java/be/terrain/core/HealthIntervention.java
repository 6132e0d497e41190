package be.terrain.core;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A health intervention: nursing care, a paramedical accompaniment or a medical consultation. The
 * family is sealed; the kind-specific fields live on each member.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface HealthIntervention
    permits NursingCare, ParamedicalAccompaniment, MedicalConsultation {
  /** The {@code health_kind} code of nursing care. */
  String NURSING_CARE = "NURSING_CARE";

  /** The {@code health_kind} code of a paramedical accompaniment. */
  String PARAMEDICAL_ACCOMPANIMENT = "PARAMEDICAL_ACCOMPANIMENT";

  /** The {@code health_kind} code of a medical consultation. */
  String MEDICAL_CONSULTATION = "MEDICAL_CONSULTATION";

  /**
   * Unique among health interventions.
   *
   * @return the intervention's id, unique among health interventions
   */
  String id();

  /** {@return the day} */
  LocalDate date();

  /** {@return the antenna} */
  String antennaId();

  /** {@return the person; empty when anonymous} */
  Optional<String> personId();

  /** {@return the {@code health_kind} code} */
  String kind();
}
