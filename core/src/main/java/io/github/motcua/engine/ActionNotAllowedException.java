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

import java.util.Set;

/**
 * The actor may not perform the action: they act for another agency than the one the step is bound
 * to, or hold none of the staff roles the action allows (or, for an undo, they are not the user who
 * performed the action).
 */
public final class ActionNotAllowedException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String requiredAgencyId;
  private final transient Set<String> allowedRoles;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action
   * @param requiredAgencyId the agency the step is bound to
   * @param allowedRoles the staff roles that may perform it
   * @param message what the actor held and what was needed
   */
  public ActionNotAllowedException(
      String dossierId,
      String actionId,
      String requiredAgencyId,
      Set<String> allowedRoles,
      String message) {
    super(dossierId, actionId, message);
    this.requiredAgencyId = requiredAgencyId;
    this.allowedRoles = Set.copyOf(allowedRoles);
  }

  /**
   * The refusal for an actor who may not act on the dossier at all (no active step in their agency
   * for their roles): it names the dossier id the actor sent and nothing else of the dossier.
   *
   * @param dossierId the dossier id sent
   * @param actionId the action sent
   * @param actor the actor
   * @return the exception, whose required agency is empty and allowed roles empty
   */
  static ActionNotAllowedException stranger(
      String dossierId, String actionId, io.github.motcua.agency.Actor actor) {
    return new ActionNotAllowedException(
        dossierId,
        actionId,
        "",
        Set.of(),
        "the actor acting for agency '"
            + actor.agencyId()
            + "' may not act on dossier '"
            + dossierId
            + "': none of its current steps is in that agency for the actor's roles");
  }

  /**
   * Returns the agency the step is bound to (empty when the actor may not act on the dossier at
   * all, so that a stranger learns nothing of it).
   *
   * @return the agency id
   */
  public String requiredAgencyId() {
    return requiredAgencyId;
  }

  /**
   * Returns the staff roles that may perform the action.
   *
   * @return the roles
   */
  public Set<String> allowedRoles() {
    return allowedRoles;
  }
}
