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

import io.github.motcua.MotcuaException;
import io.github.motcua.agency.Actor;
import io.github.motcua.agency.Agency;
import io.github.motcua.agency.AgencyDirectory;
import io.github.motcua.deadline.TimeLimit;
import io.github.motcua.dossier.DocumentRef;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Action;
import io.github.motcua.procedure.Procedure;
import io.github.motcua.procedure.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every engine operation × every role × every agency relation (issue 10 §6): only what the
 * procedure definition and the documented rules allow succeeds; every other attempt is refused with
 * the typed authorization refusal ({@link ActionNotAllowedException}, {@link
 * AssignmentNotAllowedException} or {@link UndoNotAllowedException}) and changes nothing. The
 * expected outcome of each cell is computed from the procedure ({@link FuzzWorld#procedure()}: its
 * steps' agency roles and staff roles, its actions' allowed roles) and the rules below, never from
 * the engine. An allowed attempt runs inside a unit of work that is then rolled back, so every cell
 * starts from the same dossiers; a refusal passing authorization for another reason (a guard, a
 * missing extension) counts as allowed.
 *
 * <p>Roles: the procedure's staff roles ({@code one-stop-officer}, {@code specialist}, {@code
 * leader}, also the engine's assignment-manager role) and an unrelated {@code auditor}. Relations,
 * to the agency the rule names (the step's bound agency, else the dossier's competent agency): the
 * agency itself, its parent, a sibling under the same parent, a department of another province.
 *
 * <table>
 *   <caption>The rules, with the Javadoc they come from</caption>
 *   <tr><th>operation</th><th>allowed when the actor…</th><th>source</th></tr>
 *   <tr><td>submit</td><td>acts for the agency bound to the start step's agency role and holds its
 *       staff role or a role of an action leaving it</td><td>DESIGN "Authorization is part of
 *       routing"; {@code EngineHardeningTest.intakeIsAuthorisedLikeAnyAction}</td></tr>
 *   <tr><td>perform (each action at each step)</td><td>acts for the step's bound agency and holds
 *       one of the action's allowed roles</td><td>{@link DossierEngine} "Performing an action"</td></tr>
 *   <tr><td>undo</td><td>is the user who performed the last undoable action (any agency and role
 *       given with that user id: the host vouches for the actor)</td><td>{@link
 *       DossierEngine#undo}</td></tr>
 *   <tr><td>claim</td><td>acts for the step's agency and holds its staff role or a role one of its
 *       actions allows</td><td>{@link AssignmentCommand}</td></tr>
 *   <tr><td>release, transfer</td><td>is the step's assignee, acting for the step's agency with a
 *       role of one of the dossier's current steps there (the engine's first check, "the actor may
 *       act on it at all")</td><td>{@link AssignmentCommand}, {@link DossierEngine} "Who works a
 *       step"</td></tr>
 *   <tr><td>reassign</td><td>holds {@code leader} in the step's agency</td><td>{@link
 *       AssignmentCommand}</td></tr>
 *   <tr><td>returnToPool</td><td>holds {@code leader} (in any agency: only the steps of the actor's own
 *       agency return)</td><td>{@link DossierEngine#returnToPool}</td></tr>
 *   <tr><td>updateAttributes (no supplement round)</td><td>holds {@code leader} in the competent
 *       agency</td><td>{@link DossierEngine#updateAttributes}</td></tr>
 *   <tr><td>attachDocument, withdraw</td><td>acts for an agency that received the dossier, is
 *       competent for it or holds one of its current steps, whatever the role</td><td>{@link
 *       DossierEngine#attachDocument}, {@link DossierEngine#withdraw}</td></tr>
 *   <tr><td>stop</td><td>holds {@code leader} in the competent agency</td><td>{@link
 *       DossierEngine#stop}</td></tr>
 *   <tr><td>reorganise</td><td>always: the host authorises it, the engine records the actor</td><td>{@link
 *       DossierEngine#reorganise(String, Actor, SuccessorChooser)}</td></tr>
 * </table>
 */
class OperationAuthorizationMatrixTest {
  private static final List<String> ROLES =
      List.of("one-stop-officer", "specialist", "leader", "auditor");
  private static final String MANAGER = "leader";

  enum Relation {
    OWN,
    PARENT,
    SIBLING,
    OTHER_PROVINCE
  }

  private final FuzzWorld world = new FuzzWorld();
  private final DossierEngine engine = world.engine;
  private final Procedure procedure = FuzzWorld.procedure();
  private final AgencyDirectory directory = FuzzWorld.directory2();
  private final List<String> mismatches = new ArrayList<>();
  private int cells;
  private int allowedCells;

  /** The agency in a relation to another. */
  private String agency(Relation r, String to) {
    Agency a = directory.agencies().stream().filter(x -> x.id().equals(to)).findFirst().get();
    String parent = a.parentId().orElseThrow();
    return switch (r) {
      case OWN -> to;
      case PARENT -> parent;
      case SIBLING ->
          directory.agencies().stream()
              .filter(x -> x.parentId().equals(a.parentId()) && !x.id().equals(to))
              .map(Agency::id)
              .sorted()
              .findFirst()
              .orElseThrow();
      case OTHER_PROVINCE -> FuzzWorld.OTHER_PROVINCE_DEPT;
    };
  }

  /** Runs one cell: the attempt, its classification, and that nothing changed. */
  private void cell(
      String operation,
      String boundAgency,
      BiPredicate<String, String> expected,
      Function<Actor, Actor> who,
      Function<Actor, Object> attempt) {
    for (Relation rel : Relation.values()) {
      String agencyId = agency(rel, boundAgency);
      for (String role : ROLES) {
        Actor actor = who.apply(Actor.of("m-" + role + "-" + agencyId, agencyId, role));
        boolean allowedByRules = expected.test(role, agencyId);
        Map<String, Object> before = world.state();
        Throwable t;
        try {
          engine
              .store()
              .transactions()
              .inTransaction(
                  () -> {
                    attempt.apply(actor);
                    throw new RolledBack();
                  });
          t = null;
        } catch (Throwable e) {
          t = e;
        }
        boolean refused =
            t instanceof ActionNotAllowedException
                || t instanceof AssignmentNotAllowedException
                || t instanceof UndoNotAllowedException;
        boolean allowed = t instanceof RolledBack || (t instanceof MotcuaException && !refused);
        cells++;
        allowedCells += allowedByRules ? 1 : 0;
        if (!(allowed || refused) || allowed != allowedByRules) {
          mismatches.add(
              operation
                  + " by "
                  + role
                  + "@"
                  + agencyId
                  + " ("
                  + rel
                  + "): expected "
                  + (allowedByRules ? "allowed" : "refused")
                  + ", got "
                  + t);
        }
        if (!world.state().equals(before)) {
          mismatches.add(operation + " by " + role + "@" + agencyId + " changed the store");
        }
      }
    }
  }

  private static Function<Actor, Actor> asIs() {
    return a -> a;
  }

  private static Function<Actor, Actor> asUser(String userId) {
    return a -> new Actor(userId, a.agencyId(), a.roles());
  }

  private Step step(String id) {
    return procedure.steps().stream().filter(s -> s.id().equals(id)).findFirst().get();
  }

  /** The staff role of a step and the roles its actions allow: who may receive or claim it. */
  private Set<String> rolesAt(String stepId) {
    Set<String> roles = new LinkedHashSet<>();
    roles.add(step(stepId).staffRole());
    procedure.actionsFrom(stepId).forEach(a -> roles.addAll(a.allowedRoles()));
    return roles;
  }

  /** The agency a step of a dossier is bound to, from the dossier's bindings. */
  private String bound(Dossier d, String stepId) {
    String agencyRole = step(stepId).agencyRole();
    return agencyRole.equals("district") ? DISTRICT : d.bindings().get(agencyRole);
  }

  private StepInstance instance(Dossier d, String stepId) {
    return d.activeSteps().stream().filter(s -> s.stepId().equals(stepId)).findFirst().get();
  }

  @Test
  void onlyWhatTheProcedureAndTheRulesAllowSucceeds() {
    // submit: the start step's agency and roles
    String start = procedure.startStep();
    cell(
        "submit",
        DESK,
        (role, agency) -> agency.equals(DESK) && rolesAt(start).contains(role),
        asIs(),
        actor -> engine.submit(landSubmission("m-applicant").receivedBy(actor).build()));

    // perform: every action at every step it leaves
    for (Dossier d : world.dossiers()) {
      for (StepInstance s : d.activeSteps()) {
        String at = bound(d, s.stepId());
        for (Action a : procedure.actionsFrom(s.stepId())) {
          cell(
              "perform " + a.id() + " at " + s.stepId(),
              at,
              (role, agency) -> agency.equals(at) && a.allowedRoles().contains(role),
              asIs(),
              actor ->
                  engine.perform(
                      PerformCommand.builder(d.id(), a.id(), actor, d.version())
                          .at(s.id())
                          .comment("because")
                          .extension(TimeLimit.workingDays(1))
                          .build()));
        }
      }
    }

    // undo: the performer of the last undoable action, whatever agency and roles it is given with
    Dossier forwarded =
        engine
            .perform(
                PerformCommand.builder(
                        world.atIntake.id(), "forward", OFFICER, world.atIntake.version())
                    .build())
            .dossier();
    cell(
        "undo by its performer",
        DESK,
        (role, agency) -> true,
        asUser(OFFICER.userId()),
        actor -> engine.undo(forwarded.id(), actor, forwarded.version()));
    cell(
        "undo by another user",
        DESK,
        (role, agency) -> false,
        asIs(),
        actor -> engine.undo(forwarded.id(), actor, forwarded.version()));

    // claim an unassigned step; release and transfer the assignee's; reassign as a leader
    Dossier c = world.atConsultation;
    StepInstance tax = instance(c, "tax-check");
    cell(
        "claim",
        TAX,
        (role, agency) -> agency.equals(TAX) && rolesAt("tax-check").contains(role),
        asIs(),
        actor ->
            engine.assign(AssignmentCommand.claim(c.id(), tax.id(), actor, c.version()).build()));
    Dossier a = world.atAppraisal;
    StepInstance appraisal = instance(a, "appraise");
    cell(
        "release by the assignee",
        DISTRICT,
        (role, agency) -> agency.equals(DISTRICT) && rolesAt("appraise").contains(role),
        asUser(SPECIALIST.userId()),
        actor ->
            engine.assign(
                AssignmentCommand.release(a.id(), appraisal.id(), actor, a.version()).build()));
    cell(
        "release by another user",
        DISTRICT,
        (role, agency) -> false,
        asIs(),
        actor ->
            engine.assign(
                AssignmentCommand.release(a.id(), appraisal.id(), actor, a.version()).build()));
    cell(
        "transfer by the assignee",
        DISTRICT,
        (role, agency) -> agency.equals(DISTRICT) && rolesAt("appraise").contains(role),
        asUser(SPECIALIST.userId()),
        actor ->
            engine.assign(
                AssignmentCommand.transfer(a.id(), appraisal.id(), actor, a.version(), SPECIALIST_2)
                    .build()));
    StepInstance ward = instance(c, "ward-check");
    Actor wardColleague = Actor.of("u-ward-2", WARD, "specialist");
    cell(
        "reassign",
        WARD,
        (role, agency) -> agency.equals(WARD) && role.equals(MANAGER),
        asIs(),
        actor ->
            engine.assign(
                AssignmentCommand.reassign(c.id(), ward.id(), actor, c.version(), wardColleague)
                    .build()));
    cell(
        "returnToPool",
        DISTRICT,
        (role, agency) -> role.equals(MANAGER),
        asIs(),
        actor -> {
          PoolReturn r = engine.returnToPool(actor, SPECIALIST.userId());
          // only the steps of the leader's own agency go back
          assertThat(r.stepsReturned() == 0).isEqualTo(!actor.agencyId().equals(DISTRICT));
          return r;
        });

    // corrections, documents and endings: the competent agency (the receiving desk here)
    Dossier p = world.atApproval;
    cell(
        "updateAttributes",
        DESK,
        (role, agency) -> agency.equals(p.competentAgencyId()) && role.equals(MANAGER),
        asIs(),
        actor -> engine.updateAttributes(p.id(), actor, p.version(), Map.of("area", 90), "fix"));
    Set<String> involved =
        new LinkedHashSet<>(List.of(c.receivingAgencyId(), c.competentAgencyId()));
    c.activeSteps().forEach(s -> involved.add(s.agencyId()));
    cell(
        "attachDocument",
        TAX,
        (role, agency) -> involved.contains(agency),
        asIs(),
        actor ->
            engine.attachDocument(
                c.id(), actor, c.version(), DocumentRef.of("doc-1", "letter", "sha256:00")));
    cell(
        "withdraw",
        TAX,
        (role, agency) -> involved.contains(agency),
        asIs(),
        actor -> engine.withdraw(c.id(), actor, c.version(), "the applicant's request"));
    cell(
        "stop",
        DESK,
        (role, agency) -> agency.equals(c.competentAgencyId()) && role.equals(MANAGER),
        asIs(),
        actor -> engine.stop(c.id(), actor, c.version(), "no answer", "notice 05/1"));
    cell(
        "reorganise",
        FuzzWorld.SIBLING_WARD,
        (role, agency) -> true,
        asIs(),
        actor -> engine.reorganise(FuzzWorld.MERGER, actor));

    assertThat(mismatches).isEmpty();
    assertThat(allowedCells).isPositive().isLessThan(cells);
  }

  /** Thrown to roll back the unit of work an allowed attempt ran in. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
