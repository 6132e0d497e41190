package be.terrain.stats.internal;

import be.terrain.stats.TableSpec;
import java.util.Map;

/** The standard report's table titles in French, Dutch and English. */
public final class StandardTitles {
  private StandardTitles() {}

  private static final Map<String, String[]> TABLES =
      Map.ofEntries(
          Map.entry("profile.role", new String[] {"Rôle", "Rol", "Role"}),
          Map.entry("profile.sex", new String[] {"Sexe", "Geslacht", "Sex"}),
          Map.entry("profile.age_band", new String[] {"Âge", "Leeftijd", "Age"}),
          Map.entry(
              "profile.nationality", new String[] {"Nationalité", "Nationaliteit", "Nationality"}),
          Map.entry(
              "profile.financial_resource",
              new String[] {
                "Ressources financières", "Financiële middelen", "Financial resources"
              }),
          Map.entry("profile.housing", new String[] {"Logement", "Huisvesting", "Housing"}),
          Map.entry("profile.employment", new String[] {"Emploi", "Werk", "Employment"}),
          Map.entry("profile.setting", new String[] {"Lieu d'exercice", "Werkplek", "Setting"}),
          Map.entry(
              "profile.new_contact",
              new String[] {"Nouveau contact", "Nieuw contact", "New contact"}),
          Map.entry(
              "contacts.channel",
              new String[] {"Contacts par canal", "Contacten per kanaal", "Contacts by channel"}),
          Map.entry(
              "accompaniments.domain",
              new String[] {
                "Accompagnements par domaine",
                "Begeleidingen per domein",
                "Accompaniments by domain"
              }),
          Map.entry(
              "accompaniments.persons",
              new String[] {
                "Personnes accompagnées par domaine",
                "Begeleide personen per domein",
                "Persons accompanied by domain"
              }),
          Map.entry(
              "health.requesters",
              new String[] {
                "Demandeurs en santé", "Aanvragers van gezondheidszorg", "Health requesters"
              }),
          Map.entry(
              "health.kind",
              new String[] {
                "Interventions de santé", "Gezondheidsinterventies", "Health interventions"
              }),
          Map.entry(
              "health.nursing_act",
              new String[] {"Soins infirmiers", "Verpleegkundige zorg", "Nursing care"}),
          Map.entry(
              "health.rapid_test", new String[] {"Dépistages (TROD)", "Sneltesten", "Rapid tests"}),
          Map.entry(
              "health.paramedical_target",
              new String[] {
                "Accompagnement paramédical",
                "Paramedische begeleiding",
                "Paramedical accompaniment"
              }),
          Map.entry(
              "health.consultation_coverage",
              new String[] {
                "Couverture des consultations",
                "Dekking van de consultaties",
                "Consultation coverage"
              }),
          Map.entry(
              "distributions.acts",
              new String[] {
                "Distributions par groupe", "Verdelingen per groep", "Distributions by group"
              }),
          Map.entry(
              "distributions.units",
              new String[] {"Unités distribuées", "Verdeelde eenheden", "Units handed out"}),
          Map.entry(
              "distributions.persons",
              new String[] {
                "Personnes servies par groupe",
                "Bediende personen per groep",
                "Persons served by group"
              }));

  /**
   * The spec with its standard titles.
   *
   * @throws IllegalStateException when the standard report has no title for it (a bug)
   */
  public static TableSpec titled(TableSpec spec) {
    String[] w = TABLES.get(spec.id());
    if (w == null) {
      throw new IllegalStateException("no standard title for table " + spec.id());
    }
    return spec.withTitles(w[0], w[1], w[2]);
  }
}
