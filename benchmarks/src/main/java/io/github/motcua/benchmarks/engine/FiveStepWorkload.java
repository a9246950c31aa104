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
package io.github.motcua.benchmarks.engine;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.deadline.CountingRule;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.engine.DossierEngine;
import io.github.motcua.engine.SubmitCommand;
import io.github.motcua.persistence.memory.InMemoryDossierStore;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.AgencyRole;
import io.github.motcua.procedure.DossierStatus;
import io.github.motcua.procedure.Outcome;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.Step;
import io.github.motcua.spi.DossierStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The five-step workload: a procedure of ten working days with the steps receive (one-stop officer,
 * half a day), review (specialist, three days), verify (specialist, three days), approve (leader,
 * two days) and return the result (one-stop officer, half a day), all at one district, and the
 * actors who perform its five actions in order.
 */
public final class FiveStepWorkload {
  /** The procedure's code. */
  public static final String CODE = "9.000005";

  /** The district every step is bound to. */
  public static final String DISTRICT = "hc";

  /** The actions of one dossier, in order. */
  public static final List<String> ACTIONS =
      List.of("forward", "reviewed", "verified", "approve", "return-result");

  /** Who performs each of {@link #ACTIONS}, in order. */
  public static final List<Actor> ACTORS =
      List.of(
          Actor.of("u-desk", DISTRICT, "one-stop-officer"),
          Actor.of("u-spec-1", DISTRICT, "specialist"),
          Actor.of("u-spec-2", DISTRICT, "specialist"),
          Actor.of("u-lead", DISTRICT, "leader"),
          Actor.of("u-desk", DISTRICT, "one-stop-officer"));

  private FiveStepWorkload() {}

  /**
   * Builds the procedure.
   *
   * @return the five-step procedure
   */
  public static Procedure procedure() {
    return Procedure.builder()
        .code(CODE)
        .version(1)
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .name("Five-step workload (benchmark)")
        .timeLimit(TimeLimit.workingDays(10), CountingRule.WORKING_TIME)
        .agencyRole(AgencyRole.bound("district", "district People's Committee"))
        .step(
            step(
                "receive",
                "one-stop-officer",
                TimeLimit.workingDays("0.5"),
                DossierStatus.RECEIVED))
        .step(step("review", "specialist", TimeLimit.workingDays(3), DossierStatus.PROCESSING))
        .step(step("verify", "specialist", TimeLimit.workingDays(3), DossierStatus.PROCESSING))
        .step(step("approve", "leader", TimeLimit.workingDays(2), DossierStatus.PROCESSING))
        .step(
            step(
                "return",
                "one-stop-officer",
                TimeLimit.workingDays("0.5"),
                DossierStatus.RESULT_READY))
        .action(action("forward", "receive", "review", "one-stop-officer"))
        .action(action("reviewed", "review", "verify", "specialist"))
        .action(action("verified", "verify", "approve", "specialist"))
        .action(action("approve", "approve", "return", "leader"))
        .action(
            Action.builder("return-result")
                .from("return")
                .allowedRoles("one-stop-officer")
                .outcome(Outcome.RETURNED)
                .build())
        .build();
  }

  private static Step step(String id, String staffRole, TimeLimit budget, DossierStatus status) {
    return Step.builder(id)
        .name(id)
        .agencyRole("district")
        .staffRole(staffRole)
        .budget(budget)
        .status(status)
        .build();
  }

  private static Action action(String id, String from, String to, String role) {
    return Action.builder(id).from(from).to(to).allowedRoles(role).build();
  }

  /**
   * Builds an engine with a new in-memory store.
   *
   * @param clock the clock "now" is read from
   * @return the engine
   */
  public static DossierEngine engine(Clock clock) {
    return engine(ProcedureCatalog.of(procedure()), clock);
  }

  /**
   * Builds an engine with a new in-memory store on a catalog.
   *
   * @param catalog a catalog holding {@link #procedure()}
   * @param clock the clock "now" is read from
   * @return the engine
   */
  public static DossierEngine engine(ProcedureCatalog catalog, Clock clock) {
    return engine(catalog, clock, new InMemoryDossierStore());
  }

  /**
   * Builds an engine on a given store.
   *
   * @param catalog a catalog holding {@link #procedure()}
   * @param clock the clock "now" is read from
   * @param store the store, e.g. a {@code JdbcDossierStore}
   * @return the engine
   */
  public static DossierEngine engine(ProcedureCatalog catalog, Clock clock, DossierStore store) {
    return DossierEngine.builder()
        .catalog(catalog)
        .agencies(DIRECTORY)
        .store(store)
        .clock(clock)
        .build();
  }

  private static final AgencyDirectory DIRECTORY =
      AgencyDirectory.builder().add(Agency.root(DISTRICT, "Hải Châu", "district")).build();

  /**
   * Builds a submission.
   *
   * @param applicantRef the opaque applicant reference
   * @return the command
   */
  public static SubmitCommand submission(String applicantRef) {
    return SubmitCommand.builder(CODE, applicantRef)
        .bind("district", DISTRICT)
        .receivedBy(Actor.of("u-desk", DISTRICT, "one-stop-officer"))
        .build();
  }
}
