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
import io.github.motcua.deadline.ClockState;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.deadline.Timeliness;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine in the language of the one-stop desk. */
class EngineScenarioTest {
  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final DossierEngine engine =
      DossierEngine.builder()
          .catalog(ProcedureCatalog.of(land(), permit()))
          .agencies(directory())
          .clock(clock)
          .build();

  private Dossier act(Dossier d, String action, Actor actor) {
    return engine
        .perform(PerformCommand.builder(d.id(), action, actor, d.version()).build())
        .dossier();
  }

  private Dossier act(Dossier d, String action, Actor actor, String comment) {
    return engine
        .perform(
            PerformCommand.builder(d.id(), action, actor, d.version()).comment(comment).build())
        .dossier();
  }

  private List<DossierEvent> events(Dossier d, EventType type) {
    return engine.history(d.id()).stream().filter(e -> e.type() == type).toList();
  }

  private StepInstance only(Dossier d) {
    assertThat(d.activeSteps()).hasSize(1);
    return d.activeSteps().get(0);
  }

  @Test
  void receivedAtTheCounterAfterTheCutoffCountsFromTheNextMorning() {
    clock.set(at(3, 2, 16, 0));
    Receipt r = engine.submit(landSubmission("app-cutoff").build());

    assertThat(r.receivedAt()).isEqualTo(at(3, 2, 16, 0));
    assertThat(r.effectiveStart()).isEqualTo(at(3, 3, 7, 30));
    // 10 working days of 8 hours from Tuesday 07:30 end at the close of Monday 16 March
    assertThat(r.dueAt()).isEqualTo(at(3, 16, 17, 0));
    assertThat(r.dossier().dueAt()).contains(r.dueAt());
    assertThat(r.number()).isEqualTo("hc-desk-2026-000001");
    assertThat(r.dossier().status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(r.explanation().render(Locale.ENGLISH)).contains("15:00");
    assertThat(engine.submit(landSubmission("app-next").build()).number())
        .isEqualTo("hc-desk-2026-000002");
  }

  @Test
  void aHalfDayStepIsNotDueSoonWhenEnteredButFortyEightWorkingMinutesBeforeItsDue() {
    // the default threshold: 20% of the budget, at most one working day
    Dossier d = engine.submit(landSubmission("app-soon").build()).dossier();
    StepInstance receive = only(d);
    // 4 working hours from Monday 09:00: 09:00-11:30 and 13:00-14:30
    assertThat(receive.dueAt()).contains(at(3, 2, 14, 30));
    assertThat(receive.dueSoonAt()).contains(at(3, 2, 13, 42));
    assertThat(engine.fireDueTimers(clock.instant()).events()).isZero();
    assertThat(engine.fireDueTimers(at(3, 2, 13, 41)).events()).isZero();

    assertThat(engine.fireDueTimers(at(3, 2, 13, 42)).events()).isEqualTo(1);
    assertThat(events(d, EventType.DUE_SOON))
        .singleElement()
        .satisfies(e -> assertThat(e.stepInstanceId()).contains(receive.id()));
    // the dossier (10 working days) is due soon one working day before its due, not 20% of it
    Dossier now = engine.get(d.id());
    assertThat(now.dueAt()).contains(at(3, 16, 9, 0));
    engine.fireDueTimers(at(3, 13, 8, 59)); // the step is overdue by now
    assertThat(events(d, EventType.DUE_SOON))
        .extracting(e -> e.stepInstanceId().orElse("dossier"))
        .containsExactly(receive.id());
    engine.fireDueTimers(at(3, 13, 9, 0));
    assertThat(events(d, EventType.DUE_SOON))
        .extracting(e -> e.stepInstanceId().orElse("dossier"))
        .containsExactly(receive.id(), "dossier");
  }

  @Test
  void beforeTheCutoffCountingStartsAtReceipt() {
    Receipt r = engine.submit(landSubmission("app-early").build());
    assertThat(r.effectiveStart()).isEqualTo(at(3, 2, 9, 0));
    assertThat(r.dueAt()).isEqualTo(at(3, 16, 9, 0));
  }

  @Test
  void supplementRequestedOnDaySixAndSuppliedFourDaysLaterMovesTheDueDateByThePausedTime() {
    Dossier d = engine.submit(landSubmission("app-supp").build()).dossier();
    d = act(d, "forward", OFFICER);
    clock.set(at(3, 9, 10, 0)); // day 6
    d = act(d, "request-supplement", SPECIALIST, "missing the cadastral map");

    assertThat(d.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(d.clock().state()).isEqualTo(ClockState.PAUSED);
    assertThat(d.dueAt()).isEmpty();
    assertThat(only(d).stepId()).isEqualTo("await-supplement");
    assertThat(only(d).dueAt()).as("no urgency while waiting for the applicant").isEmpty();
    DossierEvent paused = events(d, EventType.PAUSED).get(0);
    assertThat(paused.previousDue()).contains(at(3, 16, 9, 0));
    assertThat(paused.newDue()).isEmpty();
    assertThat(paused.detail(DossierEvent.DETAIL_ROUND)).contains("1");
    assertThat(paused.comment()).contains("missing the cadastral map");

    clock.set(at(3, 13, 10, 0)); // four working days later
    d = act(d, "supplied", OFFICER);

    // paused 4 working days (32 hours): due moves from Monday 16 to Friday 20 March, 09:00
    assertThat(d.dueAt()).contains(at(3, 20, 9, 0));
    assertThat(d.clock().dueInstant(engine.calendar())).isEqualTo(d.dueAt());
    assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
    DossierEvent resumed = events(d, EventType.RESUMED).get(0);
    assertThat(resumed.previousDue()).contains(at(3, 16, 9, 0));
    assertThat(resumed.newDue()).contains(at(3, 20, 9, 0));
    assertThat(resumed.detail(DossierEvent.DETAIL_EXPLANATION)).isPresent();
    assertThat(engine.explainDue(d.id()).render(Locale.ENGLISH)).containsIgnoringCase("pause");
  }

  @Test
  void lateDossierGetsOneExtensionWithApologyAndASecondIsRefused() {
    Dossier d = engine.submit(landSubmission("app-late").build()).dossier();
    d = act(d, "forward", OFFICER);
    d = act(d, "consult", SPECIALIST);
    d = act(d, "tax-ok", TAX_SPECIALIST);
    d = act(d, "ward-ok", WARD_SPECIALIST);
    clock.set(at(3, 17, 10, 0)); // past the due instant, Monday 16 March 09:00
    engine.fireDueTimers(clock.instant());
    d = engine.get(d.id());
    assertThat(d.overdueMarked()).isTrue();
    assertThat(engine.remaining(d.id()).isOverdue()).isTrue();

    Dossier late = d;
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(late.id(), "extend", LEADER, late.version())
                        .extension(TimeLimit.workingDays(3))
                        .build()))
        .isInstanceOf(ReasonRequiredException.class);

    d =
        engine
            .perform(
                PerformCommand.builder(d.id(), "extend", LEADER, d.version())
                    .extension(TimeLimit.workingDays(3))
                    .comment("apology letter 12/XL: survey delayed")
                    .build())
            .dossier();
    assertThat(d.extensions()).isEqualTo(1);
    assertThat(d.dueAt()).contains(at(3, 19, 9, 0));
    assertThat(d.overdueMarked()).as("the new date may be missed again").isFalse();
    DossierEvent ext = events(d, EventType.EXTENDED).get(0);
    assertThat(ext.previousDue()).contains(at(3, 16, 9, 0));
    assertThat(ext.newDue()).contains(at(3, 19, 9, 0));
    assertThat(ext.comment()).contains("apology letter 12/XL: survey delayed");
    assertThat(ext.detail(DossierEvent.DETAIL_EXTENSION)).contains("3 working days");

    Dossier extended = d;
    assertThatThrownBy(
            () ->
                engine.perform(
                    PerformCommand.builder(extended.id(), "extend", LEADER, extended.version())
                        .extension(TimeLimit.workingDays(2))
                        .comment("again")
                        .build()))
        .isInstanceOf(ExtensionLimitExceededException.class)
        .hasMessageContaining("already had 1 extension(s); the procedure allows 1");
    assertThat(engine.get(d.id())).isEqualTo(extended);

    clock.set(at(3, 18, 10, 0));
    d = act(d, "approve", LEADER);
    d = act(d, "return-result", OFFICER);
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(d.timeliness()).contains(Timeliness.EARLY);
  }

