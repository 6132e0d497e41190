package be.terrain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import be.terrain.core.Period;
import be.terrain.testing.MiniCsv;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per figure of the published 2020 report that the reference dataset reproduces, as mapped
 * in the reference README ({@code shared/reference/README.md}): the table, scope and code where the
 * figure shows, and what it is (a count, a percent with its count and n, an n, or the history).
 * Descriptions are neutral; the figures are those of the README's table.
 */
class PublishedFiguresTest {
  private static Report report;

  @BeforeAll
  static void compute() {
    report = Statistics.compute(MiniCsv.reference(), ReportOptions.of(Period.ofYear(2020)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          # description                           ; table                        ; level        ; scope       ; code                      ; count ; percent ; n   ; history
          charleroi psychosocial persons          ; profile.sex                  ; ANTENNA      ; charleroi   ; -                         ; -     ; -       ; 121 ; -
          extra-ring psychosocial persons         ; profile.sex                  ; ANTENNA      ; extra-ring  ; -                         ; -     ; -       ; 117 ; -
          la-louviere psychosocial persons        ; profile.sex                  ; ANTENNA      ; la-louviere ; -                         ; -     ; -       ; 50  ; -
          lln psychosocial persons                ; profile.sex                  ; ANTENNA      ; lln         ; -                         ; -     ; -       ; 11  ; -
          genappe psychosocial persons            ; profile.sex                  ; ANTENNA      ; genappe     ; -                         ; -     ; -       ; 10  ; -
          charleroi new contacts                  ; profile.new_contact          ; ANTENNA      ; charleroi   ; YES                       ; 23    ; 19      ; 121 ; -
          charleroi returning contacts            ; profile.new_contact          ; ANTENNA      ; charleroi   ; NO                        ; 98    ; 81      ; 121 ; -
          charleroi age 60-64                     ; profile.age_band             ; ANTENNA      ; charleroi   ; 60-64                     ; 5     ; 4       ; 121 ; -
          charleroi age 65+                       ; profile.age_band             ; ANTENNA      ; charleroi   ; 65+                       ; 5     ; 4       ; 121 ; -
          charleroi age unknown                   ; profile.age_band             ; ANTENNA      ; charleroi   ; UNKNOWN                   ; 20    ; 17      ; 121 ; -
          charleroi street contacts               ; contacts.channel             ; ANTENNA      ; charleroi   ; STREET                    ; 1881  ; -       ; -   ; 4583
          charleroi drop-in contacts              ; contacts.channel             ; ANTENNA      ; charleroi   ; DROP_IN                   ; 1241  ; -       ; -   ; 1920
          extra-ring women                        ; profile.sex                  ; ANTENNA      ; extra-ring  ; F                         ; 68    ; 58      ; 117 ; -
          extra-ring men                          ; profile.sex                  ; ANTENNA      ; extra-ring  ; M                         ; 49    ; 42      ; 117 ; -
          extra-ring age <18                      ; profile.age_band             ; ANTENNA      ; extra-ring  ; <18                       ; 3     ; 3       ; 117 ; -
          extra-ring age 18-24                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 18-24                     ; 6     ; 5       ; 117 ; -
          extra-ring age 25-29                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 25-29                     ; 12    ; 10      ; 117 ; -
          extra-ring age 30-34                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 30-34                     ; 7     ; 6       ; 117 ; -
          extra-ring age 35-39                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 35-39                     ; 12    ; 10      ; 117 ; -
          extra-ring age 40-44                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 40-44                     ; 19    ; 16      ; 117 ; -
          extra-ring age 45-49                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 45-49                     ; 8     ; 7       ; 117 ; -
          extra-ring age 50-54                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 50-54                     ; 5     ; 4       ; 117 ; -
          extra-ring age 55-59                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 55-59                     ; 7     ; 6       ; 117 ; -
          extra-ring age 60-64                    ; profile.age_band             ; ANTENNA      ; extra-ring  ; 60-64                     ; 9     ; 8       ; 117 ; -
          extra-ring age 65+                      ; profile.age_band             ; ANTENNA      ; extra-ring  ; 65+                       ; 10    ; 9       ; 117 ; -
          extra-ring age unknown                  ; profile.age_band             ; ANTENNA      ; extra-ring  ; UNKNOWN                   ; 19    ; 16      ; 117 ; -
          extra-ring Belgian                      ; profile.nationality          ; ANTENNA      ; extra-ring  ; BE                        ; 58    ; 50      ; 117 ; -
          extra-ring other EU                     ; profile.nationality          ; ANTENNA      ; extra-ring  ; EU                        ; 31    ; 26      ; 117 ; -
          extra-ring outside EU                   ; profile.nationality          ; ANTENNA      ; extra-ring  ; NON_EU                    ; 11    ; 9       ; 117 ; -
          extra-ring nationality unknown          ; profile.nationality          ; ANTENNA      ; extra-ring  ; UNKNOWN                   ; 17    ; 15      ; 117 ; -
          extra-ring no income                    ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; NONE                      ; 7     ; 6       ; 117 ; -
          extra-ring earned income                ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; EARNED_INCOME             ; 45    ; 38      ; 117 ; -
          extra-ring unemployment benefit         ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; UNEMPLOYMENT_BENEFIT      ; 14    ; 12      ; 117 ; -
          extra-ring sickness benefit             ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; SICKNESS_BENEFIT          ; 7     ; 6       ; 117 ; -
          extra-ring retirement pension           ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; RETIREMENT_PENSION        ; 13    ; 11      ; 117 ; -
          extra-ring social integration income    ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; SOCIAL_INTEGRATION_INCOME ; 13    ; 11      ; 117 ; -
          extra-ring income unknown               ; profile.financial_resource   ; ANTENNA      ; extra-ring  ; UNKNOWN                   ; 16    ; 14      ; 117 ; -
          extra-ring inadequate housing           ; profile.housing              ; ANTENNA      ; extra-ring  ; INADEQUATE                ; 26    ; 22      ; 117 ; -
          extra-ring adequate housing             ; profile.housing              ; ANTENNA      ; extra-ring  ; ADEQUATE                  ; 75    ; 64      ; 117 ; -
          extra-ring housing unknown              ; profile.housing              ; ANTENNA      ; extra-ring  ; UNKNOWN                   ; 16    ; 14      ; 117 ; -
          lln women                               ; profile.sex                  ; ANTENNA      ; lln         ; F                         ; 11    ; 100     ; 11  ; -
          lln age 30-34                           ; profile.age_band             ; ANTENNA      ; lln         ; 30-34                     ; 7     ; 64      ; 11  ; -
          lln Belgian                             ; profile.nationality          ; ANTENNA      ; lln         ; BE                        ; 6     ; 55      ; 11  ; -
          lln other EU                            ; profile.nationality          ; ANTENNA      ; lln         ; EU                        ; 2     ; 18      ; 11  ; -
          lln outside EU                          ; profile.nationality          ; ANTENNA      ; lln         ; NON_EU                    ; 3     ; 27      ; 11  ; -
          lln no income                           ; profile.financial_resource   ; ANTENNA      ; lln         ; NONE                      ; 1     ; 9       ; 11  ; -
          lln earned income                       ; profile.financial_resource   ; ANTENNA      ; lln         ; EARNED_INCOME             ; 1     ; 9       ; 11  ; -
          lln sickness benefit                    ; profile.financial_resource   ; ANTENNA      ; lln         ; SICKNESS_BENEFIT          ; 1     ; 9       ; 11  ; -
          lln unemployment benefit                ; profile.financial_resource   ; ANTENNA      ; lln         ; UNEMPLOYMENT_BENEFIT      ; 2     ; 18      ; 11  ; -
          lln income unknown                      ; profile.financial_resource   ; ANTENNA      ; lln         ; UNKNOWN                   ; 6     ; 55      ; 11  ; -
          lln inadequate housing                  ; profile.housing              ; ANTENNA      ; lln         ; INADEQUATE                ; 5     ; 45      ; 11  ; -
          lln adequate housing                    ; profile.housing              ; ANTENNA      ; lln         ; ADEQUATE                  ; 6     ; 55      ; 11  ; -
          genappe women                           ; profile.sex                  ; ANTENNA      ; genappe     ; F                         ; 10    ; 100     ; 10  ; -
          genappe age 25-29                       ; profile.age_band             ; ANTENNA      ; genappe     ; 25-29                     ; 2     ; 20      ; 10  ; -
          genappe age 30-34                       ; profile.age_band             ; ANTENNA      ; genappe     ; 30-34                     ; 4     ; 40      ; 10  ; -
          genappe age 35-39                       ; profile.age_band             ; ANTENNA      ; genappe     ; 35-39                     ; 1     ; 10      ; 10  ; -
          genappe age 40-44                       ; profile.age_band             ; ANTENNA      ; genappe     ; 40-44                     ; 1     ; 10      ; 10  ; -
          genappe age 60-64                       ; profile.age_band             ; ANTENNA      ; genappe     ; 60-64                     ; 2     ; 20      ; 10  ; -
          genappe Belgian                         ; profile.nationality          ; ANTENNA      ; genappe     ; BE                        ; 5     ; 50      ; 10  ; -
          genappe earned income                   ; profile.financial_resource   ; ANTENNA      ; genappe     ; EARNED_INCOME             ; 8     ; 80      ; 10  ; -
          genappe retirement pension              ; profile.financial_resource   ; ANTENNA      ; genappe     ; RETIREMENT_PENSION        ; 1     ; 10      ; 10  ; -
          genappe disability allowance            ; profile.financial_resource   ; ANTENNA      ; genappe     ; DISABILITY_ALLOWANCE      ; 1     ; 10      ; 10  ; -
          health requesters who are sex workers   ; health.requesters            ; ORGANISATION ; e2w         ; SEX_WORKER                ; 71    ; 78      ; 91  ; -
          health requesters from the entourage    ; health.requesters            ; ORGANISATION ; e2w         ; ENTOURAGE                 ; 20    ; 22      ; 91  ; -
          hainaut safer-sex distribution acts     ; distributions.acts           ; PROVINCE     ; BE-WHT      ; SAFER_SEX                 ; 2695  ; -       ; -   ; -
          hainaut surgical masks                  ; distributions.units          ; PROVINCE     ; BE-WHT      ; SURGICAL_MASK             ; 1256  ; -       ; -   ; -
          hainaut hand sanitizer                  ; distributions.units          ; PROVINCE     ; BE-WHT      ; HAND_SANITIZER            ; 1143  ; -       ; -   ; -
          hainaut harm-reduction acts             ; distributions.acts           ; PROVINCE     ; BE-WHT      ; HARM_REDUCTION            ; 14    ; -       ; -   ; -
          hainaut nursing care acts               ; health.kind                  ; PROVINCE     ; BE-WHT      ; NURSING_CARE              ; 97    ; -       ; -   ; -
          hainaut nursing acts in all             ; health.nursing_act           ; PROVINCE     ; BE-WHT      ; -                         ; -     ; -       ; 97  ; -
          hainaut treatment follow-up             ; health.nursing_act           ; PROVINCE     ; BE-WHT      ; TREATMENT_FOLLOW_UP       ; 41    ; 42      ; 97  ; -
          hainaut rapid tests among nursing acts  ; health.nursing_act           ; PROVINCE     ; BE-WHT      ; RAPID_TEST                ; 23    ; 24      ; 97  ; -
          hainaut rapid tests in all              ; health.rapid_test            ; PROVINCE     ; BE-WHT      ; -                         ; -     ; -       ; 23  ; -
          hainaut pregnancy tests                 ; health.nursing_act           ; PROVINCE     ; BE-WHT      ; PREGNANCY_TEST            ; 3     ; -       ; -   ; -
          hainaut persons given basic needs       ; distributions.persons        ; PROVINCE     ; BE-WHT      ; BASIC_NEEDS               ; 70    ; -       ; -   ; -
          hainaut paramedical accompaniments      ; health.kind                  ; PROVINCE     ; BE-WHT      ; PARAMEDICAL_ACCOMPANIMENT ; 1685  ; -       ; -   ; -
          hainaut medical consultations           ; health.kind                  ; PROVINCE     ; BE-WHT      ; MEDICAL_CONSULTATION      ; 6     ; -       ; -   ; -
          hainaut consultations with mutuality    ; health.consultation_coverage ; PROVINCE     ; BE-WHT      ; MUTUALITY                 ; 4     ; -       ; -   ; 21 19
          hainaut consultations with urgent aid   ; health.consultation_coverage ; PROVINCE     ; BE-WHT      ; URGENT_MEDICAL_AID        ; 1     ; -       ; -   ; 1 0
          hainaut consultations without coverage  ; health.consultation_coverage ; PROVINCE     ; BE-WHT      ; NONE                      ; 1     ; -       ; -   ; 1 2
          hainaut consultations coverage unknown  ; health.consultation_coverage ; PROVINCE     ; BE-WHT      ; UNKNOWN                   ; 0     ; -       ; -   ; 0 0
          walloon brabant safer-sex acts          ; distributions.acts           ; PROVINCE     ; BE-WBR      ; SAFER_SEX                 ; 41    ; -       ; -   ; -
          walloon brabant surgical masks          ; distributions.units          ; PROVINCE     ; BE-WBR      ; SURGICAL_MASK             ; 20    ; -       ; -   ; -
          walloon brabant hand sanitizer          ; distributions.units          ; PROVINCE     ; BE-WBR      ; HAND_SANITIZER            ; 12    ; -       ; -   ; -
          walloon brabant rapid tests             ; health.nursing_act           ; PROVINCE     ; BE-WBR      ; RAPID_TEST                ; 6     ; -       ; -   ; -
          walloon brabant paramedical             ; health.kind                  ; PROVINCE     ; BE-WBR      ; PARAMEDICAL_ACCOMPANIMENT ; 59    ; -       ; -   ; -
          walloon brabant basic-needs acts        ; distributions.acts           ; PROVINCE     ; BE-WBR      ; BASIC_NEEDS               ; 5     ; -       ; -   ; -
          charleroi prevention kits               ; distributions.units          ; ANTENNA      ; charleroi   ; PREVENTION_KIT            ; 54    ; -       ; -   ; -
          charleroi contacts in all               ; contacts.channel             ; ANTENNA      ; charleroi   ; -                         ; -     ; -       ; 3122 ; -
          hainaut persons counted once            ; profile.sex                  ; PROVINCE     ; BE-WHT      ; -                         ; -     ; -       ; 284 ; -
          walloon brabant persons counted once    ; profile.sex                  ; PROVINCE     ; BE-WBR      ; -                         ; -     ; -       ; 20  ; -
          """)
  void figure(
      String description,
      String table,
      Scope.Level level,
      String scope,
      String code,
      Long count,
      Integer percent,
      Long n,
      String history) {
    ReportTable t = report.table(table, new Scope(level, scope)).orElseThrow();
    if (n != null) {
      assertThat(t.n()).as("n").isEqualTo(n);
    }
    if (code == null) {
      return;
    }
    ReportRow row = t.row(code).orElseThrow();
    if (count != null) {
      assertThat(row.count()).as("count").hasValue(count);
    }
    if (percent != null) {
      assertThat(row.percent()).as("percent").hasValue(percent);
    }
    if (history != null) {
      List<OptionalLong> expected =
          Arrays.stream(history.split(" ")).map(h -> OptionalLong.of(Long.parseLong(h))).toList();
      assertThat(row.history()).as("history").isEqualTo(expected);
    }
  }
}
