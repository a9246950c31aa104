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

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.testing.SettableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The applicant's withdrawal (rút hồ sơ) and the agency's stop (dừng xử lý). */
class WithdrawAndStopTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land()))
          .agencies(directory())
          .clock(clock)
          .build();

  private Dossier atAppraise(String applicant) {
    Dossier d = engine.submit(landSubmission(applicant).build()).dossier();
    return engine
        .perform(PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build())
        .dossier();
  }

  @Test
  void theApplicantWithdrawsAndTheDossierEndsWithStatusSeven() {
    Dossier d = atAppraise("app-1");
    PerformResult r = engine.withdraw(d.id(), OFFICER, d.version(), "the applicant's letter");
    Dossier w = r.dossier();
    assertThat(w.outcome()).contains(Outcome.WITHDRAWN);
    assertThat(w.status()).isEqualTo(DossierStatus.WITHDRAWN);
    assertThat(w.status().portalCode()).isEqualTo(7);
    assertThat(w.activeSteps()).isEmpty();
    assertThat(w.clock().isRunning()).isFalse();
    assertThat(w.nextTimerAt()).isEmpty();
    DossierEvent done = r.events().get(r.events().size() - 1);
    assertThat(done.type()).isEqualTo(EventType.COMPLETED);
    assertThat(done.details()).containsEntry(DossierEvent.DETAIL_OUTCOME, "WITHDRAWN");
    assertThat(r.events()).extracting(DossierEvent::type).contains(EventType.STEP_CANCELLED);
    assertThat(
            engine
                .statistics(
                    new StatisticsScope(
                        Optional.of(DESK), Optional.empty(), at(3, 1, 0, 0), at(4, 1, 0, 0)))
                .byPortalCode())
        .containsEntry(7, 1L);
    assertThatThrownBy(() -> engine.withdraw(d.id(), OFFICER, w.version(), "again"))
        .isInstanceOf(ActionNotAvailableException.class)
        .hasMessageContaining("already ended");
  }

  @Test
  void onlyALeaderOfTheCompetentAgencyStopsWithANotice() {
    Dossier d = atAppraise("app-2");
    // the desk received it and is competent (the default); the district leader is not
    assertThatThrownBy(() -> engine.stop(d.id(), LEADER, d.version(), "why", "TB-05/2026"))
        .isInstanceOf(ActionNotAllowedException.class)
        .hasMessageContaining("competent agency 'hc-desk'");
    io.github.motcua.agency.Actor deskLeader =
        io.github.motcua.agency.Actor.of("u-dl", DESK, "leader");
    assertThatThrownBy(() -> engine.stop(d.id(), deskLeader, d.version(), "why", " "))
        .isInstanceOf(ReasonRequiredException.class)
        .hasMessageContaining("notice");
    assertThatThrownBy(() -> engine.stop(d.id(), deskLeader, d.version() - 1, "why", "TB-05"))
        .isInstanceOf(StaleDossierVersionException.class);
    assertThatThrownBy(() -> engine.stop(d.id(), TAX_SPECIALIST, d.version(), "why", "TB-05"))
        .isInstanceOfSatisfying(
            ActionNotAllowedException.class, e -> assertThat(e.requiredAgencyId()).isEmpty());
    assertThat(engine.get(d.id())).isEqualTo(d);

    PerformResult r =
        engine.stop(d.id(), deskLeader, d.version(), "land in dispute", "TB-05/2026-0012");
    assertThat(r.dossier().status().portalCode()).isEqualTo(8);
    List<DossierEvent> evs = r.events();
    assertThat(evs.get(evs.size() - 1).details())
        .containsEntry(DossierEvent.DETAIL_OUTCOME, "STOPPED")
        .containsEntry(DossierEvent.DETAIL_NOTICE, "TB-05/2026-0012");
  }
}
