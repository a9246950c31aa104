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
 * What {@link DossierEngine#returnToPool} did: the step instances it returned and the dossiers it
 * changed (each in its own change), and the dossiers it left because others kept changing them.
 *
 * @param stepsReturned how many step instances went back to the pool
 * @param dossierIds the dossiers changed, in the order they were changed
 * @param skippedDossierIds the dossiers left unchanged after repeated lost races; a new call
 *     returns their steps
 */
public record PoolReturn(
    int stepsReturned, List<String> dossierIds, List<String> skippedDossierIds) {
  /**
   * Validates and copies.
   *
   * @param stepsReturned the steps returned
   * @param dossierIds the dossiers changed
   * @param skippedDossierIds the dossiers skipped
   */
  public PoolReturn {
    dossierIds = List.copyOf(dossierIds);
    skippedDossierIds = List.copyOf(skippedDossierIds);
  }
}
