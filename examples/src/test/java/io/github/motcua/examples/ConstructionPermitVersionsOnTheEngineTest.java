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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.GuardNotSatisfiedException;
import io.github.motcua.engine.InvalidAttributeException;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureFormat;
import io.github.motcua.testing.SettableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three versions of the private-house construction permit (1.009972) on the engine around the
 * Construction Law 2025 coming into force on 1 July 2026: a dossier received the day before keeps
 * version 2 (15 calendar days), one received on the day gets version 3 (7 working days, NĐ
 * 217/2026/NĐ-CP art. 54(1)(b)); each runs to its end. The agencies are a small two-tier province
 * of this test's own, so the test does not depend on the demo city.
 */
class ConstructionPermitVersionsOnTheEngineTest {
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Path DIR = Path.of("src/main/resources/procedures");
  private static final String PERMIT = "1.009972";
  private static final String CENTRE = "tthc";
  private static final String COMMUNE = "hoa-cuong";

  private final SettableClock clock = SettableClock.at(at(6, 29, 8, 0), VN);
  private final DossierEngine engine =
      DossierEngine.builder().catalog(catalog()).agencies(province()).clock(clock).build();
  private final Actor desk = Actor.of("desk-1", CENTRE, "one-stop-officer");
  private final Actor specialist = Actor.of("spec-1", COMMUNE, "specialist");
  private final Actor chairman = Actor.of("lead-1", COMMUNE, "leader");

  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(VN).toInstant();
  }

  private static ProcedureCatalog catalog() {
    ProcedureCatalog catalog = new ProcedureCatalog();
    for (String f :
        new String[] {
          "construction-permit-private-house.yaml",
          "construction-permit-private-house-v2.yaml",
          "construction-permit-private-house-v3.yaml"
        }) {
      catalog.add(ProcedureFormat.load(DIR.resolve(f)));
    }
    return catalog;
  }

  private static AgencyDirectory province() {
    return AgencyDirectory.builder()
        .add(Agency.root("dn", "UBND thành phố Đà Nẵng", "province"))
        .add(Agency.under("dn", CENTRE, "Trung tâm Phục vụ hành chính công", "service-centre"))
        .add(Agency.under("dn", COMMUNE, "UBND phường Hòa Cường", "commune"))
        .build();
  }

  private Dossier submit(Instant when, Map<String, Object> house) {
    clock.set(when);
    SubmitCommand.Builder cmd =
        SubmitCommand.builder(PERMIT, "a-00000031")
            .receivedBy(desk)
            .bind("centre", CENTRE)
            .bind("commune", COMMUNE);
    house.forEach(cmd::attribute);
    return engine.submit(cmd.build()).dossier();
  }

  private Dossier act(Dossier d, String action, Actor actor, Instant when) {
    return new Walk(engine, clock).act(d, action, actor, when);
  }

  @Test
  void aDossierReceivedOnThirtyJuneKeepsFifteenCalendarDaysAndEndsUnderVersionTwo() {
    Dossier d = submit(at(6, 30, 8, 0), Map.of("floors", 2, "floorArea", 120));
    assertThat(d.procedureVersion()).isEqualTo(2);
    assertThat(d.competentAgencyId()).isEqualTo(COMMUNE);
    // 15 calendar days from 30 June: the end of the working day on 15 July (a Wednesday)
    assertThat(d.dueAt()).contains(at(7, 15, 17, 0));
    d = act(d, "forward", desk, at(6, 30, 9, 0));
    d = act(d, "appraise-directly", specialist, at(7, 2, 9, 0));
    d = act(d, "propose", specialist, at(7, 6, 9, 0));
    // after 1 July the pinned version still answers: no exemption exists in version 2
    assertThat(engine.procedureOf(d).action("exempt")).isEmpty();
    d = act(d, "approve", chairman, at(7, 13, 9, 0));
    d = act(d, "hand", desk, at(7, 14, 9, 0));
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.procedureVersion()).isEqualTo(2);
    assertThat(d.timeliness()).isPresent().isNotEqualTo(java.util.Optional.of(Timeliness.LATE));
  }

  @Test
  void aDossierReceivedOnFirstJulyIsDueInSevenWorkingDaysAndIsLateThatWouldHaveBeenOnTimeBefore() {
    Dossier d = submit(at(7, 1, 8, 0), Map.of("floors", 4, "floorArea", 320, "plannedArea", true));
    assertThat(d.procedureVersion()).isEqualTo(3);
    assertThat(d.competentAgencyId()).isEqualTo(COMMUNE);
    assertThat(d.receivingAgencyId()).isEqualTo(CENTRE);
    // Wednesday 1 July + 7 working days: 1, 2, 3, 6, 7, 8, 9 July; due when 10 July begins
    assertThat(d.dueAt()).contains(at(7, 10, 8, 0));
    d = act(d, "forward", desk, at(7, 1, 9, 0));
    d = act(d, "check-site", specialist, at(7, 2, 9, 0));
    d = act(d, "site-answer", specialist, at(7, 6, 9, 0));
    d = act(d, "propose", specialist, at(7, 9, 9, 0));
    d = act(d, "approve", chairman, at(7, 13, 9, 0));
    d = act(d, "hand", desk, at(7, 14, 9, 0));
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    // returned on 14 July: on time under version 2's 15 calendar days, late under version 3
    assertThat(d.timeliness()).contains(Timeliness.LATE);
  }

  @Test
  void aSmallHouseOutsideTheListedPlanningAreasIsAnsweredThatItNeedsNoPermit() {
    Dossier d = submit(at(7, 1, 8, 0), Map.of("floors", 3, "floorArea", 240, "plannedArea", false));
    assertThat(d.procedureVersion()).isEqualTo(3);
    d = act(d, "forward", desk, at(7, 1, 9, 0));
    Dossier reviewed = d;
    // the permit path is closed to a house the law exempts
    assertThatThrownBy(() -> act(reviewed, "check-site", specialist, at(7, 2, 9, 0)))
        .isInstanceOf(GuardNotSatisfiedException.class);
    d = act(d, "exempt", specialist, at(7, 2, 10, 0));
    assertThat(d.outcome()).contains(Outcome.REJECTED);
    assertThat(d.timeliness()).contains(Timeliness.EARLY);
  }

  @Test
  void fromFirstJulyTheIntakeMustSayWhetherTheSiteLiesInAListedPlanningArea() {
    assertThatThrownBy(() -> submit(at(7, 1, 8, 0), Map.of("floors", 3, "floorArea", 240)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("plannedArea");
    // the day before, version 2 asks nothing of the kind
    assertThat(submit(at(6, 30, 8, 0), Map.of("floors", 3, "floorArea", 240)).procedureVersion())
        .isEqualTo(2);
  }
}
