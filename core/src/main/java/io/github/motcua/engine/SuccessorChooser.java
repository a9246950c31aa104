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

import io.github.motcua.agency.Reorganisation;
import io.github.motcua.dossier.Dossier;

/**
 * Chooses, for one dossier, which successor takes over from an agency that ceased: for a split, by
 * the dossier's place (the commune of the applicant's residence, the land parcel's commune). The
 * default ({@link #FIRST}) takes the reorganisation's first successor.
 */
@FunctionalInterface
public interface SuccessorChooser {
  /** The reorganisation's first successor, whatever the dossier. */
  SuccessorChooser FIRST = (dossier, predecessor, r) -> r.successorOf(predecessor);

  /**
   * Chooses the successor.
   *
   * @param dossier the dossier being moved
   * @param predecessor the agency that ceased
   * @param reorganisation the reorganisation
   * @return one of the reorganisation's successors
   */
  String successor(Dossier dossier, String predecessor, Reorganisation reorganisation);
}
