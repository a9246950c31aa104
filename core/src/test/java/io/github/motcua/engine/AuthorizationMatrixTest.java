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
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.ProcedureCatalog;
import io.github.motcua.procedure.Step;
import io.github.motcua.testing.SettableClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every (staff role, agency, step, action) combination of the land procedure: an actor may act
 * exactly when they act for the agency the step is bound to and hold a role the action allows. Each
 * attempt names a future version, so an allowed one is refused only by the version check (or the
 * guard, which comes after authorization) and nothing changes.
 */
class AuthorizationMatrixTest {
  private static final List<String> ROLES = List.of("one-stop-officer", "specialist", "leader");
  private static final Map<String, String> BOUND =
      Map.of("desk", DESK, "ward", WARD, "district", DISTRICT, "tax", TAX);

  @Test
  void everyRoleAgencyAndStepCombinationIsAllowedExactlyWhenItShouldBe() {
    SettableClock clock = SettableClock.at(at(3, 2, 9, 0));
    Procedure p = land();
    DossierEngine engine =
        DossierEngine.builder()
            .catalog(ProcedureCatalog.of(p))
            .agencies(directory())
            .clock(clock)
            .build();
    Map<String, Dossier> atStep = positionedDossiers(engine);
    assertThat(atStep.keySet())
        .containsExactlyInAnyOrderElementsOf(p.steps().stream().map(Step::id).toList());

    List<String> mismatches = new ArrayList<>();
    int combinations = 0;
    int allowedCount = 0;
    for (Step step : p.steps()) {
      Dossier d = atStep.get(step.id());
      for (Action a : p.actionsFrom(step.id())) {
        for (Agency agency : directory().agencies()) {
          for (String role : ROLES) {
            combinations++;
            Actor actor = Actor.of("u-" + role, agency.id(), role);
            boolean expected =
                agency.id().equals(BOUND.get(step.agencyRole())) && a.allowedRoles().contains(role);
            allowedCount += expected ? 1 : 0;
            // performed at the current version inside a unit of work that is then rolled back,
            // so that an allowed action leaves the dossier as it was for the next combination
            Throwable t =
                catchThrowable(
                    () ->
                        engine
                            .store()
                            .transactions()
                            .inTransaction(
                                () -> {
                                  engine.perform(
                                      PerformCommand.builder(d.id(), a.id(), actor, d.version())
                                          .comment("because")
                                          .extension(TimeLimit.workingDays(1))
                                          .build());
                                  throw new RolledBack();
                                }));
            boolean allowed =
                t instanceof RolledBack
                    || (t instanceof CommandRefusedException
                        && !(t instanceof ActionNotAllowedException));
            boolean refused = t instanceof ActionNotAllowedException;
            if (!(allowed || refused) || allowed != expected) {
              mismatches.add(
                  step.id()
                      + "/"
                      + a.id()
                      + " by "
                      + role
                      + "@"
                      + agency.id()
                      + ": expected "
                      + (expected ? "allowed" : "refused")
                      + ", got "
                      + t);
            }
            assertThat(engine.get(d.id())).isEqualTo(d);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(combinations)
        .isEqualTo(p.actions().stream().mapToInt(a -> a.from().size()).sum() * 5 * 3);
    assertThat(allowedCount).isPositive();
  }

  /** One dossier waiting at each step of the land procedure. */
  private static Map<String, Dossier> positionedDossiers(DossierEngine engine) {
    Map<String, Dossier> out = new LinkedHashMap<>();
    out.put("receive", engine.submit(landSubmission("m-receive").build()).dossier());
    out.put("appraise", run(engine, "m-appraise", List.of("forward")));
    out.put("await-supplement", run(engine, "m-await", List.of("forward", "request-supplement")));
    Dossier consulting = run(engine, "m-consult", List.of("forward", "consult"));
    out.put("tax-check", consulting);
    out.put("ward-check", consulting);
    out.put(
        "approve", run(engine, "m-approve", List.of("forward", "consult", "tax-ok", "ward-ok")));
    out.put(
        "return",
        run(engine, "m-return", List.of("forward", "consult", "tax-ok", "ward-ok", "approve")));
    return out;
  }

  private static Dossier run(DossierEngine engine, String applicant, List<String> actions) {
    Dossier d = engine.submit(landSubmission(applicant).build()).dossier();
    Map<String, Actor> by =
        Map.of(
            "forward", OFFICER,
            "request-supplement", SPECIALIST,
            "consult", SPECIALIST,
            "tax-ok", TAX_SPECIALIST,
            "ward-ok", WARD_SPECIALIST,
            "approve", LEADER);
    for (String a : actions) {
      d =
          engine
              .perform(
                  PerformCommand.builder(d.id(), a, by.get(a), d.version()).comment("ok").build())
              .dossier();
    }
    return d;
  }

  /** Thrown to roll back the unit of work an allowed action ran in. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