  @Test
  void parallelConsultationWhereOneBranchIsLate() {
    Dossier d = engine.submit(landSubmission("app-par").build()).dossier();
    d = act(d, "forward", OFFICER);
    d = act(d, "consult", SPECIALIST);

    assertThat(d.activeSteps())
        .extracting(StepInstance::stepId)
        .containsExactly("tax-check", "ward-check");
    assertThat(d.activeSteps()).extracting(StepInstance::agencyId).containsExactly(TAX, WARD);
    assertThat(d.activeSteps()).allSatisfy(s -> assertThat(s.dueAt()).contains(at(3, 4, 9, 0)));
    assertThat(engine.worklist(TAX, "specialist", 10).items()).hasSize(1);
    assertThat(engine.worklist(WARD, "specialist", 10).items()).hasSize(1);
    assertThat(engine.worklist(DISTRICT, "specialist", 10).items()).isEmpty();

    clock.set(at(3, 3, 10, 0));
    d = act(d, "tax-ok", TAX_SPECIALIST);
    assertThat(d.activeSteps()).extracting(StepInstance::stepId).containsExactly("ward-check");
    assertThat(d.joinedBranches()).containsEntry("consult", List.of("tax"));

    clock.set(at(3, 5, 10, 0)); // the ward is a day late
    engine.fireDueTimers(clock.instant());
    d = engine.get(d.id());
    StepInstance ward = only(d);
    assertThat(ward.overdueMarked()).isTrue();
    assertThat(engine.overdue(Optional.of(WARD), Optional.empty(), 10).items())
        .extracting(i -> i.step().id())
        .containsExactly(ward.id());
    List<DossierEvent> overdue = events(d, EventType.OVERDUE);
    assertThat(overdue)
        .extracting(e -> e.stepInstanceId().orElse("dossier"))
        .containsExactly(ward.id());

    d = act(d, "ward-ok", WARD_SPECIALIST);
    List<DossierEvent> performed = events(d, EventType.ACTION_PERFORMED);
    assertThat(performed.get(performed.size() - 2).detail(DossierEvent.DETAIL_TIMELINESS))
        .contains("EARLY");
    assertThat(performed.get(performed.size() - 1).detail(DossierEvent.DETAIL_TIMELINESS))
        .contains("LATE");
    assertThat(only(d).stepId()).isEqualTo("approve");
    assertThat(d.joinedBranches()).isEmpty();
  }

