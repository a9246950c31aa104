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
import io.github.motcua.agency.UnknownAgencyException;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.DossierNotFoundException;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.IdempotencyKeyConflictException;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.ProcedureNotFoundException;
import io.github.motcua.spi.StatisticsScope;
import io.github.motcua.testing.SettableClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Refusals, idempotency, listeners, submissions, timers and statistics. */
class EngineRulesTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final InMemoryDossierStore store = new InMemoryDossierStore();
  private final List<List<DossierEvent>> published = new CopyOnWriteArrayList<>();
  private final DossierEngine engine =
      DossierEngine.builder()
          .store(store)
          .catalog(ProcedureCatalog.of(land(), permit()))
          .agencies(directory())
          .clock(clock)
          .listener((d, evs) -> published.add(evs))
          .build();

  private Dossier act(Dossier d, String action, Actor actor) {
    return engine
        .perform(PerformCommand.builder(d.id(), action, actor, d.version()).build())
        .dossier();
  }

  private Dossier atAppraise() {
    Dossier d = engine.submit(landSubmission("app-" + System.nanoTime()).build()).dossier();
    return act(d, "forward", OFFICER);
  }

  /** Asserts the call is refused with the type and that it changed nothing. */
  private void refusedUnchanged(Dossier d, ThrowingCallable call, Class<? extends Throwable> type) {
    int before = engine.history(d.id()).size();
    int publishedBefore = published.size();
    assertThatThrownBy(call).isInstanceOf(type);
    assertThat(engine.get(d.id())).isEqualTo(d);
    assertThat(engine.history(d.id())).hasSize(before);
    assertThat(published).hasSize(publishedBefore);
  }

  @Test
  void anActionNotAtTheCurrentStepIsRefusedNamingWhatIsAvailable() {
    Dossier d = atAppraise();
    refusedUnchanged(d, () -> act(d, "approve", LEADER), ActionNotAvailableException.class);
    assertThatThrownBy(() -> act(d, "approve", LEADER))
        .hasMessage(
            "action 'approve' is not available at step 'appraise'; available:"
                + " request-supplement, consult, fast-track, reject");
    assertThatThrownBy(() -> act(d, "no-such-action", LEADER))
        .isInstanceOf(ActionNotAvailableException.class);
  }

  @Test
  void anActorOfAnotherAgencyIsToldNothingOfTheDossier() {
    Dossier d = atAppraise();
    Actor wardSpecialist = Actor.of("u-w", WARD, "specialist");
    refusedUnchanged(d, () -> act(d, "consult", wardSpecialist), ActionNotAllowedException.class);
    assertThatThrownBy(() -> act(d, "consult", wardSpecialist))
        .isInstanceOfSatisfying(
            ActionNotAllowedException.class,
            e -> {
              assertThat(e.requiredAgencyId()).isEmpty();
              assertThat(e.allowedRoles()).isEmpty();
            })
        .hasMessage(
            "the actor acting for agency 'tp' may not act on dossier '"
                + d.id()
                + "': none of its current steps is in that agency for the actor's roles");
  }

  @Test
  void anActorOfTheStepsAgencyNeedsAnAllowedRole() {
    Dossier d = atAppraise();
    // the district leader may act on the dossier (reject at appraise allows leaders), not consult
    Actor leader = Actor.of("u-l", DISTRICT, "leader");
    refusedUnchanged(d, () -> act(d, "consult", leader), ActionNotAllowedException.class);
    assertThatThrownBy(() -> act(d, "consult", leader))
        .isInstanceOfSatisfying(
            ActionNotAllowedException.class,
            e -> {
              assertThat(e.requiredAgencyId()).isEqualTo(DISTRICT);
              assertThat(e.allowedRoles()).containsExactly("specialist");
            })
        .hasMessageContaining("only in agency 'hc' by a holder of specialist");
    assertThat(act(d, "consult", Actor.of("u-s", DISTRICT, "specialist")).activeSteps())
        .extracting(StepInstance::stepId)
        .doesNotContain("appraise");
  }

  @Test
  void everyRefusalIsACommandRefusalNamingTheDossierAndTheAction() {
    Dossier d = atAppraise();
    List<ThrowingCallable> refused =
        List.of(
            () -> act(d, "approve", LEADER),
            () -> act(d, "consult", Actor.of("u-w", WARD, "specialist")),
            () -> act(d, "fast-track", SPECIALIST),
            () -> act(d, "request-supplement", SPECIALIST));
    List<String> actions = List.of("approve", "consult", "fast-track", "request-supplement");
    for (int i = 0; i < refused.size(); i++) {
      String action = actions.get(i);
      assertThatThrownBy(refused.get(i))
          .isInstanceOfSatisfying(
              CommandRefusedException.class,
              e -> {
                assertThat(e.dossierId()).isEqualTo(d.id());
                assertThat(e.actionId()).isEqualTo(action);
              });
    }
    assertThat(engine.get(d.id())).isEqualTo(d);
  }

  @Test
  void checksRunInTheDocumentedOrder() {
    Dossier d = atAppraise();
    long stale = d.version() - 1;
    // a stranger is refused before anything else, stale version or not
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "approve", WARD_SPECIALIST, stale).build()))
        .isInstanceOfSatisfying(
            ActionNotAllowedException.class, e -> assertThat(e.requiredAgencyId()).isEmpty());
    // then the version: a stale client is told to reload, whatever it asked
    for (String action : List.of("approve", "fast-track", "request-supplement", "consult")) {
      assertThatThrownBy(
              () ->
                  engine.perform(PerformCommand.builder(d.id(), action, SPECIALIST, stale).build()))
          .isInstanceOfSatisfying(
              StaleDossierVersionException.class,
              e -> {
                assertThat(e.expectedVersion()).isEqualTo(stale);
                assertThat(e.actualVersion()).isEqualTo(d.version());
                assertThat(e.retryable()).isTrue();
              });
    }
    long v = d.version();
    // then the action at a current step
    assertThatThrownBy(
            () -> engine.perform(PerformCommand.builder(d.id(), "approve", SPECIALIST, v).build()))
        .isInstanceOf(ActionNotAvailableException.class);
    // then the guard (area 120 is not below 100)
    assertThatThrownBy(
            () ->
                engine.perform(PerformCommand.builder(d.id(), "fast-track", SPECIALIST, v).build()))
        .isInstanceOf(GuardNotSatisfiedException.class)
        .hasMessageContaining("'fast-track'");
    // then the reason
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "request-supplement", SPECIALIST, v).build()))
        .isInstanceOfSatisfying(
            ReasonRequiredException.class, e -> assertThat(e.retryable()).isFalse());
    assertThat(engine.get(d.id())).isEqualTo(d);
  }

  @Test
  void aGuardPassesWhenTheAttributesSatisfyIt() {
    Dossier d =
        engine.submit(landSubmission("app-small").attribute("area", "80.5").build()).dossier();
    assertThat(d.attributes()).containsEntry("area", new BigDecimal("80.5"));
    d = act(d, "forward", OFFICER);
    d = act(d, "fast-track", SPECIALIST);
    assertThat(d.activeSteps().get(0).stepId()).isEqualTo("approve");
  }

  @Test
  void aBoundedLoopIsRefusedOnceItsRoundsAreUsed() {
    Dossier d = atAppraise();
    d = act(d, "consult", SPECIALIST);
    d = act(d, "tax-ok", TAX_SPECIALIST);
    d = act(d, "ward-ok", WARD_SPECIALIST);
    d = act(d, "rework", LEADER);
    d = act(d, "consult", SPECIALIST);
    d = act(d, "tax-ok", TAX_SPECIALIST);
    d = act(d, "ward-ok", WARD_SPECIALIST);
    Dossier again = d;
    refusedUnchanged(d, () -> act(again, "rework", LEADER), RoundLimitExceededException.class);
    assertThatThrownBy(() -> act(again, "rework", LEADER))
        .hasMessageContaining("performed 1 time(s)")
        .hasMessageContaining("allows 1");
  }

  @Test
  void aRepeatedIdempotencyKeyReturnsTheFirstResultAndActsOnce() {
    Dossier d = atAppraise();
    PerformCommand cmd =
        PerformCommand.builder(d.id(), "consult", SPECIALIST, d.version())
            .idempotencyKey("k-1")
            .build();
    PerformResult first = engine.perform(cmd);
    int events = engine.history(d.id()).size();
    int publishedAfter = published.size();

    PerformResult again = engine.perform(cmd);

    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(engine.history(d.id())).hasSize(events);
    assertThat(published).hasSize(publishedAfter);
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(d.id(), "reject", SPECIALIST, first.version())
                        .idempotencyKey("k-1")
                        .comment("x")
                        .build()))
        .isInstanceOf(IdempotencyKeyConflictException.class);
  }

  @Test
  void aRepeatedSubmissionKeyReturnsTheFirstReceipt() {
    SubmitCommand cmd = landSubmission("app-idem").idempotencyKey("portal-42").build();
    Receipt first = engine.submit(cmd);
    Receipt again = engine.submit(cmd);
    assertThat(again.replayed()).isTrue();
    assertThat(again.dossierId()).isEqualTo(first.dossierId());
    assertThat(again.dueAt()).isEqualTo(first.dueAt());
    assertThat(engine.findByApplicant("app-idem", 10)).hasSize(1);
  }

  @Test
  void unknownDossierIsNotFound() {
    assertThatThrownBy(
            () -> engine.perform(PerformCommand.builder("nope", "forward", OFFICER, 1).build()))
        .isInstanceOf(DossierNotFoundException.class);
  }

  @Test
  void attributesAreCheckedAgainstTheDeclarations() {
    assertThatThrownBy(() -> engine.submit(landSubmission("a").attribute("colour", "red").build()))
        .isInstanceOfSatisfying(
            InvalidAttributeException.class, e -> assertThat(e.attribute()).isEqualTo("colour"))
        .hasMessageContaining("declared: area, urban, since");
    assertThatThrownBy(() -> engine.submit(landSubmission("a").attribute("area", "big").build()))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("'area'")
        .hasMessageContaining("must be a NUMBER");
    assertThatThrownBy(() -> engine.submit(landSubmission("a").attribute("urban", 1).build()))
        .hasMessageContaining("must be a BOOLEAN");
    assertThatThrownBy(
            () ->
                engine.submit(
                    SubmitCommand.builder(LAND, "a")
                        .receivedBy(OFFICER)
                        .bind("desk", DESK)
                        .bind("ward", WARD)
                        .bind("tax", TAX)
                        .build()))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("'area' (NUMBER) is required");
    Dossier d =
        engine
            .submit(
                landSubmission("a")
                    .attribute("since", "2020-05-01")
                    .attribute("urban", true)
                    .build())
            .dossier();
    assertThat(d.attributes())
        .containsEntry("since", LocalDate.of(2020, 5, 1))
        .containsEntry("urban", true)
        .containsEntry("area", new BigDecimal("120"));
    assertThat(engine.findByApplicant("a", 5)).containsExactly(d);
    assertThat(engine.findByNumber(d.number())).contains(d);
  }

  @Test
  void theDistrictIsDerivedAsTheAncestorOfTheWard() {
    Dossier d = engine.submit(landSubmission("app-derive").build()).dossier();
    assertThat(d.bindings()).containsEntry("district", DISTRICT).containsEntry("ward", WARD);
    assertThat(d.receivingAgencyId()).isEqualTo(DESK);

    assertThatThrownBy(
            () ->
                engine.submit(
                    SubmitCommand.builder(LAND, "x")
                        .receivedBy(OFFICER)
                        .attribute("area", 1)
                        .bind("desk", DESK)
                        .bind("tax", TAX)
                        .build()))
        .isInstanceOfSatisfying(
            AgencyBindingException.class, e -> assertThat(e.agencyRole()).isEqualTo("ward"))
        .hasMessageContaining("is not bound");
    assertThatThrownBy(() -> engine.submit(landSubmission("x").bind("ward", "atlantis").build()))
        .isInstanceOf(UnknownAgencyException.class);
    assertThatThrownBy(() -> engine.submit(landSubmission("x").bind("ward", "dn").build()))
        .isInstanceOf(AgencyBindingException.class)
        .hasMessageContaining("nearest 'district' above the agency of role 'ward'");
    assertThatThrownBy(() -> engine.submit(landSubmission("x").bind("moon", "dn").build()))
        .isInstanceOf(AgencyBindingException.class)
        .hasMessageContaining("agency role 'moon' is not declared");
  }

  @Test
  void aProcedureNotInForceOnTheReceivedDateIsRefused() {
    clock.set(at(3, 2, 9, 0).minusSeconds(86_400L * 365 * 7));
    assertThatThrownBy(() -> engine.submit(landSubmission("old").build()))
        .isInstanceOf(ProcedureNotFoundException.class);
  }

  @Test
  void listenersReceiveCommittedEventsAndAFailingOneBreaksNothing() {
    List<Long> seenVersions = new ArrayList<>();
    DossierEngine withListeners =
        DossierEngine.builder()
            .store(store)
            .catalog(ProcedureCatalog.of(land()))
            .agencies(directory())
            .clock(clock)
            .listener(
                (d, evs) -> {
                  throw new IllegalStateException("listener down");
                })
            .listener(
                (d, evs) -> {
                  // the change is committed before listeners hear of it
                  assertThat(store.load(d.id()).orElseThrow().version()).isEqualTo(d.version());
                  assertThat(evs.get(evs.size() - 1).sequence()).isEqualTo(d.version());
                  seenVersions.add(d.version());
                })
            .build();
    Dossier d = withListeners.submit(landSubmission("app-l").build()).dossier();
    d =
        withListeners
            .perform(PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build())
            .dossier();
    assertThat(seenVersions).containsExactly(2L, 4L);
    assertThat(d.version()).isEqualTo(4);
  }

  /**
   * A deadlock (or serialization failure) while one dossier's timers fire rolled back that
   * dossier's own unit of work only: the call counts it as a lost race and goes on with the others.
   * Inside a transaction the host opened, the same failure dooms the whole transaction, and the
   * call ends.
   */
  @Test
  void aDeadlockOnOneDossiersTimersIsALostRaceUnlessTheTransactionIsJoined() {
    Dossier a = atAppraise();
    Dossier b = atAppraise();
    java.util.concurrent.atomic.AtomicBoolean deadlock =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    io.github.motcua.spi.DossierStore failing =
        (io.github.motcua.spi.DossierStore)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {io.github.motcua.spi.DossierStore.class},
                (proxy, m, args) -> {
                  if (m.getName().equals("update")
                      && ((Dossier) args[0]).id().equals(a.id())
                      && deadlock.get()) {
                    throw new io.github.motcua.spi.DossierStoreException(
                        io.github.motcua.spi.DossierStoreException.Kind.DEADLOCK,
                        "deadlock detected (test)",
                        null);
                  }
                  try {
                    return m.invoke(store, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    DossierEngine node =
        DossierEngine.builder()
            .store(failing)
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock)
            .build();
    clock.set(at(3, 4, 13, 42)); // both appraise steps due soon
    TimerReport r = node.fireDueTimers(clock.instant());
    assertThat(r.lostRaces()).isEqualTo(1);
    assertThat(r.dossiersChanged()).isEqualTo(1);
    assertThat(engine.get(a.id())).isEqualTo(a);
    assertThat(engine.history(b.id()).stream().map(DossierEvent::type))
        .contains(EventType.DUE_SOON);

    clock.set(at(3, 4, 15, 0)); // the lease of the first claim has ended
    assertThatThrownBy(
            () -> failing.transactions().inTransaction(() -> node.fireDueTimers(clock.instant())))
        .isInstanceOf(io.github.motcua.spi.DossierStoreException.class)
        .hasMessageContaining("deadlock");
    assertThat(engine.get(a.id())).isEqualTo(a);

    deadlock.set(false);
    clock.set(at(3, 4, 16, 0)); // and the second's
    assertThat(node.fireDueTimers(clock.instant()).dossiersChanged()).isEqualTo(1);
    assertThat(engine.history(a.id()).stream().map(DossierEvent::type))
        .contains(EventType.DUE_SOON);
  }

  @Test
  void timersFireEachMarkOnceEvenFromTwoNodes() {
    Dossier d = atAppraise();
    DossierEngine otherNode =
        DossierEngine.builder()
            .store(store)
            .catalog(ProcedureCatalog.of(land(), permit()))
            .agencies(directory())
            .clock(clock)
            .build();
    // appraise (3 days, due Thursday 09:00) is due soon from 20% of 3 days before: Wednesday 13:42
    clock.set(at(3, 4, 13, 41));
    assertThat(engine.fireDueTimers(clock.instant()).events()).isZero();
    clock.set(at(3, 4, 13, 42));
    TimerReport a = engine.fireDueTimers(clock.instant());
    TimerReport b = otherNode.fireDueTimers(clock.instant());
    assertThat(a.dossiersChanged() + b.dossiersChanged()).isEqualTo(1);
    assertThat(engine.fireDueTimers(clock.instant()).events()).isZero();
    List<DossierEvent> soon =
        engine.history(d.id()).stream().filter(e -> e.type() == EventType.DUE_SOON).toList();
    assertThat(soon).hasSize(1);
    assertThat(soon.get(0).stepInstanceId()).contains("s2");
    assertThat(engine.dueSoon(Optional.of(DISTRICT), Optional.empty(), 10).items()).hasSize(1);

    clock.set(at(3, 5, 9, 30));
    otherNode.fireDueTimers(clock.instant());
    engine.fireDueTimers(clock.instant());
    assertThat(engine.history(d.id()).stream().filter(e -> e.type() == EventType.OVERDUE))
        .extracting(e -> e.stepInstanceId().orElse("dossier"))
        .containsExactly("s2");
    assertThat(engine.get(d.id()).version()).isEqualTo(engine.history(d.id()).size());
  }

  @Test
  void statisticsCountTheOneStopReport() {
    StatisticsScope march =
        new StatisticsScope(Optional.of(DESK), Optional.of(LAND), at(3, 1, 0, 0), at(4, 1, 0, 0));
    clock.set(at(2, 25, 9, 0));
    Dossier carried = engine.submit(landSubmission("c1").build()).dossier(); // due 11 March
    clock.set(at(3, 2, 9, 0));
    Dossier early = engine.submit(landSubmission("c2").build()).dossier();
    Dossier waiting = engine.submit(landSubmission("c3").build()).dossier();
    Dossier late = engine.submit(landSubmission("c4").build()).dossier();
    waiting = act(waiting, "forward", OFFICER);
    engine.perform(
        PerformCommand.builder(waiting.id(), "request-supplement", SPECIALIST, waiting.version())
            .comment("missing map")
            .build());
    early = act(early, "forward", OFFICER);
    engine.perform(
        PerformCommand.builder(early.id(), "reject", SPECIALIST, early.version())
            .comment("not eligible")
            .build());
    clock.set(at(3, 20, 9, 0));
    late = act(late, "forward", OFFICER);
    engine.perform(
        PerformCommand.builder(late.id(), "reject", SPECIALIST, late.version())
            .comment("not eligible")
            .build());

    DossierStatistics s = engine.statistics(march);
    assertThat(s.received()).isEqualTo(3);
    assertThat(s.carriedOver()).isEqualTo(1);
    assertThat(s.finishedEarly()).isEqualTo(1);
    assertThat(s.finishedLate()).isEqualTo(1);
    assertThat(s.finishedOnTime()).isZero();
    assertThat(s.waitingForApplicant()).isEqualTo(1);
    assertThat(s.inProgressOverdue()).isEqualTo(1); // carried, due 11 March, still at receive
    assertThat(s.inProgressNotDue()).isZero();
    assertThat(s.onTimeRate()).hasValue(0.5);
    assertThat(s.byPortalCode()).containsEntry(3, 2L).containsEntry(5, 1L).containsEntry(2, 1L);
    assertThat(s.finished()).isEqualTo(2);
    assertThat(carried.receivedAt()).isBefore(march.from());
  }

  @Test
  void retriesWithOneKeyRacingEachOtherActOnce() throws Exception {
    Dossier d = atAppraise();
    PerformCommand cmd =
        PerformCommand.builder(d.id(), "consult", SPECIALIST, d.version())
            .idempotencyKey("race-key")
            .build();
    int threads = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<PerformResult>> fs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        fs.add(
            pool.submit(
                () -> {
                  start.await();
                  return engine.perform(cmd);
                }));
      }
      start.countDown();
      List<PerformResult> results = new ArrayList<>();
      for (var f : fs) {
        results.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThat(results).filteredOn(r -> !r.replayed()).hasSize(1);
      assertThat(results).extracting(PerformResult::version).containsOnly(d.version() + 3);
      assertThat(engine.history(d.id())).hasSize((int) d.version() + 3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSupplementPolicyThatRestartsGivesTheWholeTimeLimitFromTheSupply() {
    io.github.motcua.procedure.Procedure restarting =
        land().toBuilder()
            .code("R.1")
            .supplementPolicy(
                new io.github.motcua.procedure.SupplementPolicy(
                    io.github.motcua.procedure.SupplementPolicy.Mode.RESTART, 1, Optional.empty()))
            .validationOptions(
                io.github.motcua.procedure.ValidationOptions.DEFAULT.withBudgetOverrun(
                    io.github.motcua.procedure.Problem.Severity.WARNING))
            .build();
    DossierEngine e =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(restarting))
            .agencies(directory())
            .clock(clock)
            .build();
    Dossier d = e.submit(landSubmission("R.1", "app-r").build()).dossier();
    d =
        e.perform(PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build())
            .dossier();
    clock.set(at(3, 9, 10, 0));
    d =
        e.perform(
                PerformCommand.builder(d.id(), "request-supplement", SPECIALIST, d.version())
                    .comment("missing map")
                    .build())
            .dossier();
    clock.set(at(3, 13, 10, 0));
    d =
        e.perform(PerformCommand.builder(d.id(), "supplied", OFFICER, d.version()).build())
            .dossier();
    // ten whole working days again from Friday 13 March 10:00
    assertThat(d.dueAt()).contains(at(3, 27, 10, 0));
    DossierEvent resumed =
        e.history(d.id()).stream()
            .filter(ev -> ev.type() == EventType.RESUMED)
            .findFirst()
            .orElseThrow();
    assertThat(resumed.previousDue()).contains(at(3, 16, 9, 0));
    assertThat(resumed.newDue()).contains(at(3, 27, 10, 0));
    assertThat(resumed.comment()).contains("restarted with the whole time limit");
    // the policy allows one round: a second request is refused
    Dossier again = d;
    assertThatThrownBy(
            () ->
                e.perform(
                    PerformCommand.builder(
                            again.id(), "request-supplement", SPECIALIST, again.version())
                        .comment("still missing")
                        .build()))
        .isInstanceOf(RoundLimitExceededException.class)
        .hasMessageContaining("already had 1 supplement request(s); the procedure allows 1");
  }

  @Test
  void aClockEffectTheClockCannotTakeIsRefusedSayingWhy() {
    io.github.motcua.procedure.Procedure odd =
        land().toBuilder()
            .code("O.1")
            .action(
                io.github.motcua.procedure.Action.builder("resume-early")
                    .from("appraise")
                    .to("approve")
                    .allowedRoles("specialist")
                    .clockEffect(io.github.motcua.procedure.ClockEffect.RESUME)
                    .build())
            .validationOptions(
                io.github.motcua.procedure.ValidationOptions.DEFAULT.withBudgetOverrun(
                    io.github.motcua.procedure.Problem.Severity.WARNING))
            .build();
    DossierEngine e =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(odd))
            .agencies(directory())
            .clock(clock)
            .build();
    Dossier d = e.submit(landSubmission("O.1", "app-o").build()).dossier();
    Dossier at =
        e.perform(PerformCommand.builder(d.id(), "forward", OFFICER, d.version()).build())
            .dossier();
    assertThatThrownBy(
            () ->
                e.perform(
                    PerformCommand.builder(at.id(), "resume-early", SPECIALIST, at.version())
                        .build()))
        .isInstanceOf(ActionNotAvailableException.class)
        .hasMessageContaining("needs the dossier clock paused")
        .hasMessageContaining("is running");
    assertThat(e.get(at.id())).isEqualTo(at);
  }
}
