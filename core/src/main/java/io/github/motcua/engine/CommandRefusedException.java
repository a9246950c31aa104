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

import io.github.motcua.RefusedException;

/**
 * The engine refused to perform or undo an action on a dossier; nothing changed. Catch this type to
 * handle every refusal in one place; the subtypes say which rule refused and carry its context:
 * {@link ActionNotAvailableException}, {@link ActionNotAllowedException}, {@link
 * GuardNotSatisfiedException}, {@link ReasonRequiredException}, {@link
 * RoundLimitExceededException}, {@link ExtensionLimitExceededException}, {@link
 * InvalidExtensionException}, {@link UndoNotAllowedException}. None is retryable as sent ({@link
 * #retryable()} is false): the same command would be refused again.
 *
 * <p>A stale expected version is refused with {@link
 * io.github.motcua.dossier.StaleDossierVersionException} (retryable) and a reused idempotency key
 * with {@link io.github.motcua.dossier.IdempotencyKeyConflictException}: stores throw them too, so
 * they live in the dossier package; all belong to the family {@link
 * io.github.motcua.RefusedException}.
 */
public abstract class CommandRefusedException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String actionId;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action refused
   * @param message what was wrong, where, and what is allowed
   */
  protected CommandRefusedException(String dossierId, String actionId, String message) {
    super(message);
    this.dossierId = dossierId;
    this.actionId = actionId;
  }

  /**
   * Returns the dossier.
   *
   * @return the dossier id
   */
  public String dossierId() {
    return dossierId;
  }

  /**
   * Returns the action refused.
   *
   * @return the action id
   */
  public String actionId() {
    return actionId;
  }
}
