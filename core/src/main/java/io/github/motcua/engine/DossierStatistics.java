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

import io.github.motcua.spi.StatisticsScope;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Statistics of an agency (the receiving agency), a procedure and a period {@code [from, to)}, as
 * the one-stop reports count them.
 *
 * <ul>
 *   <li>{@code received}: received in the period; {@code carriedOver}: received before it and
 *       unfinished at its start (tồn kỳ trước).
 *   <li>Of those unfinished at the end of the period: {@code waitingForApplicant} (the dossier
 *       clock is paused), otherwise {@code inProgressNotDue} or {@code inProgressOverdue} by the
 *       dossier's due instant at the end of the period.
 *   <li>Of those finished in the period: {@code finishedEarly}, {@code finishedOnTime}, {@code
 *       finishedLate}; {@code onTimeRate} is (early + on time) / finished, empty when none
 *       finished.
 *   <li>{@code byPortalCode}: every dossier counted above by the national portal code (1–10) of its
 *       current status.
 * </ul>
 *
 * @param scope the agency, procedure and period
 * @param received received in the period
 * @param carriedOver carried over from before the period
 * @param inProgressNotDue unfinished at the end, not yet due
 * @param inProgressOverdue unfinished at the end, past due
 * @param waitingForApplicant unfinished at the end, waiting for the applicant
 * @param finishedEarly finished in the period before the due day
 * @param finishedOnTime finished in the period on the due day, not after the due instant
 * @param finishedLate finished in the period after the due instant
 * @param onTimeRate (early + on time) / finished, if any finished
 * @param byPortalCode national portal status code to count
 */
public record DossierStatistics(
    StatisticsScope scope,
    long received,
    long carriedOver,
    long inProgressNotDue,
    long inProgressOverdue,
    long waitingForApplicant,
    long finishedEarly,
    long finishedOnTime,
    long finishedLate,
    OptionalDouble onTimeRate,
    Map<Integer, Long> byPortalCode) {
  /**
   * Validates and copies.
   *
   * @param scope the scope
   * @param received received
   * @param carriedOver carried over
   * @param inProgressNotDue in progress, not due
   * @param inProgressOverdue in progress, overdue
   * @param waitingForApplicant waiting for the applicant
   * @param finishedEarly finished early
   * @param finishedOnTime finished on time
   * @param finishedLate finished late
   * @param onTimeRate the on-time rate, if any
   * @param byPortalCode counts by portal code
   */
  public DossierStatistics {
    requireNonNull(scope, "scope");
    requireNonNull(onTimeRate, "onTimeRate");
    byPortalCode = Map.copyOf(byPortalCode);
  }

  /**
   * Returns how many dossiers finished in the period.
   *
   * @return early + on time + late
   */
  public long finished() {
    return finishedEarly + finishedOnTime + finishedLate;
  }
}
