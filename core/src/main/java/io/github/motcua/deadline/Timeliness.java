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

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How a finished dossier or step is classed against its due instant. */
public enum Timeliness {
  /** Finished on a day before the due day (trước hạn). */
  EARLY,
  /** Finished on the due day, not after the due instant (đúng hạn). */
  ON_TIME,
  /** Finished after the due instant (trễ hạn). */
  LATE;

  /**
   * Classes a finish against a due instant, comparing days in a zone.
   *
   * @param due the due instant
   * @param finishedAt when the work finished
   * @param zone the zone in which days are read
   * @return {@link #EARLY} if finished on a day before the due day, {@link #ON_TIME} if on the due
   *     day and not after the due instant, {@link #LATE} otherwise
   */
  public static Timeliness classify(Instant due, Instant finishedAt, ZoneId zone) {
    requireNonNull(due, "due");
    requireNonNull(finishedAt, "finishedAt");
    requireNonNull(zone, "zone");
    if (finishedAt.isAfter(due)) {
      return LATE;
    }
    LocalDate finishDay = LocalDate.ofInstant(finishedAt, zone);
    return finishDay.isBefore(LocalDate.ofInstant(due, zone)) ? EARLY : ON_TIME;
  }
}
