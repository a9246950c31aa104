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
import io.github.motcua.dossier.StepInstance;
import io.github.motcua.procedure.Action;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is involved in a dossier, the first check of every command (a stranger is refused without a
 * detail of the dossier; see the authorization matrix in {@link DossierEngine}). One place for the
 * three answers the commands need.
 */
final class Involvement {
  private Involvement() {}

  /**
   * Whether the actor works a current step: an active step is bound to the actor's agency and the
   * actor holds its staff role or a role one of its actions allows. Actions and assignments ask
   * this.
   */
  static boolean atActiveStep(Dossier d, ProcedureIndex px, Actor actor) {
    for (StepInstance s : d.activeSteps()) {
      if (s.agencyId().equals(actor.agencyId()) && holdsStepRole(actor, px, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor holds one of a step's roles ({@link #stepRoles}), without building the set:
   * every command asks it.
   */
  static boolean holdsStepRole(Actor actor, ProcedureIndex px, StepInstance s) {
    if (actor.hasRole(s.staffRole())) {
      return true;
    }
    for (Action a : px.actionsFrom(s.stepId())) {
      if (holdsAny(actor, a.allowedRoles())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an active step of the dossier is bound to the agency. */
  static boolean agencyAtActiveStep(Dossier d, String agencyId) {
    for (StepInstance s : d.activeSteps()) {
      if (s.agencyId().equals(agencyId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor's agency is involved at all: it received the dossier, is competent for it, or
   * holds one of its current steps. Withdrawals, stops and documents ask this.
   */
  static boolean agencyInvolved(Dossier d, Actor actor) {
    String a = actor.agencyId();
    return a.equals(d.receivingAgencyId())
        || a.equals(d.competentAgencyId())
        || agencyAtActiveStep(d, a);
  }

  /** Whether the actor holds at least one of the roles. */
  static boolean holdsAny(Actor actor, Collection<String> roles) {
    for (String r : roles) {
      if (actor.hasRole(r)) {
        return true;
      }
    }
    return false;
  }

  /** A step's roles: its staff role, then the roles its actions allow. */
  static Set<String> stepRoles(ProcedureIndex px, StepInstance s) {
    Set<String> roles = new LinkedHashSet<>();
    roles.add(s.staffRole());
    for (Action a : px.actionsFrom(s.stepId())) {
      roles.addAll(a.allowedRoles());
    }
    return roles;
  }
}
