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
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.engine.AssignmentNotAllowedException.Reason;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.spi.DossierFilter;
import io.github.motcua.spi.DossierPage;
import io.github.motcua.spi.DossierQuery;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.testing.SettableClock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Claims, releases, reassignments, transfers and returns to the pool; worklist and search. */
class AssignmentTest {
  private static final Actor DIRECTOR = Actor.of("u-dir", DISTRICT, "director");

  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final InMemoryDossierStore store = new InMemoryDossierStore();
  private final List<List<DossierEvent>> published = new CopyOnWriteArrayList<>();
  private final DossierEngine engine =
      DossierEngine.builder()
          .store(store)
          .catalog(ProcedureCatalog.of(land(), permit()))
          .agencies(directory())
          .clock(clock)
          .assignmentManagers("leader", "director")
          .listener((d, evs) -> published.add(evs))
          .build();

  private Dossier atAppraise() {
    Dossier d = engine.submit(landSubmission("app-" + System.nanoTime()).build()).dossier();
    return engine
        .perform(PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build())
        .dossier();
  }

  private static String appraise(Dossier d) {
    return d.activeSteps().get(0).id();
  }

  private Dossier claimed(Dossier d, Actor who) {
    return engine
        .assign(AssignmentCommand.claim(d.id(), appraise(d), who, d.version()).build())
        .dossier();
  }

  private Optional<String> assignee(Dossier d) {
    return engine.get(d.id()).activeSteps().get(0).assignee();
  }

  private DossierEvent lastEvent(Dossier d) {
    List<DossierEvent> h = engine.history(d.id());
    return h.get(h.size() - 1);
  }

