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

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.agency.Reorganisation;
import io.github.motcua.dossier.CompetenceChange;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DuplicateDossierException;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.testing.SettableClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Agencies that change over time: a dossier competent at another agency than the one that received
 * it, a reorganisation moving the dossiers in flight, and statistics of each period.
 */
class ReorganisationTest {
  /** Two wards merge into a new one on 1 April 2026. */
  private static final Instant MERGER = at(4, 1, 0, 0);

  private static final String OTHER_WARD = "tp2";
  private static final String NEW_WARD = "tp-new";

  private static final Reorganisation R =
      new Reorganisation(
          "nq-test/2026",
          Reorganisation.Kind.MERGE,
          MERGER,
          List.of(WARD, OTHER_WARD),
          List.of(NEW_WARD),
          "Nghị quyết thử nghiệm, Điều 1");

  private static AgencyDirectory directory2026() {
    AgencyDirectory.Builder b = AgencyDirectory.builder();
    directory().agencies().forEach(b::add);
    return b.add(Agency.under(DISTRICT, OTHER_WARD, "Thuận Phước 2", "ward"))
        .add(Agency.under(DISTRICT, NEW_WARD, "Phường mới", "ward"), MERGER)
        .add(Agency.under(DISTRICT, "tp3", "Thuận Phước 3", "ward"))
        .reorganise(R)
        .build();
  }

