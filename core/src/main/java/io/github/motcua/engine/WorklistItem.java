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

import static java.util.Objects.requireNonNull;

import io.github.motcua.deadline.RemainingTime;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;
import java.util.Optional;

/**
 * One dossier waiting at a step, with the time it has left there ("còn 2 ngày 3 giờ").
 *
 * @param dossier the dossier
 * @param step the active step instance
 * @param stepName the step's readable name from the pinned procedure
 * @param remaining the working time left at the step (negative when overdue); empty while the
 *     dossier waits for the applicant
 */
public record WorklistItem(
    Dossier dossier, StepInstance step, String stepName, Optional<RemainingTime> remaining) {
  /**
   * Validates.
   *
   * @param dossier the dossier
   * @param step the step instance
   * @param stepName the step's name
   * @param remaining the time left, if counted
   */
  public WorklistItem {
    requireNonNull(dossier, "dossier");
    requireNonNull(step, "step");
    requireNonNull(stepName, "stepName");
    requireNonNull(remaining, "remaining");
  }
}
