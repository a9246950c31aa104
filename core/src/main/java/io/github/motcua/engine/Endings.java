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
import io.github.motcua.dossier.StaleDossierVersionException;
import io.github.motcua.procedure.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ends dossiers outside the procedure's actions, for {@link DossierEngine#withdraw} and {@link
 * DossierEngine#stop}: the applicant's withdrawal (rút hồ sơ, status 7) and the competent agency's
 * stop (dừng xử lý, status 8, with its notice). Both are national portal statuses every procedure
 * has, so no procedure needs to declare them; both are audited by the COMPLETED event with their
 * outcome, reason and, for a stop, the notice. Checks in the engine's order: the dossier exists and
 * is open, the actor may act on it, the version, then the rule. Stateless; thread-safe.
 */
final class Endings {
  static final String WITHDRAW = "withdraw";
  static final String STOP = "stop";

  private final EngineContext ctx;
  private final Commands commands;
  private final Set<String> managers;

  Endings(EngineContext ctx, Commands commands, Set<String> managers) {
    this.ctx = ctx;
    this.commands = commands;
    this.managers = Set.copyOf(managers);
  }

  PerformResult withdraw(String dossierId, Actor actor, long expectedVersion, String reason) {
    return commands.command(
        dossierId,
        WITHDRAW,
        () -> end(dossierId, actor, expectedVersion, reason, Optional.empty(), Outcome.WITHDRAWN));
  }

  PerformResult stop(
      String dossierId, Actor actor, long expectedVersion, String reason, String notice) {
    return commands.command(
        dossierId,
        STOP,
        () -> end(dossierId, actor, expectedVersion, reason, Optional.of(notice), Outcome.STOPPED));
  }

  private PerformResult end(
      String dossierId,
      Actor actor,
      long expectedVersion,
      String reason,
      Optional<String> notice,
      Outcome outcome) {
    return ctx.decide(
        dossierId, expectedVersion, d -> endOn(d, actor, expectedVersion, reason, notice, outcome));
  }

  private PerformResult endOn(
      Dossier d,
      Actor actor,
      long expectedVersion,
      String reason,
      Optional<String> notice,
      Outcome outcome) {
    String op = outcome == Outcome.WITHDRAWN ? WITHDRAW : STOP;
    EngineContext.loaded(d);
    if (!Involvement.agencyInvolved(d, actor)) {
      throw ActionNotAllowedException.stranger(d.id(), op, actor);
    }
    if (d.version() != expectedVersion) {
      throw new StaleDossierVersionException(d.id(), expectedVersion, d.version());
    }
    if (d.finishedAt().isPresent()) {
      throw new ActionNotAvailableException(
          d.id(),
          op,
          List.of(),
          "dossier '"
              + d.id()
              + "' has already ended ("
              + d.outcome().orElseThrow()
              + "); it cannot be "
              + (outcome == Outcome.WITHDRAWN ? "withdrawn" : "stopped"));
    }
    if (outcome == Outcome.STOPPED
        && (!actor.agencyId().equals(d.competentAgencyId())
            || !Involvement.holdsAny(actor, managers))) {
      throw new ActionNotAllowedException(
          d.id(),
          op,
          d.competentAgencyId(),
          managers,
          "dossier '"
              + d.id()
              + "' may be stopped only by a holder of "
              + String.join(" or ", new TreeSet<>(managers))
              + " in its competent agency '"
              + d.competentAgencyId()
              + "'; the actor acts for agency '"
              + actor.agencyId()
              + "' with roles "
              + new TreeSet<>(actor.roles()));
    }
    if (reason.isBlank() || notice.map(String::isBlank).orElse(false)) {
      throw new ReasonRequiredException(
          d.id(),
          op,
          outcome == Outcome.WITHDRAWN
              ? "a withdrawal states the applicant's request as its reason"
              : "a stop states its reason and the reference of its notice (form 05 of Circular"
                  + " 03/2025/TT-VPCP)");
    }
    Transition tx =
        Transition.of(
            ctx, d, ctx.index(d), ctx.now(), actor.userId(), actor.agencyId(), Optional.empty());
    tx.end(outcome, reason, notice);
    Dossier next = tx.finish(Optional.empty());
    ctx.store(d.version(), next, tx.events(), Optional.empty());
    return new PerformResult(next, tx.events(), false);
  }
}
