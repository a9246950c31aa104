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
package io.github.motcua.deadline;

/** Why counting starts when it does, relative to the instant a dossier was received. */
public enum StartCause {
  /** Received in working time, before any intake cut-off: counting starts at receipt. */
  AS_RECEIVED,
  /**
   * Received outside working time (a rest day, a holiday, the lunch break, after hours): counting
   * starts at the next working period.
   */
  OUTSIDE_WORKING_TIME,
  /**
   * Received on a working day after the intake cut-off: counting starts at the opening of the next
   * working day.
   */
  AFTER_CUTOFF
}
