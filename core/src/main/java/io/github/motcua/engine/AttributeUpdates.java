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
import io.github.motcua.deadline.ClockState;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Procedure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Corrects a dossier's attributes for {@link DossierEngine#updateAttributes}: while the dossier
 * waits for the applicant's supplement, an officer of the step it waits at; at any time, a holder
 * of an assignment-manager role (default {@code leader}) in its competent agency. The new values
 * are checked against the procedure's declarations like a submission's, and recorded with the old
 * ones in the audit trail, never in log lines. Stateless; thread-safe.
 */
final class AttributeUpdates {
  static final String UPDATE = "update-attributes";

  private final EngineContext ctx;
  private final Commands commands;
  private final Set<String> managers;

  AttributeUpdates(EngineContext ctx, Commands commands, Set<String> managers) {
    this.ctx = ctx;
    this.commands = commands;
    this.managers = Set.copyOf(managers);
  }

  PerformResult update(
      String dossierId,
      Actor actor,
      long expectedVersion,
      Map<String, Object> changes,
      String reason) {
    return commands.command(
        dossierId, UPDATE, () -> inTransaction(dossierId, actor, expectedVersion, changes, reason));
  }

  private PerformResult inTransaction(
      String dossierId,
      Actor actor,
      long expectedVersion,
      Map<String, Object> changes,
      String reason) {
    return ctx.decide(
        dossierId, expectedVersion, d -> updateOn(d, actor, expectedVersion, changes, reason));
  }

  private PerformResult updateOn(
      Dossier d, Actor actor, long expectedVersion, Map<String, Object> changes, String reason) {
    EngineContext.loaded(d);
    boolean manager =
        actor.agencyId().equals(d.competentAgencyId()) && Involvement.holdsAny(actor, managers);
    boolean atStep = false;
    for (StepInstance s : d.activeSteps()) {
      atStep |= s.agencyId().equals(actor.agencyId()) && actor.hasRole(s.staffRole());
    }
    if (!manager && !atStep) {
      throw ActionNotAllowedException.stranger(d.id(), UPDATE, actor);
    }
    if (d.version() != expectedVersion) {
      throw new StaleDossierVersionException(d.id(), expectedVersion, d.version());
    }
    boolean supplementRound = d.clock().state() == ClockState.PAUSED && atStep;
    if (!manager && !supplementRound) {
      throw new ActionNotAllowedException(
          d.id(),
          UPDATE,
          d.competentAgencyId(),
          managers,
          "the attributes of dossier '"
              + d.id()
              + "' may be corrected by the officer of the step it waits at during a supplement"
              + " round, or at any time by a holder of "
              + String.join(" or ", new TreeSet<>(managers))
              + " in its competent agency '"
              + d.competentAgencyId()
              + "'");
    }
    if (d.finishedAt().isPresent()) {
      throw new ActionNotAvailableException(
          d.id(), UPDATE, java.util.List.of(), "dossier '" + d.id() + "' has ended");
    }
    if (reason.isBlank()) {
      throw new ReasonRequiredException(
          d.id(), UPDATE, "a correction of attributes states why, as its reason");
    }
    Procedure p = ctx.index(d).procedure;
    Map<String, Object> values = new LinkedHashMap<>();
    changes.forEach((k, v) -> values.put(k, Attributes.declared(p, k, v, d.id())));
    Transition tx =
        Transition.of(
            ctx, d, ctx.index(d), ctx.now(), actor.userId(), actor.agencyId(), Optional.empty());
    tx.changeAttributes(values, reason);
    Dossier next = tx.finish(Optional.empty());
    ctx.store(d.version(), next, tx.events(), Optional.empty());
    return new PerformResult(next, tx.events(), false);
  }
}
