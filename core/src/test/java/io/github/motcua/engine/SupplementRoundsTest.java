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
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.DossierEvent;
import io.github.motcua.dossier.EventType;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.SupplementPolicy;
import io.github.motcua.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Supplement rounds count supplement requests only: a land dossier asked once for a supplement
 * still gets its payment notice (another pause of the clock, no round), and the applicant's time
 * limit runs while waiting for a supplement, not for a payment.
 */
class SupplementRoundsTest {
  private static final String CODE = "1.003003";
  private static final Actor TAX_OFFICER = Actor.of("u-tax", TAX, "tax-officer");

  private final SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
  private final DossierEngine engine = engine(1);

  /**
   * Receive → check (may ask for a supplement, once by the policy) → tax assessment → payment
   * notice (pause, waits for the applicant to pay) → sign → returned. The applicant has 10 working
   * days to supplement.
   */
  private static Procedure procedure(int rounds) {
    return Procedure.builder()
        .code(CODE)
        .version(1)
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .name("First land-use certificate with a payment notice (test)")
        .timeLimit(TimeLimit.workingDays(30), CountingRule.WORKING_TIME)
        .supplementPolicy(
            new SupplementPolicy(
                SupplementPolicy.Mode.CONTINUE, rounds, Optional.of(TimeLimit.workingDays(10))))
        .agencyRole(AgencyRole.bound("desk", "one-stop desk"))
        .agencyRole(AgencyRole.bound("office", "land registration office"))
        .agencyRole(AgencyRole.bound("tax", "tax office"))
        .step(step("receive", "desk", "one-stop-officer", days(1), DossierStatus.RECEIVED))
        .step(step("check", "office", "specialist", days(4), DossierStatus.PROCESSING))
        .step(
            step(
                "supplement",
                "desk",
                "one-stop-officer",
                TimeLimit.calendarDays(30),
                DossierStatus.SUPPLEMENT_REQUESTED))
        .step(step("assess", "tax", "tax-officer", days(3), DossierStatus.PROCESSING))
        .step(
            step(
                "payment",
                "desk",
                "one-stop-officer",
                TimeLimit.calendarDays(30),
                DossierStatus.FINANCIAL_OBLIGATION_REQUESTED))
        .step(step("sign", "office", "leader", days(2), DossierStatus.PROCESSING))
        .action(
            Action.builder("forward")
                .from("receive")
                .to("check")
                .allowedRoles("one-stop-officer")
                .build())
        .action(
            Action.builder("request-supplement")
                .from("check")
                .to("supplement")
                .allowedRoles("specialist")
                .clockEffect(ClockEffect.PAUSE)
                .reasonRequired(true)
                .build())
        .action(
            Action.builder("supplied")
                .from("supplement")
                .to("check")
                .allowedRoles("one-stop-officer")
                .clockEffect(ClockEffect.RESUME)
                .build())
        .action(
            Action.builder("send-to-tax")
                .from("check")
                .to("assess")
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("notify-payment")
                .from("assess")
                .to("payment")
                .allowedRoles("tax-officer")
                .clockEffect(ClockEffect.PAUSE)
                .build())
        .action(
            Action.builder("paid")
                .from("payment")
                .to("sign")
                .allowedRoles("one-stop-officer")
                .clockEffect(ClockEffect.RESUME)
                .build())
        .action(
            Action.builder("approve")
                .from("sign")
                .allowedRoles("leader")
                .outcome(Outcome.RETURNED)
                .build())
        .build();
  }

  private static TimeLimit days(int n) {
    return TimeLimit.workingDays(n);
  }

  private DossierEngine engine(int rounds) {
    return DossierEngine.builder()
        .catalog(ProcedureCatalog.of(procedure(rounds)))
        .agencies(directory())
        .clock(clock)
        .build();
  }

  private static Dossier submit(DossierEngine engine) {
    return engine
        .submit(
            SubmitCommand.builder(CODE, "app-land")
                .receivedBy(OFFICER)
                .bind("desk", DESK)
                .bind("office", DISTRICT)
                .bind("tax", TAX)
                .build())
        .dossier();
  }

  private Dossier act(DossierEngine engine, Dossier d, String action, Actor actor) {
    return engine
        .perform(
            PerformCommand.builder(d.id(), action, actor, d.version()).comment("because").build())
        .dossier();
  }

  private Dossier act(Dossier d, String action, Actor actor) {
    return act(engine, d, action, actor);
  }

  private List<DossierEvent> paused(Dossier d) {
    return engine.history(d.id()).stream().filter(e -> e.type() == EventType.PAUSED).toList();
  }