  @Test
  void joinOnAnyCancelsTheBranchStillActive() {
    Dossier d = engine.submit(permitSubmission("app-any").build()).dossier();
    d = act(d, "forward", OFFICER);
    assertThat(d.activeSteps())
        .extracting(StepInstance::stepId)
        .containsExactly("ask-ward", "ask-tax");

    d = act(d, "ward-answer", WARD_SPECIALIST);

    assertThat(only(d).stepId()).isEqualTo("return");
    List<DossierEvent> cancelled = events(d, EventType.STEP_CANCELLED);
    assertThat(cancelled).extracting(e -> e.stepId().orElseThrow()).containsExactly("ask-tax");
    assertThat(engine.worklist(TAX, "specialist", 10).items()).isEmpty();
    Dossier done = d;
    // the tax office has no step left on the dossier: it is a stranger to it now, told nothing
    assertThatThrownBy(() -> act(done, "tax-answer", TAX_SPECIALIST))
        .isInstanceOfSatisfying(
            ActionNotAllowedException.class, e -> assertThat(e.requiredAgencyId()).isEmpty())
        .message()
        .doesNotContain("return");
  }

  @Test
  void theSameOfficerCanUndoWhileTheNextStepHasNotActed() {
    Dossier received = engine.submit(landSubmission("app-undo").build()).dossier();
    Dossier d = act(received, "forward", OFFICER);
    assertThat(engine.worklist(DISTRICT, "specialist", 10).items()).hasSize(1);

    Actor otherOfficer = Actor.of("u-officer-2", DESK, "one-stop-officer");
    Dossier forwarded = d;
    assertThatThrownBy(() -> engine.undo(forwarded.id(), otherOfficer, forwarded.version()))
        .isInstanceOf(UndoNotAllowedException.class)
        .hasMessageContaining("only by the user who performed it");

    clock.advance(Duration.ofMinutes(20));
    PerformResult undone = engine.undo(d.id(), OFFICER, d.version());
    d = undone.dossier();
    assertThat(d.version()).isEqualTo(forwarded.version() + 1);
    assertThat(undone.events()).extracting(DossierEvent::type).containsExactly(EventType.UNDONE);
    assertThat(only(d).stepId()).isEqualTo("receive");
    assertThat(only(d)).isEqualTo(only(received));
    assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
    assertThat(d.undo()).isEmpty();
    assertThat(engine.worklist(DISTRICT, "specialist", 10).items()).isEmpty();
    assertThat(engine.worklist(DESK, "one-stop-officer", 10).items()).hasSize(1);
    assertThat(engine.history(d.id()))
        .extracting(DossierEvent::type)
        .containsExactly(
            EventType.SUBMITTED,
            EventType.STEP_ENTERED,
            EventType.ACTION_PERFORMED,
            EventType.STEP_ENTERED,
            EventType.UNDONE);

    d = act(d, "forward", OFFICER);
    assertThat(d.activeSteps().get(0).id()).as("instance ids are never reused").isEqualTo("s3");
    d = act(d, "consult", SPECIALIST);
    Dossier acted = d;
    assertThatThrownBy(() -> engine.undo(acted.id(), OFFICER, acted.version()))
        .isInstanceOf(UndoNotAllowedException.class)
        .hasMessageContaining("nothing to undo");
  }

