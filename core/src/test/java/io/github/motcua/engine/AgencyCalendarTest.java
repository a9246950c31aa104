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
package io.github.motcua.engine;

import static io.github.motcua.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.calendar.WorkingCalendar;
import io.github.motcua.calendar.WorkingPeriod;
import io.github.motcua.deadline.Explanation;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each agency counts on its own calendar: steps on their agency's, the dossier on its own. */
class AgencyCalendarTest {
  /** The one-stop desk works Saturday mornings. */
  private static final WorkingCalendar DESK_SATURDAY =
      WorkingCalendar.vietnam()
          .variant("hc-desk-saturday")
          .workingDay(DayOfWeek.SATURDAY, WorkingPeriod.parse("07:30-11:30"))
          .build();

  /** The district closes on a local festival on Monday 9 March 2026. */
  private static final WorkingCalendar DISTRICT_FESTIVAL =
      WorkingCalendar.vietnam()
          .variant("hc-festival")
          .dayOff(LocalDate.of(2026, 3, 9), "local festival")
          .build();

  private static AgencyDirectory withCalendars() {
    AgencyDirectory.Builder b = AgencyDirectory.builder();
    directory().agencies().forEach(b::add);
    return b.calendar(DESK, DESK_SATURDAY).calendar(DISTRICT, DISTRICT_FESTIVAL).build();
  }

  private final SettableClock clock = SettableClock.at(at(3, 6, 14, 0)); // Friday 14:00
  private final DossierEngine national =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land()))
          .agencies(directory())
          .clock(clock)
          .build();
  private final DossierEngine local =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land()))
          .agencies(withCalendars())
          .clock(clock)
          .build();

  @Test
  void anAgencysCalendarIsItsOwnOrItsNearestAncestors() {
    AgencyDirectory dir = withCalendars();
    assertThat(dir.calendarOf(DESK)).contains(DESK_SATURDAY);
    assertThat(dir.calendarOf(WARD)).contains(DISTRICT_FESTIVAL); // the ward is under the district
    assertThat(dir.calendarOf("dn")).isEmpty();
    assertThatThrownBy(
            () ->
                AgencyDirectory.builder()
                    .add(Agency.root("dn", "Đà Nẵng", "province"))
                    .calendar("nowhere", DESK_SATURDAY)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'nowhere'");
  }

  @Test
  void theReceiveStepCountsOnTheDesksCalendarAndTheAppraisalOnTheDistricts() {
    Dossier n = national.submit(landSubmission("app-n").build()).dossier();
    Dossier l = local.submit(landSubmission("app-l").build()).dossier();
    // half a day (4 hours) from Friday 14:00: Monday 08:30 nationally, Saturday 08:30 at the desk
    assertThat(n.activeSteps().get(0).dueAt()).contains(at(3, 9, 8, 30));
    assertThat(l.activeSteps().get(0).dueAt()).contains(at(3, 7, 8, 30));

    clock.set(at(3, 6, 15, 0));
    Dossier l2 =
        local
            .perform(PerformCommand.builder(l.id(), "forward", OFFICER, l.version()).build())
            .dossier();
    Dossier n2 =
        national
            .perform(PerformCommand.builder(n.id(), "forward", OFFICER, n.version()).build())
            .dossier();
    StepInstance appraiseLocal = l2.activeSteps().get(0);
    StepInstance appraiseNational = n2.activeSteps().get(0);
    assertThat(appraiseLocal.agencyId()).isEqualTo(DISTRICT);
    // the district's festival on Monday 9 March pushes its three days one day later
    assertThat(appraiseLocal.dueAt().orElseThrow())
        .isEqualTo(appraiseNational.dueAt().orElseThrow().plus(java.time.Duration.ofDays(1)));
  }

  @Test
  void theDossierCountsOnItsAgencysCalendarAndTheExplanationSaysWhich() {
    Dossier n = national.submit(landSubmission("app-n2").build()).dossier();
    Dossier l = local.submit(landSubmission("app-l2").build()).dossier();
    // ten working days, the desk working two Saturday mornings more within them
    assertThat(l.dueAt().orElseThrow()).isBefore(n.dueAt().orElseThrow());

    Explanation x = local.explainDue(l.id());
    assertThat(x.items(Explanation.OnCalendar.class))
        .containsExactly(
            new Explanation.OnCalendar("hc-desk-saturday", java.util.Optional.of("vietnam")));
    assertThat(x.render(Locale.ENGLISH))
        .contains("Counted on the working calendar hc-desk-saturday (a variant of vietnam).");
    assertThat(x.render(Locale.forLanguageTag("vi")))
        .contains("Tính theo lịch làm việc hc-desk-saturday (biến thể của lịch vietnam).");
    assertThat(national.explainDue(n.id()).items(Explanation.OnCalendar.class)).isEmpty();
  }
}