  /** Asserts the call is refused with the reason and changed nothing. */
  private void refused(Dossier d, ThrowingCallable call, Reason reason) {
    refused(d, call, AssignmentNotAllowedException.class);
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AssignmentNotAllowedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private void refused(Dossier d, ThrowingCallable call, Class<? extends Throwable> type) {
    Dossier before = engine.get(d.id());
    int events = engine.history(d.id()).size();
    int publishedBefore = published.size();
    assertThatThrownBy(call).isInstanceOf(type);
    assertThat(engine.get(d.id())).isEqualTo(before);
    assertThat(engine.history(d.id())).hasSize(events);
    assertThat(published).hasSize(publishedBefore);
  }

  private List<String> worklistOf(Actor a) {
    return engine
        .worklist(
            StepQuery.builder(100)
                .agency(a.agencyId())
                .staffRole("specialist")
                .forUser(a.userId())
                .build())
        .items()
        .stream()
        .map(it -> it.dossier().id())
        .toList();
  }

  @Test
  void claimAssignsTheStepRecordsAnEventAndTheWorklistsShowItAtOnce() {
    Dossier d = atAppraise();
    assertThat(worklistOf(SPECIALIST_2)).contains(d.id());

    PerformResult r =
        engine.assign(
            AssignmentCommand.claim(d.id(), appraise(d), SPECIALIST, d.version()).build());

    assertThat(r.replayed()).isFalse();
    assertThat(r.dossier().version()).isEqualTo(d.version() + 1);
    assertThat(assignee(d)).contains(SPECIALIST.userId());
    DossierEvent e = lastEvent(d);
    assertThat(e.type()).isEqualTo(EventType.STEP_CLAIMED);
    assertThat(e.stepInstanceId()).contains(appraise(d));
    assertThat(e.userId()).contains(SPECIALIST.userId());
    assertThat(e.detail(DossierEvent.DETAIL_ASSIGNEE)).contains(SPECIALIST.userId());
    assertThat(e.detail(DossierEvent.DETAIL_PREVIOUS_ASSIGNEE)).isEmpty();
    assertThat(published.get(published.size() - 1)).containsExactly(e);
    assertThat(worklistOf(SPECIALIST)).contains(d.id());
    assertThat(worklistOf(SPECIALIST_2)).doesNotContain(d.id());
    // the clocks and the routing are untouched
    StepInstance before = d.activeSteps().get(0);
    StepInstance after = r.dossier().activeSteps().get(0);
    assertThat(after.dueAt()).isEqualTo(before.dueAt());
    assertThat(r.dossier().dueAt()).isEqualTo(d.dueAt());
    assertThat(r.dossier().status()).isEqualTo(d.status());
  }

  @Test
  void claimOfAnAssignedStepIsRefused() {
    Dossier d = claimed(atAppraise(), SPECIALIST);
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.claim(d.id(), appraise(d), SPECIALIST_2, d.version()).build()),
        Reason.ALREADY_ASSIGNED);
  }

  @Test
  void claimWithoutAStepRoleIsRefusedEvenForAManager() {
    Dossier d = atAppraise();
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.claim(d.id(), appraise(d), DIRECTOR, d.version()).build()),
        Reason.ROLE_NOT_HELD);
  }

  @Test
  void strangerIsRefusedBeforeTheVersionAndTheVersionBeforeTheRule() {
    Dossier d = claimed(atAppraise(), SPECIALIST);
    // another agency, with a stale version: the stranger learns nothing, not even the version
    refused(
        d,
        () -> engine.assign(AssignmentCommand.claim(d.id(), "s2", TAX_SPECIALIST, 1).build()),
        ActionNotAllowedException.class);
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.claim(d.id(), "s2", Actor.of("u-x", DISTRICT, "clerk"), 1)
                    .build()),
        ActionNotAllowedException.class);
    // involved, stale and breaking the rule: the version is refused first
    refused(
        d,
        () -> engine.assign(AssignmentCommand.claim(d.id(), appraise(d), SPECIALIST_2, 1).build()),
        StaleDossierVersionException.class);
  }

  @Test
  void inactiveStepInstanceIsRefused() {
    Dossier d = atAppraise();
    refused(
        d,
        () -> engine.assign(AssignmentCommand.claim(d.id(), "s1", SPECIALIST, d.version()).build()),
        Reason.STEP_NOT_ACTIVE);
  }

  @Test
  void releaseGivesTheOwnStepBackToThePoolAndOnlyTheAssigneeMayRelease() {
    Dossier d = claimed(atAppraise(), SPECIALIST);
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.release(d.id(), appraise(d), SPECIALIST_2, d.version()).build()),
        Reason.NOT_ASSIGNED_TO_ACTOR);

    engine.assign(
        AssignmentCommand.release(d.id(), appraise(d), SPECIALIST, d.version())
            .comment("on leave")
            .build());

    assertThat(assignee(d)).isEmpty();
    DossierEvent e = lastEvent(d);
    assertThat(e.type()).isEqualTo(EventType.STEP_RELEASED);
    assertThat(e.detail(DossierEvent.DETAIL_PREVIOUS_ASSIGNEE)).contains(SPECIALIST.userId());
    assertThat(e.detail(DossierEvent.DETAIL_ASSIGNEE)).isEmpty();
    assertThat(e.comment()).contains("on leave");
    assertThat(worklistOf(SPECIALIST_2)).contains(d.id());
  }

  @Test
  void leaderReassignsToAColleagueOfTheStepsAgencyAndRole() {
    Dossier d = claimed(atAppraise(), SPECIALIST);
    long v = d.version();
    String s = appraise(d);
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.reassign(d.id(), s, SPECIALIST, v, SPECIALIST_2).build()),
        Reason.NOT_A_MANAGER);
    refused(
        d,
        () ->
            engine.assign(AssignmentCommand.reassign(d.id(), s, LEADER, v, TAX_SPECIALIST).build()),
        Reason.TARGET_NOT_ELIGIBLE);
    refused(
        d,
        () -> engine.assign(AssignmentCommand.reassign(d.id(), s, LEADER, v, DIRECTOR).build()),
        Reason.TARGET_NOT_ELIGIBLE);
    refused(
        d,
        () -> engine.assign(AssignmentCommand.reassign(d.id(), s, LEADER, v, SPECIALIST).build()),
        Reason.ALREADY_ASSIGNED);

    engine.assign(AssignmentCommand.reassign(d.id(), s, LEADER, v, SPECIALIST_2).build());

    assertThat(assignee(d)).contains(SPECIALIST_2.userId());
    DossierEvent e = lastEvent(d);
    assertThat(e.type()).isEqualTo(EventType.STEP_REASSIGNED);
    assertThat(e.userId()).contains(LEADER.userId());
    assertThat(e.detail(DossierEvent.DETAIL_PREVIOUS_ASSIGNEE)).contains(SPECIALIST.userId());
    assertThat(e.detail(DossierEvent.DETAIL_ASSIGNEE)).contains(SPECIALIST_2.userId());
  }

  @Test
  void officerTransfersHisOwnStepToAnotherOfficerOfTheSameRole() {
    Dossier d = claimed(atAppraise(), SPECIALIST);
    long v = d.version();
    String s = appraise(d);
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.transfer(d.id(), s, SPECIALIST_2, v, SPECIALIST_2).build()),
        Reason.NOT_ASSIGNED_TO_ACTOR);
    refused(
        d,
        () -> engine.assign(AssignmentCommand.transfer(d.id(), s, SPECIALIST, v, LEADER).build()),
        Reason.TARGET_NOT_ELIGIBLE);
    refused(
        d,
        () ->
            engine.assign(AssignmentCommand.transfer(d.id(), s, SPECIALIST, v, SPECIALIST).build()),
        Reason.TARGET_NOT_ELIGIBLE);

    engine.assign(AssignmentCommand.transfer(d.id(), s, SPECIALIST, v, SPECIALIST_2).build());

    assertThat(assignee(d)).contains(SPECIALIST_2.userId());
    DossierEvent e = lastEvent(d);
    assertThat(e.type()).isEqualTo(EventType.STEP_TRANSFERRED);
    assertThat(e.detail(DossierEvent.DETAIL_PREVIOUS_ASSIGNEE)).contains(SPECIALIST.userId());
    assertThat(e.detail(DossierEvent.DETAIL_ASSIGNEE)).contains(SPECIALIST_2.userId());
  }

  @Test
  void repeatedKeyReturnsTheFirstResultAndAnotherCommandWithItIsAConflict() {
    Dossier d = atAppraise();
    AssignmentCommand cmd =
        AssignmentCommand.claim(d.id(), appraise(d), SPECIALIST, d.version())
            .idempotencyKey("k-claim")
            .build();
    PerformResult first = engine.assign(cmd);
    PerformResult again = engine.assign(cmd);

    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(engine.history(d.id())).hasSize((int) first.dossier().version());
    assertThat(lastEvent(d).detail(DossierEvent.DETAIL_IDEMPOTENCY_KEY)).contains("k-claim");
    refused(
        d,
        () ->
            engine.assign(
                AssignmentCommand.claim(d.id(), appraise(d), SPECIALIST_2, d.version())
                    .idempotencyKey("k-claim")
                    .build()),
        IdempotencyKeyConflictException.class);
  }

  @Test
  void assignmentEndsTheUndoOfThePreviousAction() {
    Dossier d = atAppraise();
    assertThat(d.undo()).isPresent();
    Dossier c = claimed(d, SPECIALIST);
    assertThat(c.undo()).isEmpty();
    assertThatThrownBy(() -> engine.undo(d.id(), OFFICER, c.version()))
        .isInstanceOf(UndoNotAllowedException.class);
  }

  @Test
  void leaderReturnsAnOfficersStepsToThePoolOneChangePerDossier() {
    Dossier a = claimed(atAppraise(), SPECIALIST);
    Dossier b = claimed(atAppraise(), SPECIALIST);
    Dossier other = claimed(atAppraise(), SPECIALIST_2);
    Dossier pool = atAppraise();

    assertThatThrownBy(() -> engine.returnToPool(SPECIALIST_2, SPECIALIST.userId()))
        .isInstanceOfSatisfying(
            AssignmentNotAllowedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_MANAGER));
    // a leader of another agency returns nothing of this one
    assertThat(
            engine.returnToPool(Actor.of("u-t", TAX, "leader"), SPECIALIST.userId()).dossierIds())
        .isEmpty();
    assertThat(assignee(a)).contains(SPECIALIST.userId());

    PoolReturn r = engine.returnToPool(LEADER, SPECIALIST.userId());

    assertThat(r.stepsReturned()).isEqualTo(2);
    assertThat(r.dossierIds()).containsExactlyInAnyOrder(a.id(), b.id());
    assertThat(r.skippedDossierIds()).isEmpty();
    assertThat(assignee(a)).isEmpty();
    assertThat(assignee(b)).isEmpty();
    assertThat(assignee(other)).contains(SPECIALIST_2.userId());
    assertThat(engine.get(pool.id()).version()).isEqualTo(pool.version());
    DossierEvent e = lastEvent(a);
    assertThat(e.type()).isEqualTo(EventType.STEP_RETURNED_TO_POOL);
    assertThat(e.userId()).contains(LEADER.userId());
    assertThat(e.detail(DossierEvent.DETAIL_PREVIOUS_ASSIGNEE)).contains(SPECIALIST.userId());
    assertThat(engine.get(a.id()).version()).isEqualTo(a.version() + 1);
    // again: nothing left to return
    assertThat(engine.returnToPool(LEADER, SPECIALIST.userId()).stepsReturned()).isZero();
  }

  @Test
  void worklistAndSearchFilterByTheDossiersFields() {
    Dossier a = claimed(atAppraise(), SPECIALIST);
    Dossier b = atAppraise();
    Dossier received = engine.submit(landSubmission("app-r").build()).dossier();

    List<String> mine =
        engine
            .worklist(
                StepQuery.builder(10)
                    .agency(DISTRICT)
                    .assignee(SPECIALIST.userId())
                    .filter(DossierFilter.builder().procedure(LAND).build())
                    .build())
            .items()
            .stream()
            .map(it -> it.dossier().id())
            .toList();
    assertThat(mine).containsExactly(a.id());

    DossierPage processing =
        engine.search(
            DossierQuery.builder(10)
                .filter(DossierFilter.builder().status(DossierStatus.PROCESSING).build())
                .build());
    assertThat(processing.items())
        .extracting(Dossier::id)
        .containsExactlyInAnyOrder(a.id(), b.id());
    DossierPage byNumber =
        engine.search(
            DossierQuery.builder(10)
                .filter(
                    DossierFilter.builder().numberPrefix(received.number()).portalCode(2).build())
                .build());
    assertThat(byNumber.items()).extracting(Dossier::id).containsExactly(received.id());
    assertThat(
            engine.search(DossierQuery.builder(10).assignee(SPECIALIST.userId()).build()).items())
        .extracting(Dossier::id)
        .containsExactly(a.id());
  }
}
