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

/**
 * Nothing can be undone: the last action is not undoable, the next step has acted, or the actor is
 * not the user who performed it.
 */
public final class UndoNotAllowedException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action concerned, or an empty string when there is none
   * @param message what was wrong, where, and what is allowed
   */
  public UndoNotAllowedException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
