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

import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import java.time.LocalDate;
import java.util.List;

/** Procedures shared by the tests of this package. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Receive (4 h) → appraise (2 days, may return for rework once, may request a supplement) →
   * approve (1 day) → return result (4 h): 4 working days worst case without the supplement wait.
   */
  static Procedure.Builder linear() {
    return Procedure.builder()
        .code("1.000001")
        .version(1)
        .effectiveFrom(LocalDate.of(2025, 1, 1))
        .name("Linear test procedure")
        .timeLimit(TimeLimit.workingDays(7), CountingRule.WORKING_TIME)
        .attribute(new AttributeDeclaration("area", AttributeType.NUMBER, true))
        .attribute(new AttributeDeclaration("submittedOn", AttributeType.DATE, false))
        .agencyRole(AgencyRole.bound("desk", "One-stop desk"))
        .agencyRole(AgencyRole.ancestorOf("district", "District committee", "desk", "district"))
        .step(
            Step.builder("receive")
                .name("Receive")
                .agencyRole("desk")
                .staffRole("officer")
                .budget(TimeLimit.workingHours(4))
                .status(DossierStatus.RECEIVED)
                .build())
        .step(
            Step.builder("appraise")
                .agencyRole("district")
                .staffRole("specialist")
                .budget(TimeLimit.workingDays(2))
                .build())
        .step(
            Step.builder("supplement")
                .agencyRole("desk")
                .staffRole("officer")
                .budget(TimeLimit.calendarDays(30))
                .status(DossierStatus.SUPPLEMENT_REQUESTED)
                .build())
        .step(
            Step.builder("approve")
                .agencyRole("district")
                .staffRole("leader")
                .budget(TimeLimit.workingDays(1))
                .build())
        .step(
            Step.builder("hand-over")
                .agencyRole("desk")
                .staffRole("officer")
                .budget(TimeLimit.workingHours(4))
                .status(DossierStatus.RESULT_READY)
                .build())
        .action(
            Action.builder("forward")
                .from("receive")
                .to("appraise")
                .allowedRoles("officer")
                .build())
        .action(
            Action.builder("request-supplement")
                .from("appraise")
                .to("supplement")
                .allowedRoles("specialist")
                .clockEffect(ClockEffect.PAUSE)
                .reasonRequired(true)
                .maxRounds(1)
                .build())
        .action(
            Action.builder("supplied")
                .from("supplement")
                .to("appraise")
                .allowedRoles("officer")
                .clockEffect(ClockEffect.RESUME)
                .build())
        .action(
            Action.builder("stop")
                .from("supplement")
                .allowedRoles("officer")
                .outcome(Outcome.STOPPED)
                .automaticAfter(TimeLimit.calendarDays(30))
                .build())
        .action(
            Action.builder("propose")
                .from("appraise")
                .to("approve")
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("rework")
                .from("approve")
                .to("appraise")
                .allowedRoles("leader")
                .maxRounds(1)
                .reasonRequired(true)
                .build())
        .action(
            Action.builder("sign")
                .from("approve")
                .to("hand-over")
                .allowedRoles("leader")
                .guard(Guard.gt("area", 0))
                .build())
        .action(
            Action.builder("refuse")
                .from("approve")
                .allowedRoles("leader")
                .outcome(Outcome.REJECTED)
                .reasonRequired(true)
                .build())
        .action(
            Action.builder("hand")
                .from("hand-over")
                .allowedRoles("officer")
                .outcome(Outcome.RETURNED)
                .build());
  }

  /** A procedure with a parallel consultation of two agencies, joined on all. */
  static Procedure.Builder parallel() {
    return Procedure.builder()
        .code("1.000002")
        .effectiveFrom(LocalDate.of(2025, 1, 1))
        .name("Parallel test procedure")
        .timeLimit(TimeLimit.workingDays(10), CountingRule.WORKING_TIME)
        .agencyRole(AgencyRole.bound("desk", "Desk"))
        .agencyRole(AgencyRole.bound("fire", "Fire police"))
        .agencyRole(AgencyRole.bound("env", "Environment office"))
        .step(step("receive", "desk", "officer", TimeLimit.workingDays(1)))
        .step(step("fire-review", "fire", "specialist", TimeLimit.workingDays(4)))
        .step(step("env-review", "env", "specialist", TimeLimit.workingDays(2)))
        .step(step("env-sign", "env", "leader", TimeLimit.workingDays(1)))
        .step(step("decide", "desk", "leader", TimeLimit.workingDays(2)))
        .parallelBlock(
            new ParallelBlock(
                "consult",
                "Consult",
                java.util.List.of(
                    new ParallelBlock.Branch("fire", java.util.List.of("fire-review")),
                    new ParallelBlock.Branch("env", java.util.List.of("env-review", "env-sign"))),
                ParallelBlock.Join.ALL,
                "decide"))
        .action(
            Action.builder("send").from("receive").to("consult").allowedRoles("officer").build())
        .action(
            Action.builder("fire-ok")
                .from("fire-review")
                .toJoin()
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("env-draft")
                .from("env-review")
                .to("env-sign")
                .allowedRoles("specialist")
                .build())
        .action(Action.builder("env-ok").from("env-sign").toJoin().allowedRoles("leader").build())
        .action(
            Action.builder("approve")
                .from("decide")
                .allowedRoles("leader")
                .outcome(Outcome.RESULT_READY)
                .build());
  }

  /** The first problem at a path; fails the test if there is none. */
  static Problem at(List<Problem> problems, String path) {
    return problems.stream()
        .filter(p -> p.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
  }

  static Step step(String id, String agency, String staff, TimeLimit budget) {
    return Step.builder(id).agencyRole(agency).staffRole(staff).budget(budget).build();
  }
}
