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
import java.util.Optional;

/**
 * One entry of a {@link DeadlineClock}'s ledger: what happened to the clock, when, why and on whose
 * action. The actor is an opaque reference (a user or system id), never a person's name.
 *
 * @param kind what happened
 * @param at when it happened
 * @param reason why, e.g. {@code "supplement requested"}; required (not blank) for pauses and
 *     extensions, may be empty otherwise
 * @param actor an opaque reference to who did it; may be empty for automatic entries
 * @param extension the time added, present exactly for {@link Kind#EXTEND}: a positive limit in
 *     working days or working hours
 */
public record ClockEntry(
    Kind kind, Instant at, String reason, String actor, Optional<TimeLimit> extension) {

  /** What happened to a clock. */
  public enum Kind {
    /** The clock started at the receipt of a dossier (tiếp nhận). */
    START,
    /** The clock stopped counting, e.g. while the applicant supplements the dossier (tạm dừng). */
    PAUSE,
    /** The clock runs again, continuing with the budget that was left. */
    RESUME,
    /** The clock runs again with the whole budget, counted from this instant (tính lại từ đầu). */
    RESTART,
    /** The budget grows by a time limit (gia hạn). */
    EXTEND,
    /** The clock stopped for good: the dossier or step is finished. */
    STOP
  }

  /**
   * Validates.
   *
   * @param kind what happened
   * @param at when it happened
   * @param reason why; not blank for pauses and extensions
   * @param actor an opaque reference to who did it
   * @param extension the time added, present exactly for extensions
   * @throws IllegalArgumentException if a pause or extension has no reason, or the extension does
   *     not match the kind
   * @throws IncompatibleTimeLimitException if an extension is in calendar days or is zero
   */
  public ClockEntry {
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    requireNonNull(actor, "actor");
    requireNonNull(extension, "extension");
    if ((kind == Kind.PAUSE || kind == Kind.EXTEND) && reason.isBlank()) {
      throw new IllegalArgumentException(
          "a clock " + kind.name().toLowerCase(java.util.Locale.ROOT) + " needs a reason");
    }
    if (extension.isPresent() != (kind == Kind.EXTEND)) {
      throw new IllegalArgumentException(
          "a clock entry carries an extension exactly when it is EXTEND; got "
              + kind
              + " with extension "
              + extension);
    }
    if (extension.isPresent()) {
      TimeLimit e = extension.get();
      if (e.unit() == TimeLimit.Unit.CALENDAR_DAYS) {
        throw new IncompatibleTimeLimitException(
            e,
            CountingRule.WORKING_TIME,
            "an extension must be in working days or working hours, not calendar days");
      }
      if (e.amount().signum() == 0) {
        throw new IncompatibleTimeLimitException(
            e, CountingRule.WORKING_TIME, "an extension must be longer than zero");
      }
    }
  }
}
