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

import java.util.List;

/**
 * The action asked for is not available at any current step of the dossier (or the dossier has
 * finished). The message names the current steps and the actions available there.
 */
public final class ActionNotAvailableException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> currentSteps;
  private final transient List<String> availableActions;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action asked for
   * @param currentSteps the ids of the current steps
   * @param availableActions the actions available at them
   */
  public ActionNotAvailableException(
      String dossierId, String actionId, List<String> currentSteps, List<String> availableActions) {
    super(
        dossierId,
        actionId,
        "action '"
            + actionId
            + "' is not available at "
            + (currentSteps.isEmpty()
                ? "dossier '" + dossierId + "', which has finished"
                : (currentSteps.size() == 1 ? "step '" : "steps '")
                    + String.join("', '", currentSteps)
                    + "'")
            + "; available: "
            + (availableActions.isEmpty() ? "none" : String.join(", ", availableActions)));
    this.currentSteps = List.copyOf(currentSteps);
    this.availableActions = List.copyOf(availableActions);
  }

  /**
   * Creates the exception with a message of its own (for an action the dossier's state, such as its
   * clock, does not allow).
   *
   * @param dossierId the dossier
   * @param actionId the action asked for
   * @param currentSteps the ids of the current steps
   * @param message what was wrong and what is allowed
   */
  public ActionNotAvailableException(
      String dossierId, String actionId, List<String> currentSteps, String message) {
    super(dossierId, actionId, message);
    this.currentSteps = List.copyOf(currentSteps);
    this.availableActions = List.of();
  }

  /**
   * Returns the current steps of the dossier.
   *
   * @return the step ids
   */
  public List<String> currentSteps() {
    return currentSteps;
  }

  /**
   * Returns the actions available at the current steps.
   *
   * @return the action ids
   */
  public List<String> availableActions() {
    return availableActions;
  }
}