  /** Receipt to the tax assessment with one supplement round on the way. */
  private Dossier suppliedOnceAndAssessed() {
    Dossier d = submit(engine);
    d = act(d, "forward", OFFICER);
    clock.advance(Duration.ofDays(1));
    d = act(d, "request-supplement", SPECIALIST);
    assertThat(d.supplementRounds()).isEqualTo(1);
    clock.advance(Duration.ofDays(2));
    d = act(d, "supplied", OFFICER);
    clock.advance(Duration.ofHours(2));
    return act(d, "send-to-tax", SPECIALIST);
  }

  @Test
  void oneSupplementAndThePaymentNoticeFinish() {
    Dossier d = suppliedOnceAndAssessed();
    Instant dueBeforePayment = d.dueAt().orElseThrow();

    clock.advance(Duration.ofHours(3));
    d = act(d, "notify-payment", TAX_OFFICER);
    assertThat(d.status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED);
    assertThat(d.clock().state()).isEqualTo(ClockState.PAUSED);
    assertThat(d.supplementRounds()).as("the payment notice is no supplement round").isEqualTo(1);
    assertThat(paused(d))
        .extracting(e -> e.detail(DossierEvent.DETAIL_ROUND))
        .containsExactly(Optional.of("1"), Optional.empty());

    // the applicant pays two weeks later: the due date moves by the paused working time
    Instant pausedAt = clock.instant();
    clock.set(at(3, 30, 9, 0));
    d = act(d, "paid", OFFICER);
    assertThat(d.dueAt())
        .contains(
            engine
                .calendar()
                .addWorkingTime(
                    dueBeforePayment,
                    engine.calendar().workingTimeBetween(pausedAt, clock.instant())));
    d = act(d, "approve", LEADER);
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
  }

  @Test
  void aSecondSupplementIsRefusedAndChangesNothing() {
    Dossier d = submit(engine);
    d = act(d, "forward", OFFICER);
    d = act(d, "request-supplement", SPECIALIST);
    d = act(d, "supplied", OFFICER);
    Dossier before = d;
    assertThatThrownBy(() -> act(before, "request-supplement", SPECIALIST))
        .isInstanceOf(RoundLimitExceededException.class)
        .hasMessage(
            "dossier '" + d.id() + "' already had 1 supplement request(s); the procedure allows 1");
    assertThat(engine.get(d.id())).isEqualTo(before);
    // the payment notice is still allowed after the refusal
    d = act(d, "send-to-tax", SPECIALIST);
    d = act(d, "notify-payment", TAX_OFFICER);
    assertThat(d.clock().state()).isEqualTo(ClockState.PAUSED);
  }

  @Test
  void thePaymentNoticeNeedsNoRoundEvenWhenThePolicyAllowsNone() {
    DossierEngine none = engine(0);
    Dossier d = submit(none);
    d = act(none, d, "forward", OFFICER);
    Dossier atCheck = d;
    assertThatThrownBy(() -> act(none, atCheck, "request-supplement", SPECIALIST))
        .isInstanceOf(RoundLimitExceededException.class)
        .hasMessageContaining("the procedure allows 0");
    d = act(none, d, "send-to-tax", SPECIALIST);
    d = act(none, d, "notify-payment", TAX_OFFICER);
    d = act(none, d, "paid", OFFICER);
    d = act(none, d, "approve", LEADER);
    assertThat(d.outcome()).contains(Outcome.RETURNED);
    assertThat(d.supplementRounds()).isZero();
  }

  @Test
  void theApplicantTimeLimitStopsASupplementWaitButNotAPaymentWait() {
    Dossier waitingToPay = act(suppliedOnceAndAssessed(), "notify-payment", TAX_OFFICER);
    assertThat(waitingToPay.nextTimerAt()).as("no timer while waiting to be paid").isEmpty();

    clock.set(at(3, 2, 9, 0));
    Dossier waitingToSupplement =
        act(act(submit(engine), "forward", OFFICER), "request-supplement", SPECIALIST);
    // 10 working days from Monday 2 March 09:00: Monday 16 March 09:00
    assertThat(waitingToSupplement.nextTimerAt()).contains(at(3, 16, 9, 0));

    engine.fireDueTimers(at(5, 4, 9, 0));
    assertThat(engine.get(waitingToSupplement.id()).outcome()).contains(Outcome.STOPPED);
    assertThat(engine.get(waitingToSupplement.id()).finishedAt()).contains(at(5, 4, 9, 0));
    Dossier stillWaiting = engine.get(waitingToPay.id());
    assertThat(stillWaiting.isFinished()).isFalse();
    assertThat(stillWaiting.clock().state()).isEqualTo(ClockState.PAUSED);
    assertThat(stillWaiting.version()).isEqualTo(waitingToPay.version());
  }
}