  /** The land procedure handled by the ward: the desk receives, the ward is competent. */
  private static Procedure wardCompetent() {
    return land().toBuilder().competentAgencyRole("ward").build();
  }

  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(wardCompetent()))
          .agencies(directory2026())
          .clock(clock)
          .build();

  private Dossier act(Dossier d, String action, Actor actor) {
    return engine
        .perform(PerformCommand.builder(d.id(), action, actor, d.version()).build())
        .dossier();
  }

  /** A dossier waiting at the ward's and the tax office's checks. */
  private Dossier atConsultation(String applicant) {
    Dossier d = engine.submit(landSubmission(applicant).build()).dossier();
    d = act(d, "forward", OFFICER);
    return act(d, "consult", SPECIALIST);
  }

  @Test
  void theReceivingAndTheCompetentAgencyAreBothRecorded() {
    Dossier d = engine.submit(landSubmission("app-1").build()).dossier();
    assertThat(d.receivingAgencyId()).isEqualTo(DESK);
    assertThat(d.competentAgencyId()).isEqualTo(WARD);
    Dossier byDefault =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(land()))
            .agencies(directory())
            .clock(clock)
            .build()
            .submit(landSubmission("app-2").build())
            .dossier();
    assertThat(byDefault.competentAgencyId()).isEqualTo(byDefault.receivingAgencyId());
  }

  @Test
  void statisticsCountByTheReceivingOrByTheCompetentAgency() {
    engine.submit(landSubmission("app-3").build());
    Instant from = at(3, 1, 0, 0);
    Instant to = at(3, 31, 0, 0);
    assertThat(
            engine
                .statistics(new StatisticsScope(Optional.of(DESK), Optional.empty(), from, to))
                .received())
        .isEqualTo(1);
    assertThat(
            engine
                .statistics(StatisticsScope.competentAgency(WARD, Optional.empty(), from, to))
                .received())
        .isEqualTo(1);
    assertThat(
            engine
                .statistics(StatisticsScope.competentAgency(DESK, Optional.empty(), from, to))
                .received())
        .isZero();
  }

  @Test
  void thePortalsCodeIsKeptUniqueAndSearchable() {
    Dossier d =
        engine.submit(landSubmission("app-4").externalRef("G22.99-260302-0001").build()).dossier();
    assertThat(d.externalRef()).contains("G22.99-260302-0001");
    assertThat(engine.findByExternalRef("G22.99-260302-0001")).contains(d);
    assertThat(engine.findByExternalRef("G22.99-260302-0002")).isEmpty();
    assertThatThrownBy(
            () -> engine.submit(landSubmission("app-5").externalRef("G22.99-260302-0001").build()))
        .isInstanceOf(DuplicateDossierException.class)
        .hasMessageContaining("external reference");
    assertThat(engine.findByApplicant("app-5", 10)).isEmpty();
  }

  @Test
  void aReorganisationMovesTheDossiersInFlightOnceWithTheirClocksUnchanged() {
    Dossier d = atConsultation("app-6");
    Dossier untouched =
        engine.submit(landSubmission("app-7").bind("ward", "tp3").build()).dossier();
    StepInstance wardCheck =
        d.activeSteps().stream().filter(s -> s.agencyId().equals(WARD)).findFirst().orElseThrow();

    clock.set(at(4, 1, 7, 0));
    ReorganisationReport report = engine.reorganise(R.id(), Actor.of("u-admin", "dn", "admin"));
    assertThat(report.moved()).isEqualTo(1);

    Dossier moved = engine.get(d.id());
    assertThat(moved.version()).isEqualTo(d.version() + 1);
    assertThat(moved.bindings()).containsEntry("ward", NEW_WARD);
    assertThat(moved.competentAgencyId()).isEqualTo(NEW_WARD);
    assertThat(moved.receivingAgencyId()).isEqualTo(DESK);
    assertThat(moved.competenceChanges())
        .containsExactly(new CompetenceChange(MERGER, WARD, NEW_WARD, R.id()));
    StepInstance movedCheck = moved.activeStep(wardCheck.id()).orElseThrow();
    assertThat(movedCheck.agencyId()).isEqualTo(NEW_WARD);
    assertThat(movedCheck.dueAt()).isEqualTo(wardCheck.dueAt());
    assertThat(movedCheck.clock()).isEqualTo(wardCheck.clock());
    assertThat(moved.dueAt()).isEqualTo(d.dueAt());
    DossierEvent ev = engine.history(d.id()).get((int) moved.version() - 1);
    assertThat(ev.type()).isEqualTo(EventType.AGENCY_CHANGED);
    assertThat(ev.details())
        .containsEntry(DossierEvent.DETAIL_REORGANISATION, R.id())
        .containsEntry(DossierEvent.DETAIL_LEGAL_BASIS, "Nghị quyết thử nghiệm, Điều 1")
        .containsEntry(DossierEvent.DETAIL_AGENCY_MOVES, WARD + "→" + NEW_WARD);
    assertThat(engine.get(untouched.id()).version()).isEqualTo(untouched.version());

    // the worklists follow, and the successor's officers act where the old ward's no longer may
    assertThat(engine.worklist(NEW_WARD, "specialist", 10).items()).hasSize(1);
    assertThat(engine.worklist(WARD, "specialist", 10).items()).isEmpty();
    assertThatThrownBy(() -> act(moved, "ward-ok", WARD_SPECIALIST))
        .isInstanceOf(ActionNotAllowedException.class);
    Dossier done = act(moved, "ward-ok", Actor.of("u-new", NEW_WARD, "specialist"));
    assertThat(done.version()).isGreaterThan(moved.version());

    // a second run changes nothing
    ReorganisationReport again = engine.reorganise(R.id(), Actor.of("u-admin", "dn", "admin"));
    assertThat(again.moved()).isZero();
    assertThat(engine.get(d.id())).isEqualTo(done);
  }

  @Test
  void statisticsOfAPeriodBeforeTheChangeStillShowTheOldAgency() {
    atConsultation("app-8");
    clock.set(at(4, 2, 8, 0));
    engine.reorganise(R.id(), Actor.of("u-admin", "dn", "admin"));
    Instant march = at(3, 1, 0, 0);
    Instant april = at(4, 1, 0, 0);
    Instant may = at(5, 1, 0, 0);
    assertThat(
            engine
                .statistics(StatisticsScope.competentAgency(WARD, Optional.empty(), march, april))
                .received())
        .isEqualTo(1);
    assertThat(
            engine
                .statistics(
                    StatisticsScope.competentAgency(NEW_WARD, Optional.empty(), march, april))
                .received())
        .isZero();
    assertThat(
            engine
                .statistics(StatisticsScope.competentAgency(NEW_WARD, Optional.empty(), april, may))
                .carriedOver())
        .isEqualTo(1);
  }

  @Test
  void aCeasedAgencyCannotReceiveNewDossiersAndTheRefusalNamesItsSuccessor() {
    clock.set(at(4, 3, 9, 0));
    assertThatThrownBy(() -> engine.submit(landSubmission("app-9").build()))
        .isInstanceOf(AgencyBindingException.class)
        .hasMessageContaining("ceased in reorganisation 'nq-test/2026'")
        .hasMessageContaining("bind its successor 'tp-new'");
    Dossier d = engine.submit(landSubmission("app-9").bind("ward", NEW_WARD).build()).dossier();
    assertThat(d.competentAgencyId()).isEqualTo(NEW_WARD);
    // and a new agency cannot be bound before it begins
    clock.set(at(3, 3, 9, 0));
    assertThatThrownBy(() -> engine.submit(landSubmission("app-10").bind("ward", NEW_WARD).build()))
        .isInstanceOf(AgencyBindingException.class)
        .hasMessageContaining("begins later");
  }

  @Test
  void theDirectoryKnowsEachAgencysPeriodAndItsSuccessor() {
    AgencyDirectory dir = directory2026();
    assertThat(dir.validUntil(WARD)).contains(MERGER);
    assertThat(dir.validFrom(NEW_WARD)).contains(MERGER);
    assertThat(dir.isValidAt(WARD, MERGER.minusSeconds(1))).isTrue();
    assertThat(dir.isValidAt(WARD, MERGER)).isFalse();
    assertThat(dir.successorAt(OTHER_WARD, MERGER)).isEqualTo(NEW_WARD);
    assertThat(dir.successorAt(OTHER_WARD, MERGER.minusSeconds(1))).isEqualTo(OTHER_WARD);
    assertThatThrownBy(
            () ->
                new Reorganisation(
                    "x", Reorganisation.Kind.SPLIT, MERGER, List.of(WARD), List.of(NEW_WARD), "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two or more successors");
  }
}
