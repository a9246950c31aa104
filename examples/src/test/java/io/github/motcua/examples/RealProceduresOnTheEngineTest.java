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

import io.github.motcua.agency.Actor;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.PerformCommand;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.testing.SettableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The real procedures of the demo, walked through the engine on the demo's city. */
class RealProceduresOnTheEngineTest {
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private final City city = City.daNang();
  private final SettableClock clock = SettableClock.at(at(4, 1, 8, 0), VN);
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(CitySimulation.loadProcedures())
          .agencies(city.directory())
          .clock(clock)
          .build();

  /**
   * An instant of spring 2025, under the district structure and the version-1 procedures: the day
   * of 2026 given, 52 weeks earlier (the same day of the week).
   */
  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).minusWeeks(52).atZone(VN).toInstant();
  }

  private Actor officer(String agency, String role) {
    return city.officers(agency, role).get(0);
  }

  private Dossier act(Dossier d, String action, Actor actor, Instant when) {
    return new Walk(engine, clock).act(d, action, actor, when);
  }

  @Test
  void aLandDossierAskedForASupplementStillGetsItsPaymentNoticeAndOneExtension() {
    Dossier d =
        engine
            .submit(
                SubmitCommand.builder(CitySimulation.LAND, "a-00000001")
                    .receivedBy(officer("hc-tt", "one-stop-officer"))
                    .bind("ward", "hc-tt")
                    .bind("land-office", "q-hc-vpdk")
                    .bind("tax", City.TAX)
                    .attribute("area", 120)
                    .attribute("landOrigin", "allocated")
                    .build())
            .dossier();
    assertThat(d.bindings()).containsEntry("district", "q-hc");
    Actor desk = officer("hc-tt", "one-stop-officer");
    Actor cadastral = officer("hc-tt", "cadastral-officer");
    Actor office = officer("q-hc-vpdk", "specialist");
    d = act(d, "forward", desk, at(4, 1, 9, 0));
    d = act(d, "post", cadastral, at(4, 2, 9, 0));
    d = act(d, "send-to-office", cadastral, at(4, 17, 9, 0));
    d = act(d, "request-supplement", office, at(4, 20, 9, 0));
    d = act(d, "supplied", desk, at(4, 22, 9, 0));
    d = act(d, "send-to-tax", office, at(4, 23, 9, 0));
    // the second pause of the clock: the payment notice after the one supplement round allowed
    d = act(d, "notify-payment", officer(City.TAX, "tax-officer"), at(4, 24, 9, 0));
    assertThat(d.status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED);
    assertThat(d.supplementRounds()).isEqualTo(1);
    d = act(d, "paid", desk, at(5, 12, 9, 0));
    d = act(d, "submit", office, at(5, 13, 9, 0));
    Instant dueBefore = d.dueAt().orElseThrow();
    clock.set(at(5, 14, 9, 0));
    d =
        engine
            .perform(
                PerformCommand.builder(d.id(), "extend", officer("q-hc", "leader"), d.version())
                    .extension(TimeLimit.workingDays(3))
                    .comment("letter of apology")
                    .build())
            .dossier();
    assertThat(d.dueAt())
        .contains(
            engine
                .calendar()
                .addWorkingTime(dueBefore, engine.calendar().standardDay().multipliedBy(3)));
    d = act(d, "approve", officer("q-hc", "leader"), at(5, 15, 9, 0));
    d = act(d, "registered", office, at(5, 18, 9, 0));
    d = act(d, "hand", desk, at(5, 18, 14, 0));
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.timeliness()).isPresent();
    assertThat(engine.history(d.id()))
        .filteredOn(e -> e.type() == EventType.EXTENDED)
        .singleElement()
        .satisfies(e -> assertThat(e.previousDue()).contains(dueBefore));
  }

  @Test
  void aLargeHouseIsConsultedInParallelAndALateOneExtendedOnceWithAnApology() {
    clock.set(at(4, 6, 8, 0));
    Dossier d =
        engine
            .submit(
                SubmitCommand.builder(CitySimulation.PERMIT, "a-00000002")
                    .receivedBy(officer("q-st", "one-stop-officer"))
                    .bind("ward", "st-mt")
                    .bind("culture", "q-st-vhtt")
                    .attribute("floors", 4)
                    .attribute("floorArea", 320)
                    .build())
            .dossier();
    assertThat(d.receivingAgencyId()).isEqualTo("q-st");
    d = act(d, "forward", officer("q-st", "one-stop-officer"), at(4, 6, 9, 0));
    d = act(d, "consult", officer("q-st", "specialist"), at(4, 7, 9, 0));
    assertThat(d.activeSteps())
        .extracting(s -> s.agencyId())
        .containsExactlyInAnyOrder("st-mt", "q-st-vhtt");
    d = act(d, "site-answer", officer("st-mt", "specialist"), at(4, 9, 9, 0));
    // the culture office answers three weeks late
    d = act(d, "heritage-answer", officer("q-st-vhtt", "specialist"), at(5, 5, 9, 0));
    d = act(d, "propose", officer("q-st", "specialist"), at(5, 6, 9, 0));
    assertThat(engine.remaining(d.id()).isOverdue()).isTrue();
    Instant late = at(5, 7, 9, 0);
    clock.set(late);
    d =
        engine
            .perform(
                PerformCommand.builder(d.id(), "extend", officer("q-st", "leader"), d.version())
                    .extension(TimeLimit.workingDays(8))
                    .comment("letter of apology")
                    .build())
            .dossier();
    assertThat(d.extensions()).isEqualTo(1);
    assertThat(engine.remaining(d.id()).isOverdue()).isFalse();
    assertThat(engine.procedureOf(d).actionsFrom("sign"))
        .anyMatch(a -> a.id().equals("extend") && a.maxRounds().getAsInt() == 1);
    d = act(d, "approve", officer("q-st", "leader"), at(5, 8, 9, 0));
    d = act(d, "hand", officer("q-st", "one-stop-officer"), at(5, 8, 14, 0));
    // due 17:00 on Saturday 26 April 2025 (a working day, given in exchange for Friday 2 May),
    // extended by 8 working days over 30 April, 1 and 2 May to 17:00 on 12 May
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.timeliness()).contains(Timeliness.EARLY);
    assertThat(engine.history(d.id()))
        .filteredOn(e -> e.type() == EventType.EXTENDED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.previousDue()).contains(at(4, 25, 17, 0));
              assertThat(e.newDue()).contains(at(5, 11, 17, 0));
            });
  }
}
