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

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.AttributeDeclaration;
import io.github.motcua.procedure.AttributeType;
import io.github.motcua.procedure.ClockEffect;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.ExtensionPolicy;
import io.github.motcua.procedure.Guard;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.ParallelBlock;
import io.github.motcua.procedure.Problem;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.Step;
import io.github.motcua.procedure.SupplementPolicy;
import io.github.motcua.procedure.ValidationOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The procedures, agencies and actors the engine tests use: a land procedure that crosses a desk, a
 * district, a tax office and a ward, with a supplement round, a parallel consultation joined on
 * all, a bounded rework loop, a guarded fast track, an extension and undoable actions.
 */
final class Fixtures {
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String LAND = "1.000046";
  static final String PERMIT = "1.009994";

  static final String DESK = "hc-desk";
  static final String WARD = "tp";
  static final String DISTRICT = "hc";
  static final String TAX = "hc-tax";

  static final Actor OFFICER = Actor.of("u-officer", DESK, "one-stop-officer");
  static final Actor SPECIALIST = Actor.of("u-spec", DISTRICT, "specialist");
  static final Actor SPECIALIST_2 = Actor.of("u-spec2", DISTRICT, "specialist");
  static final Actor LEADER = Actor.of("u-lead", DISTRICT, "leader");
  static final Actor TAX_SPECIALIST = Actor.of("u-tax", TAX, "specialist");
  static final Actor WARD_SPECIALIST = Actor.of("u-ward", WARD, "specialist");

  private Fixtures() {}