  @Test
  void waitingTooLongForTheApplicantStopsTheDossier() {
    Dossier d = engine.submit(landSubmission("app-gone").build()).dossier();
    d = act(d, "forward", OFFICER);
    d = act(d, "request-supplement", SPECIALIST, "missing documents");
    clock.set(at(3, 20, 9, 0)); // 14 working days later: not yet
    assertThat(engine.fireDueTimers(clock.instant()).dossiersChanged()).isZero();
    clock.set(at(3, 24, 9, 0)); // 16 working days later
    assertThat(engine.fireDueTimers(clock.instant()).dossiersChanged()).isEqualTo(1);
    d = engine.get(d.id());
    assertThat(d.outcome()).contains(Outcome.STOPPED);
    assertThat(d.status()).isEqualTo(DossierStatus.STOPPED);
    assertThat(d.activeSteps()).isEmpty();
    assertThat(d.nextTimerAt()).isEmpty();
    DossierEvent completed = events(d, EventType.COMPLETED).get(0);
    assertThat(completed.userId()).contains(Actor.SYSTEM_USER);
    assertThat(completed.actionId()).as("no action: the engine stopped it").isEmpty();
    assertThat(completed.comment().orElseThrow()).contains("15 working days");
  }

  @Test
  void anAutomaticActionRunsWhenItsStepWaitedLongEnough() {
    Dossier d = engine.submit(permitSubmission("app-auto").build()).dossier();
    clock.set(at(3, 4, 8, 0)); // 1 working day and 30 minutes
    engine.fireDueTimers(clock.instant());
    assertThat(engine.get(d.id()).isFinished()).isFalse();
    clock.set(at(3, 4, 9, 0)); // 2 working days after receipt
    engine.fireDueTimers(clock.instant());
    d = engine.get(d.id());
    assertThat(d.outcome()).contains(Outcome.STOPPED);
    assertThat(events(d, EventType.ACTION_PERFORMED))
        .extracting(e -> e.actionId().orElseThrow(), e -> e.userId().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("give-up", Actor.SYSTEM_USER));
  }

  @Test
  void worklistShowsTheTimeLeftMostUrgentFirst() {
    Dossier a = engine.submit(landSubmission("app-w1").build()).dossier();
    clock.set(at(3, 2, 10, 0));
    Dossier b = engine.submit(landSubmission("app-w2").build()).dossier();
    a = act(a, "forward", OFFICER);
    b = act(b, "forward", OFFICER);
    clock.set(at(3, 3, 9, 0));

    WorklistPage page = engine.worklist(DISTRICT, "specialist", 1);
    assertThat(page.items()).extracting(i -> i.dossier().id()).containsExactly(a.id());
    WorklistItem first = page.items().get(0);
    assertThat(first.stepName()).isEqualTo("appraise");
    // appraise entered Monday 10:00 (when a was forwarded) with 3 days: due Thursday 10:00
    assertThat(first.step().dueAt()).contains(at(3, 5, 10, 0));
    assertThat(first.remaining().orElseThrow().days()).isEqualTo(2);
    assertThat(first.remaining().orElseThrow().hours()).isEqualTo(1);
    assertThat(first.remaining().orElseThrow().render(Locale.forLanguageTag("vi")))
        .startsWith("còn 2 ngày 1 giờ");

    WorklistPage second = engine.worklist(DISTRICT, "specialist", Optional.empty(), page.next(), 1);
    assertThat(second.items()).extracting(i -> i.dossier().id()).containsExactly(b.id());
    assertThat(second.next()).isEmpty();
  }
}
