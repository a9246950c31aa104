/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.motcua.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ParallelBlock;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureAssertions;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.procedure.ProcedurePath;
import io.github.motcua.procedure.Verification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RealProceduresTest {
  static final Path DIR = Path.of("src/main/resources/procedures");
  static final List<String> FILES =
      List.of(
          "birth-registration.yaml",
          "household-business-registration.yaml",
          "construction-permit-private-house.yaml",
          "land-use-right-certificate-first-issuance.yaml");
  private static final Duration H = Duration.ofHours(1);

  private static Verification verify(String file) {
    return ProcedureAssertions.assertThat(DIR.resolve(file))
        .isValid()
        .hasNoWarnings()
        .fitsLegalTimeLimit()
        .hasNoDeadEnds()
        .verification();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "birth-registration.yaml",
        "household-business-registration.yaml",
        "construction-permit-private-house.yaml",
        "land-use-right-certificate-first-issuance.yaml",
        "birth-registration-v2.yaml",
        "household-business-registration-v2.yaml",
        "construction-permit-private-house-v2.yaml",
        "land-use-right-certificate-first-issuance-v2.yaml",
        "construction-permit-private-house-v3.yaml"
      })
  void everyRealProcedureIsValidFitsItsLimitAndRoundTrips(String file) {
    Verification v = verify(file);
    Procedure p = v.procedure();
    assertThat(ProcedureFormat.yaml().read(ProcedureFormat.yaml().write(p), file)).isEqualTo(p);
    assertThat(ProcedureFormat.json().read(ProcedureFormat.json().write(p), file)).isEqualTo(p);
    assertThat(v.paths()).isNotEmpty();
  }

  @Test
  void birthRegistrationIsSameDayWithAThreePmCutoff() {
    Verification v = verify("birth-registration.yaml");
    Procedure p = v.procedure();
    assertThat(p.timeLimit()).isEqualTo(TimeLimit.workingDays(0));
    assertThat(p.countingRule()).isEqualTo(CountingRule.END_OF_DAY);
    assertThat(p.intakeCutoff()).contains(LocalTime.of(15, 0));
    // 15:00 to 17:00 is what a dossier received at the cut-off still has.
    assertThat(v.legalTimeLimit()).isEqualTo(H.multipliedBy(2));
    assertThat(v.worst()).isEqualTo(Duration.ofMinutes(105));
  }

  @Test
  void householdBusinessRegistrationTakesThreeWorkingDaysAndRestartsOnResubmission() {
    Verification v = verify("household-business-registration.yaml");
    assertThat(v.procedure().timeLimit()).isEqualTo(TimeLimit.workingDays(3));
    assertThat(v.legalTimeLimit()).isEqualTo(H.multipliedBy(24));
    assertThat(v.worst()).isEqualTo(H.multipliedBy(24));
    assertThat(v.procedure().agencyRole("district").orElseThrow().ancestorKind())
        .contains("district");
  }

  @Test
  void theConstructionPermitConsultsTwoAgenciesInParallelWhenTheGuardSaysSo() {
    Verification v = verify("construction-permit-private-house.yaml");
    Procedure p = v.procedure();
    assertThat(p.timeLimit()).isEqualTo(TimeLimit.workingDays(15));
    ParallelBlock consult = p.parallelBlock("consult").orElseThrow();
    assertThat(consult.join()).isEqualTo(ParallelBlock.Join.ALL);
    assertThat(consult.branches()).hasSize(2);
    Map<String, Object> villa = Map.of("floors", 4, "floorArea", 320, "heritageZone", false);
    Map<String, Object> small = Map.of("floors", 2, "floorArea", 120);
    assertThat(p.action("consult").orElseThrow().guard().orElseThrow().test(villa)).isTrue();
    assertThat(p.action("consult").orElseThrow().guard().orElseThrow().test(small)).isFalse();
    assertThat(p.action("appraise-directly").orElseThrow().guard().orElseThrow().test(small))
        .isTrue();
    ProcedurePath worst = v.worstPath().orElseThrow();
    assertThat(worst.steps()).contains("site-check", "heritage-check");
    assertThat(worst.agencyRoles()).contains("district", "ward", "culture");
    assertThat(v.worstWithoutExtension()).isEqualTo(H.multipliedBy(8 * 14));
    // the extension at signing re-enters the signing step: only extended paths exceed the limit
    assertThat(v.paths()).anyMatch(x -> x.extended() && x.actions().contains("extend"));
    assertThat(v.worst()).isGreaterThan(v.legalTimeLimit());
  }

  @Test
  void theLandCertificatePassesFourAgenciesAndPausesForSupplementAndPayment() {
    Verification v = verify("land-use-right-certificate-first-issuance.yaml");
    Procedure p = v.procedure();
    assertThat(p.timeLimit()).isEqualTo(TimeLimit.workingDays(30));
    // two pauses of the clock: one supplement round, and the payment notice, which is no round
    assertThat(p.supplementPolicy().maxRounds()).isEqualTo(1);
    assertThat(p.action("request-supplement").orElseThrow().maxRounds()).hasValue(1);
    assertThat(p.requestsSupplement(p.action("request-supplement").orElseThrow())).isTrue();
    assertThat(p.requestsSupplement(p.action("notify-payment").orElseThrow())).isFalse();
    assertThat(p.step("payment").orElseThrow().status())
        .isEqualTo(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED);
    assertThat(v.worstPath().orElseThrow().agencyRoles())
        .containsExactly("ward", "land-office", "tax", "district");
    assertThat(v.paths())
        .anyMatch(
            x -> x.actions().contains("request-supplement") && x.actions().contains("rework"));
    assertThat(v.worstWithoutExtension()).isEqualTo(H.multipliedBy(8 * 30));
  }

  @Test
  void aCatalogPicksTheVersionInForce() {
    ProcedureCatalog catalog = new ProcedureCatalog();
    for (String f : FILES) {
      catalog.add(ProcedureFormat.load(DIR.resolve(f)));
    }
    Procedure v1 = catalog.requireInForce("1.003003", LocalDate.of(2024, 1, 1));
    catalog.add(v1.toBuilder().version(2).effectiveFrom(LocalDate.of(2024, 8, 1)).build());
    assertThat(catalog.requireInForce("1.003003", LocalDate.of(2024, 7, 31)).version())
        .isEqualTo(1);
    assertThat(catalog.requireInForce("1.003003", LocalDate.of(2024, 8, 1)).version()).isEqualTo(2);
    assertThat(catalog.codes()).hasSize(4);
  }

  @Test
  void fromTheFirstOfJuly2026ThePrivateHousePermitTakesSevenWorkingDaysAndSmallHousesNeedNone() {
    Verification v = verify("construction-permit-private-house-v3.yaml");
    Procedure p = v.procedure();
    // NĐ 217/2026/NĐ-CP art. 54(1)(b): "trong thời hạn 07 ngày làm việc"
    assertThat(p.timeLimit()).isEqualTo(TimeLimit.workingDays(7));
    assertThat(p.countingRule()).isEqualTo(CountingRule.WORKING_TIME);
    assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(p.competentRole()).contains("commune");
    assertThat(p.attribute("plannedArea").orElseThrow().required()).isTrue();
    // Luật Xây dựng 2025 art. 43(2)(g): under 7 storeys and under 500 m2, outside the listed areas
    Map<String, Object> smallRural = Map.of("floors", 3, "floorArea", 240, "plannedArea", false);
    Map<String, Object> smallInAPlan = Map.of("floors", 3, "floorArea", 240, "plannedArea", true);
    Map<String, Object> sevenStoreys = Map.of("floors", 7, "floorArea", 480, "plannedArea", false);
    Map<String, Object> large = Map.of("floors", 4, "floorArea", 500, "plannedArea", false);
    var exempt = p.action("exempt").orElseThrow();
    assertThat(exempt.outcome()).contains(Outcome.REJECTED);
    assertThat(exempt.reasonRequired()).isTrue();
    assertThat(exempt.guard().orElseThrow().test(smallRural)).isTrue();
    assertThat(exempt.guard().orElseThrow().test(smallInAPlan)).isFalse();
    assertThat(exempt.guard().orElseThrow().test(sevenStoreys)).isFalse();
    assertThat(exempt.guard().orElseThrow().test(large)).isFalse();
    // the permit path is open exactly to the houses that need a permit
    for (Map<String, Object> house : List.of(smallRural, smallInAPlan, sevenStoreys, large)) {
      boolean toPermit =
          p.action("check-site").orElseThrow().guard().orElseThrow().test(house)
              || p.action("appraise-directly").orElseThrow().guard().orElseThrow().test(house);
      assertThat(toPermit)
          .as(house.toString())
          .isNotEqualTo(exempt.guard().orElseThrow().test(house));
    }
    assertThat(v.worstWithoutExtension()).isLessThanOrEqualTo(v.legalTimeLimit());
    assertThat(v.legalTimeLimit()).isEqualTo(H.multipliedBy(8 * 7));
  }

  @Test
  void theCatalogPicksEachPrivateHousePermitVersionByTheDateOfReceipt() {
    ProcedureCatalog catalog = new ProcedureCatalog();
    for (String f :
        List.of(
            "construction-permit-private-house.yaml",
            "construction-permit-private-house-v2.yaml",
            "construction-permit-private-house-v3.yaml")) {
      catalog.add(ProcedureFormat.load(DIR.resolve(f)));
    }
    assertThat(catalog.requireInForce("1.009972", LocalDate.of(2025, 6, 30)).version())
        .isEqualTo(1);
    Procedure v2 = catalog.requireInForce("1.009972", LocalDate.of(2026, 6, 30));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.timeLimit()).isEqualTo(TimeLimit.calendarDays(15));
    Procedure v3 = catalog.requireInForce("1.009972", LocalDate.of(2026, 7, 1));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.timeLimit()).isEqualTo(TimeLimit.workingDays(7));
    assertThat(v2.action("exempt")).isEmpty();
  }

  @Test
  void fromTheFirstOfJuly2025EveryProcedureIsItsTwoTierVersion() {
    ProcedureCatalog catalog = new ProcedureCatalog();
    for (String f : FILES) {
      catalog.add(ProcedureFormat.load(DIR.resolve(f)));
      catalog.add(ProcedureFormat.load(DIR.resolve(f.replace(".yaml", "-v2.yaml"))));
    }
    for (String code : catalog.codes()) {
      assertThat(catalog.requireInForce(code, LocalDate.of(2025, 6, 30)).version())
          .as(code + " on 2025-06-30")
          .isEqualTo(1);
      Procedure v2 = catalog.requireInForce(code, LocalDate.of(2025, 7, 1));
      assertThat(v2.version()).as(code + " on 2025-07-01").isEqualTo(2);
      assertThat(v2.agencyRoles().stream().map(AgencyRole::id))
          .as(code + ": a receiving centre, and no district")
          .contains("centre")
          .doesNotContain("district", "ward");
      // the centre receives; another agency is competent
      assertThat(v2.competentRole())
          .as(code + ": competent role")
          .isPresent()
          .isNotEqualTo(java.util.Optional.of("centre"));
      assertThat(catalog.requireInForce(code, LocalDate.of(2025, 6, 30)).competentAgencyRole())
          .isEmpty();
    }
    assertThat(catalog.codes()).hasSize(4);
  }
}
