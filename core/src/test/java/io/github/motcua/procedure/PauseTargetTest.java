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
package io.github.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.deadline.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pauses are supplement requests, and the warning for a pause that waits for nothing. */
class PauseTargetTest {
  private static Procedure.Builder withPayment() {
    return Fixtures.linear()
        .step(
            Step.builder("payment")
                .agencyRole("desk")
                .staffRole("officer")
                .budget(TimeLimit.calendarDays(30))
                .status(DossierStatus.FINANCIAL_OBLIGATION_REQUESTED)
                .build())
        .action(
            Action.builder("notify-payment")
                .from("approve")
                .to("payment")
                .allowedRoles("leader")
                .clockEffect(ClockEffect.PAUSE)
                .build())
        .action(
            Action.builder("paid")
                .from("payment")
                .to("hand-over")
                .allowedRoles("officer")
                .clockEffect(ClockEffect.RESUME)
                .build());
  }

  private static List<Problem> pauseWarnings(Procedure p) {
    return p.warnings().stream().filter(w -> w.path().endsWith(".clockEffect")).toList();
  }

  @Test
  void aPauseToASupplementStepIsASupplementRequestAndThePaymentNoticeIsNot() {
    Procedure p = withPayment().build();
    assertThat(p.requestsSupplement(p.action("request-supplement").orElseThrow())).isTrue();
    assertThat(p.requestsSupplement(p.action("notify-payment").orElseThrow())).isFalse();
    assertThat(p.requestsSupplement(p.action("supplied").orElseThrow()))
        .as("resuming is no request")
        .isFalse();
    assertThat(pauseWarnings(p)).isEmpty();
  }

  @Test
  void aPauseToABlockCountsWhenABranchStartsWaitingForASupplement() {
    Procedure p =
        Fixtures.linear()
            .step(
                Step.builder("documents")
                    .agencyRole("desk")
                    .staffRole("officer")
                    .budget(TimeLimit.calendarDays(30))
                    .status(DossierStatus.SUPPLEMENT_REQUESTED)
                    .build())
            .step(
                Step.builder("site-visit")
                    .agencyRole("district")
                    .staffRole("specialist")
                    .budget(TimeLimit.workingDays(1))
                    .build())
            .parallelBlock(
                new ParallelBlock(
                    "wait",
                    "documents and a site visit",
                    List.of(
                        new ParallelBlock.Branch("docs", List.of("documents")),
                        new ParallelBlock.Branch("site", List.of("site-visit"))),
                    ParallelBlock.Join.ALL,
                    "approve"))
            .action(
                Action.builder("ask-and-visit")
                    .from("appraise")
                    .to("wait")
                    .allowedRoles("specialist")
                    .clockEffect(ClockEffect.PAUSE)
                    .maxRounds(1)
                    .build())
            .action(
                Action.builder("documents-in")
                    .from("documents")
                    .toJoin()
                    .allowedRoles("officer")
                    .clockEffect(ClockEffect.RESUME)
                    .build())
            .action(
                Action.builder("visited")
                    .from("site-visit")
                    .toJoin()
                    .allowedRoles("specialist")
                    .build())
            .build();
    assertThat(p.requestsSupplement(p.action("ask-and-visit").orElseThrow())).isTrue();
    assertThat(pauseWarnings(p)).isEmpty();
  }

  @Test
  void aPauseToAStepThatWaitsForNeitherSupplementNorPaymentIsAWarning() {
    Procedure p =
        Fixtures.linear()
            .action(
                Action.builder("hold")
                    .from("approve")
                    .to("hand-over")
                    .allowedRoles("leader")
                    .clockEffect(ClockEffect.PAUSE)
                    .build())
            .build();
    assertThat(p.requestsSupplement(p.action("hold").orElseThrow())).isFalse();
    int i = p.actions().indexOf(p.action("hold").orElseThrow());
    assertThat(pauseWarnings(p))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("actions[" + i + "].clockEffect");
              assertThat(w.message())
                  .isEqualTo(
                      "action 'hold' pauses the clock and leads to step 'hand-over', which shows"
                          + " result-ready; a pause waits for the applicant at a step showing"
                          + " supplement-requested (a supplement request, one round of the"
                          + " supplement policy) or financial-obligation-requested (a payment"
                          + " notice, no round); give the step one of these statuses, or do not"
                          + " pause");
            });
  }

  @Test
  void aPauseThatEndsTheDossierIsAWarning() {
    Procedure p =
        Fixtures.linear()
            .action(
                Action.builder("park")
                    .from("approve")
                    .allowedRoles("leader")
                    .clockEffect(ClockEffect.PAUSE)
                    .outcome(Outcome.STOPPED)
                    .build())
            .build();
    assertThat(p.requestsSupplement(p.action("park").orElseThrow())).isFalse();
    assertThat(pauseWarnings(p))
        .singleElement()
        .satisfies(
            w -> assertThat(w.message()).startsWith("action 'park' pauses the clock but ends"));
  }
}
