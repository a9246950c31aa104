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
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.EventType;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.engine.AssignmentNotAllowedException.Reason;
import io.github.motcua.spi.IdempotencyRecord;
import io.github.motcua.spi.StepPage;
import io.github.motcua.spi.StepQuery;
import io.github.motcua.spi.WorkItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who works a step instance: claims, releases, reassignments, transfers ({@link AssignmentCommand})
 * and a leader's return of an officer's steps to the pool. The checks run in the order of {@link
 * Commands}: a repeated idempotency key (answered only for the same actor and command), the dossier
 * exists, the actor may act on it at all (an active step in the actor's agency for one of its roles
 * or an assignment-manager role, else {@link ActionNotAllowedException} telling nothing), the
 * expected version, then the assignment rule ({@link AssignmentNotAllowedException}). The change
 * goes through {@link Transition#assign} and {@link EngineContext#store}. An assignment drops the
 * dossier's undo point: the step it concerns has acted. Stateless; thread-safe.
 */
final class Assignments {
  private static final Logger LOG = LoggerFactory.getLogger(Assignments.class);

  /** The operation name of a return to the pool, in refusals. */
  static final String RETURN_TO_POOL = "return-to-pool";

  /** How many times a return to the pool retries a dossier others keep changing. */
  private static final int RETRIES = 3;

  private static final int PAGE = 200;

  private final EngineContext ctx;
  private final Commands commands;
  private final Set<String> managers;

  Assignments(EngineContext ctx, Commands commands, Set<String> managers) {
    this.ctx = ctx;
    this.commands = commands;
    this.managers = Set.copyOf(managers);
  }

  /** See {@link DossierEngine#assign(AssignmentCommand)}. */
  PerformResult assign(AssignmentCommand cmd) {
    String digest = digest(cmd);
    return commands.command(
        cmd.dossierId(), cmd.kind().operation(), () -> assignInTransaction(cmd, digest));
  }

  private static String digest(AssignmentCommand cmd) {
    return new CommandDigest("assign", cmd.actor())
        .add(cmd.kind().name())
        .add(cmd.dossierId())
        .add(cmd.stepInstanceId())
        .add(cmd.expectedVersion())
        .add(cmd.target().map(Actor::userId).orElse(null))
        .add(cmd.target().map(Actor::agencyId).orElse(null))
        .add(cmd.target().map(t -> new TreeSet<>(t.roles()).toString()).orElse(null))
        .add(cmd.comment().orElse(null))
        .hex();
  }

  private PerformResult assignInTransaction(AssignmentCommand cmd, String digest) {
    if (cmd.idempotencyKey().isPresent()) {
      Optional<PerformResult> replay = commands.replay(cmd.idempotencyKey().get(), digest);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    return ctx.decide(cmd.dossierId(), cmd.expectedVersion(), d -> assignOn(d, cmd, digest));
  }

  private PerformResult assignOn(Dossier d, AssignmentCommand cmd, String digest) {
    EngineContext.loaded(d);
    ProcedureIndex px = ctx.index(d);
    Actor actor = cmd.actor();
    String op = cmd.kind().operation();
    // an active step is bound to the actor's agency, and the actor holds one of its roles or an
    // assignment-manager role
    if (!Involvement.atActiveStep(d, px, actor)
        && !(isManager(actor) && Involvement.agencyAtActiveStep(d, actor.agencyId()))) {
      throw ActionNotAllowedException.stranger(d.id(), op, actor);
    }
    if (d.version() != cmd.expectedVersion()) {
      throw new StaleDossierVersionException(d.id(), cmd.expectedVersion(), d.version());
    }
    StepInstance at =
        d.activeStep(cmd.stepInstanceId())
            .orElseThrow(
                () ->
                    refusal(
                        d,
                        op,
                        cmd.stepInstanceId(),
                        Reason.STEP_NOT_ACTIVE,
                        "step instance '"
                            + cmd.stepInstanceId()
                            + "' is not active on dossier '"
                            + d.id()
                            + "'; active: "
                            + d.activeSteps().stream().map(StepInstance::id).toList()));
    if (!at.agencyId().equals(actor.agencyId())) {
      throw refusal(
          d,
          op,
          at.id(),
          Reason.OTHER_AGENCY,
          "step instance '"
              + at.id()
              + "' of dossier '"
              + d.id()
              + "' is bound to agency '"
              + at.agencyId()
              + "'; the actor acts for agency '"
              + actor.agencyId()
              + "'");
    }
    Optional<String> to = check(d, px, at, cmd);
    EventType type =
        switch (cmd.kind()) {
          case CLAIM -> EventType.STEP_CLAIMED;
          case RELEASE -> EventType.STEP_RELEASED;
          case REASSIGN -> EventType.STEP_REASSIGNED;
          case TRANSFER -> EventType.STEP_TRANSFERRED;
        };
    Transition tx =
        Transition.of(
            ctx, d, px, ctx.now(), actor.userId(), actor.agencyId(), cmd.idempotencyKey());
    tx.assign(at, to, type, cmd.comment());
    Dossier next = tx.finish(Optional.empty());
    Optional<IdempotencyRecord> rec =
        cmd.idempotencyKey()
            .map(
                k ->
                    new IdempotencyRecord(
                        k, d.id(), op, d.version(), next.version(), actor.userId(), digest));
    return commands.storeOrReplay(d, next, tx.events(), rec, digest);
  }

  /** The rule of the command's kind; returns the new assignee. */
  private Optional<String> check(
      Dossier d, ProcedureIndex px, StepInstance at, AssignmentCommand cmd) {
    Actor actor = cmd.actor();
    String op = cmd.kind().operation();
    switch (cmd.kind()) {
      case CLAIM -> {
        if (!Involvement.holdsStepRole(actor, px, at)) {
          throw refusal(
              d,
              op,
              at.id(),
              Reason.ROLE_NOT_HELD,
              "step instance '"
                  + at.id()
                  + "' of dossier '"
                  + d.id()
                  + "' may be claimed by a holder of "
                  + String.join(" or ", Involvement.stepRoles(px, at))
                  + "; the actor holds "
                  + new TreeSet<>(actor.roles()));
        }
        if (at.assignee().isPresent()) {
          throw refusal(
              d,
              op,
              at.id(),
              Reason.ALREADY_ASSIGNED,
              "step instance '"
                  + at.id()
                  + "' of dossier '"
                  + d.id()
                  + "' is already assigned"
                  + (at.assignee().get().equals(actor.userId()) ? " to the actor" : "")
                  + "; only a step in the pool (assigned to nobody) may be claimed");
        }
        return Optional.of(actor.userId());
      }
      case RELEASE -> {
        requireOwn(d, at, actor, op);
        return Optional.empty();
      }
      case TRANSFER -> {
        requireOwn(d, at, actor, op);
        Actor target = cmd.target().orElseThrow();
        if (target.userId().equals(actor.userId())) {
          throw refusal(
              d,
              op,
              at.id(),
              Reason.TARGET_NOT_ELIGIBLE,
              "step instance '"
                  + at.id()
                  + "' of dossier '"
                  + d.id()
                  + "' is already the actor's; transfer it to another officer");
        }
        requireEligible(d, at, target, op);
        return Optional.of(target.userId());
      }
      case REASSIGN -> {
        requireManager(d.id(), at.id(), actor, op);
        Actor target = cmd.target().orElseThrow();
        requireEligible(d, at, target, op);
        if (at.assignee().equals(Optional.of(target.userId()))) {
          throw refusal(
              d,
              op,
              at.id(),
              Reason.ALREADY_ASSIGNED,
              "step instance '"
                  + at.id()
                  + "' of dossier '"
                  + d.id()
                  + "' is already assigned to the target user");
        }
        return Optional.of(target.userId());
      }
    }
    throw new IllegalStateException("unknown assignment kind " + cmd.kind());
  }

  private void requireOwn(Dossier d, StepInstance at, Actor actor, String op) {
    if (!at.assignee().equals(Optional.of(actor.userId()))) {
      throw refusal(
          d,
          op,
          at.id(),
          Reason.NOT_ASSIGNED_TO_ACTOR,
          "step instance '"
              + at.id()
              + "' of dossier '"
              + d.id()
              + "' is "
              + (at.assignee().isPresent() ? "assigned to another user" : "in the pool")
              + "; only its assignee may "
              + op
              + " it");
    }
  }

  private static void requireEligible(Dossier d, StepInstance at, Actor target, String op) {
    if (!target.agencyId().equals(at.agencyId()) || !target.hasRole(at.staffRole())) {
      throw refusal(
          d,
          op,
          at.id(),
          Reason.TARGET_NOT_ELIGIBLE,
          "step instance '"
              + at.id()
              + "' of dossier '"
              + d.id()
              + "' may be given only to a user of agency '"
              + at.agencyId()
              + "' holding "
              + at.staffRole()
              + "; the target acts for agency '"
              + target.agencyId()
              + "' with roles "
              + new TreeSet<>(target.roles()));
    }
  }

  private void requireManager(String dossierId, String instanceId, Actor actor, String op) {
    if (!isManager(actor)) {
      throw new AssignmentNotAllowedException(
          dossierId,
          op,
          instanceId,
          Reason.NOT_A_MANAGER,
          "only a holder of "
              + String.join(" or ", new TreeSet<>(managers))
              + " may "
              + op
              + (dossierId.isEmpty() ? "" : " on dossier '" + dossierId + "'")
              + "; the actor holds "
              + new TreeSet<>(actor.roles()));
    }
  }

  private boolean isManager(Actor actor) {
    return Involvement.holdsAny(actor, managers);
  }

  private static AssignmentNotAllowedException refusal(
      Dossier d, String op, String instanceId, Reason reason, String message) {
    return new AssignmentNotAllowedException(d.id(), op, instanceId, reason, message);
  }

  /** See {@link DossierEngine#returnToPool(Actor, String)}. */
  PoolReturn returnToPool(Actor leader, String userId) {
    requireManager("", "", leader, RETURN_TO_POOL);
    List<String> changed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int steps = 0;
    Set<String> seen = new LinkedHashSet<>();
    StepQuery q = StepQuery.builder(PAGE).agency(leader.agencyId()).assignee(userId).build();
    while (true) {
      StepPage page = ctx.store.steps(q);
      for (WorkItem it : page.items()) {
        String id = it.dossier().id();
        if (!seen.add(id)) {
          continue;
        }
        int n = returnDossier(id, leader, userId);
        if (n > 0) {
          changed.add(id);
          steps += n;
        } else if (n < 0) {
          skipped.add(id);
        }
      }
      if (page.next().isEmpty()) {
        break;
      }
      q = q.after(page.next().get());
    }
    return new PoolReturn(steps, changed, skipped);
  }

  /** Returns one dossier's steps of the user: the count returned, or -1 when skipped. */
  private int returnDossier(String dossierId, Actor leader, String userId) {
    return EngineContext.withDossier(
        dossierId,
        () -> {
          for (int attempt = 0; attempt < RETRIES; attempt++) {
            try {
              return ctx.inTransaction(() -> returnInTransaction(dossierId, leader, userId));
            } catch (StaleDossierVersionException e) {
              LOG.debug("return to pool lost a race on dossier {}; retrying", dossierId);
            }
          }
          return -1;
        });
  }

  private int returnInTransaction(String dossierId, Actor leader, String userId) {
    Optional<Dossier> found = ctx.store.load(dossierId);
    if (found.isEmpty()) {
      return 0;
    }
    Dossier d = found.get();
    EngineContext.loaded(d);
    List<StepInstance> theirs = new ArrayList<>(2);
    for (StepInstance s : d.activeSteps()) {
      if (s.agencyId().equals(leader.agencyId()) && s.assignee().equals(Optional.of(userId))) {
        theirs.add(s);
      }
    }
    if (theirs.isEmpty()) {
      return 0;
    }
    Transition tx =
        Transition.of(
            ctx, d, ctx.index(d), ctx.now(), leader.userId(), leader.agencyId(), Optional.empty());
    for (StepInstance s : theirs) {
      tx.assign(s, Optional.empty(), EventType.STEP_RETURNED_TO_POOL, Optional.empty());
    }
    Dossier next = tx.finish(Optional.empty());
    ctx.store(d.version(), next, tx.events(), Optional.empty());
    return theirs.size();
  }
}