  /** Local time in Vietnam. */
  static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(VN).toInstant();
  }

  static AgencyDirectory directory() {
    return AgencyDirectory.builder()
        .add(Agency.root("dn", "Đà Nẵng", "province"))
        .add(Agency.under("dn", DISTRICT, "Hải Châu", "district"))
        .add(Agency.under(DISTRICT, WARD, "Thuận Phước", "ward"))
        .add(Agency.under(DISTRICT, DESK, "Hải Châu one-stop desk", "desk"))
        .add(Agency.under(DISTRICT, TAX, "Hải Châu tax office", "tax"))
        .build();
  }

  static Step step(String id, String role, String staff, TimeLimit budget, DossierStatus status) {
    return Step.builder(id)
        .name(id)
        .agencyRole(role)
        .staffRole(staff)
        .budget(budget)
        .status(status)
        .build();
  }

  static Procedure land() {
    return Procedure.builder()
        .code(LAND)
        .version(1)
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .name("Land-use certificate, first issuance (test)")
        .timeLimit(TimeLimit.workingDays(10), CountingRule.WORKING_TIME)
        .intakeCutoff(LocalTime.of(15, 0))
        .supplementPolicy(
            new SupplementPolicy(
                SupplementPolicy.Mode.CONTINUE, 2, Optional.of(TimeLimit.workingDays(15))))
        .extensionPolicy(ExtensionPolicy.DEFAULT)
        .validationOptions(ValidationOptions.DEFAULT.withBudgetOverrun(Problem.Severity.WARNING))
        .attribute(new AttributeDeclaration("area", AttributeType.NUMBER, true))
        .attribute(new AttributeDeclaration("urban", AttributeType.BOOLEAN, false))
        .attribute(new AttributeDeclaration("since", AttributeType.DATE, false))
        .agencyRole(AgencyRole.bound("desk", "one-stop desk"))
        .agencyRole(AgencyRole.bound("ward", "ward of the land"))
        .agencyRole(
            AgencyRole.ancestorOf("district", "district above the ward", "ward", "district"))
        .agencyRole(AgencyRole.bound("tax", "tax office"))
        .step(
            step(
                "receive",
                "desk",
                "one-stop-officer",
                TimeLimit.workingDays("0.5"),
                DossierStatus.RECEIVED))
        .step(
            step(
                "appraise",
                "district",
                "specialist",
                TimeLimit.workingDays(3),
                DossierStatus.PROCESSING))
        .step(
            step(
                "await-supplement",
                "desk",
                "one-stop-officer",
                TimeLimit.workingDays(1),
                DossierStatus.SUPPLEMENT_REQUESTED))
        .step(
            step(
                "tax-check",
                "tax",
                "specialist",
                TimeLimit.workingDays(2),
                DossierStatus.PROCESSING))
        .step(
            step(
                "ward-check",
                "ward",
                "specialist",
                TimeLimit.workingDays(2),
                DossierStatus.PROCESSING))
        .step(
            step(
                "approve",
                "district",
                "leader",
                TimeLimit.workingDays(2),
                DossierStatus.PROCESSING))
        .step(
            step(
                "return",
                "desk",
                "one-stop-officer",
                TimeLimit.workingDays("0.5"),
                DossierStatus.RESULT_READY))
        .parallelBlock(
            new ParallelBlock(
                "consult",
                "consult tax office and ward",
                List.of(
                    new ParallelBlock.Branch("tax", List.of("tax-check")),
                    new ParallelBlock.Branch("ward", List.of("ward-check"))),
                ParallelBlock.Join.ALL,
                "approve"))
        .action(
            Action.builder("forward")
                .from("receive")
                .to("appraise")
                .allowedRoles("one-stop-officer")
                .undoable(true)
                .build())
        .action(
            Action.builder("request-supplement")
                .from("appraise")
                .to("await-supplement")
                .allowedRoles("specialist")
                .clockEffect(ClockEffect.PAUSE)
                .reasonRequired(true)
                .maxRounds(2)
                .build())
        .action(
            Action.builder("supplied")
                .from("await-supplement")
                .to("appraise")
                .allowedRoles("one-stop-officer")
                .clockEffect(ClockEffect.RESUME)
                .build())
        .action(
            Action.builder("consult")
                .from("appraise")
                .to("consult")
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("tax-ok").from("tax-check").toJoin().allowedRoles("specialist").build())
        .action(
            Action.builder("ward-ok")
                .from("ward-check")
                .toJoin()
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("fast-track")
                .from("appraise")
                .to("approve")
                .allowedRoles("specialist")
                .guard(Guard.lt("area", 100))
                .undoable(true)
                .build())
        .action(
            Action.builder("rework")
                .from("approve")
                .to("appraise")
                .allowedRoles("leader")
                .maxRounds(1)
                .build())
        .action(
            Action.builder("extend")
                .from("approve")
                .to("approve")
                .allowedRoles("leader")
                .clockEffect(ClockEffect.EXTEND)
                .build())
        .action(
            Action.builder("approve").from("approve").to("return").allowedRoles("leader").build())
        .action(
            Action.builder("reject")
                .from("appraise", "approve")
                .allowedRoles("specialist", "leader")
                .outcome(Outcome.REJECTED)
                .reasonRequired(true)
                .build())
        .action(
            Action.builder("return-result")
                .from("return")
                .allowedRoles("one-stop-officer")
                .outcome(Outcome.RETURNED)
                .build())
        .build();
  }

  /** A permit: the desk forwards to two agencies at once, joined on any. */
  static Procedure permit() {
    return Procedure.builder()
        .code(PERMIT)
        .version(1)
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .name("Permit with a consultation joined on any (test)")
        .timeLimit(TimeLimit.workingDays(5), CountingRule.WORKING_TIME)
        .agencyRole(AgencyRole.bound("desk", "desk"))
        .agencyRole(AgencyRole.bound("ward", "ward"))
        .agencyRole(AgencyRole.bound("tax", "tax"))
        .step(
            step(
                "receive",
                "desk",
                "one-stop-officer",
                TimeLimit.workingDays(1),
                DossierStatus.RECEIVED))
        .step(
            step(
                "ask-ward",
                "ward",
                "specialist",
                TimeLimit.workingDays(2),
                DossierStatus.PROCESSING))
        .step(
            step(
                "ask-tax", "tax", "specialist", TimeLimit.workingDays(2), DossierStatus.PROCESSING))
        .step(
            step(
                "return",
                "desk",
                "one-stop-officer",
                TimeLimit.workingDays(1),
                DossierStatus.RESULT_READY))
        .parallelBlock(
            new ParallelBlock(
                "ask",
                "ask ward or tax",
                List.of(
                    new ParallelBlock.Branch("ward", List.of("ask-ward")),
                    new ParallelBlock.Branch("tax", List.of("ask-tax"))),
                ParallelBlock.Join.ANY,
                "return"))
        .action(
            Action.builder("forward")
                .from("receive")
                .to("ask")
                .allowedRoles("one-stop-officer")
                .build())
        .action(
            Action.builder("ward-answer")
                .from("ask-ward")
                .toJoin()
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("tax-answer")
                .from("ask-tax")
                .toJoin()
                .allowedRoles("specialist")
                .build())
        .action(
            Action.builder("return-result")
                .from("return")
                .allowedRoles("one-stop-officer")
                .outcome(Outcome.RETURNED)
                .build())
        .action(
            Action.builder("give-up")
                .from("receive")
                .allowedRoles("one-stop-officer")
                .outcome(Outcome.STOPPED)
                .automaticAfter(TimeLimit.workingDays(2))
                .build())
        .build();
  }

  static SubmitCommand.Builder landSubmission(String applicant) {
    return landSubmission(LAND, applicant);
  }

  /** A submission of the land procedure, or of an amended copy of it under another code. */
  static SubmitCommand.Builder landSubmission(String code, String applicant) {
    return SubmitCommand.builder(code, applicant)
        .receivedBy(OFFICER)
        .attribute("area", 120)
        .bind("desk", DESK)
        .bind("ward", WARD)
        .bind("tax", TAX);
  }

  static SubmitCommand.Builder permitSubmission(String applicant) {
    return SubmitCommand.builder(PERMIT, applicant)
        .receivedBy(OFFICER)
        .bind("desk", DESK)
        .bind("ward", WARD)
        .bind("tax", TAX);
  }
}
