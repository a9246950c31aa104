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
package io.github.motcua.spi;

import static java.util.Objects.requireNonNull;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.StepInstance;

/**
 * One active step instance of a dossier, as a worklist or a due-time query returns it.
 *
 * @param dossier the dossier as stored
 * @param step the active step instance, one of {@code dossier.activeSteps()}
 */
public record WorkItem(Dossier dossier, StepInstance step) {
  /**
   * Validates.
   *
   * @param dossier the dossier
   * @param step the step instance
   */
  public WorkItem {
    requireNonNull(dossier, "dossier");
    requireNonNull(step, "step");
  }

  /**
   * Returns the keyset position of this item.
   *
   * @return the cursor
   */
  public WorklistCursor cursor() {
    return WorklistCursor.of(dossier.id(), step);
  }
}
