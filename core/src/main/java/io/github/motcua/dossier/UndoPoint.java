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
package io.github.motcua.dossier;

import static java.util.Objects.requireNonNull;

/**
 * What an undoable action left behind so that the same actor can undo it while the next step has
 * not acted: the action, its actor, the version it produced and the dossier as it was before.
 *
 * @param actionId the action performed
 * @param userId the opaque id of the user who performed it; only that user may undo it
 * @param performedVersion the dossier version right after the action
 * @param before the dossier snapshot before the action (itself without an undo point)
 */
public record UndoPoint(String actionId, String userId, long performedVersion, Dossier before) {
  /**
   * Validates.
   *
   * @param actionId the action performed
   * @param userId the user who performed it
   * @param performedVersion the version right after the action
   * @param before the snapshot before the action
   * @throws IllegalArgumentException if {@code before} carries an undo point itself
   */
  public UndoPoint {
    requireNonNull(actionId, "actionId");
    requireNonNull(userId, "userId");
    requireNonNull(before, "before");
    if (before.undo().isPresent()) {
      throw new IllegalArgumentException(
          "the snapshot before an action must not carry an undo point");
    }
  }
}
