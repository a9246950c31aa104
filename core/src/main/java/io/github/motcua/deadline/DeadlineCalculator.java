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

import io.github.motcua.calendar.WorkingCalendar;
import java.time.Instant;

/**
 * Computes due instants on one working calendar. Immutable and thread-safe.
 *
 * <p>Worked examples on {@link WorkingCalendar#vietnam()} (Monday to Friday, 07:30–11:30 and
 * 13:00–17:00, standard day 8 hours):
 *
 * <ul>
 *   <li>{@link CountingRule#WORKING_TIME}, received Monday 9 March 2026 09:00, 1 working day: due
 *       Tuesday 10 March 09:00.
 *   <li>{@link CountingRule#WORKING_TIME} with a 15:00 cut-off, received Friday 24 April 2026
 *       16:10, 15 working days: counting starts Tuesday 28 April 07:30 (Saturday, Sunday and Monday
 *       27 April, the compensatory day for the Hùng Kings' day, are off), skips 30 April and 1 May,
 *       and the dossier is due Wednesday 20 May 17:00.
 *   <li>{@link CountingRule#END_OF_DAY}, received Monday 9 March 2026 09:00, 1 working day:
 *       counting starts Tuesday, due Tuesday 10 March 17:00; with 0 days, due Monday 17:00; with 0
 *       days and a 15:00 cut-off, received at 16:00, due Tuesday 17:00.
 *   <li>{@link CountingRule#CALENDAR_DAYS}, received Friday 13 March 2026 09:00, 1 calendar day:
 *       Saturday 14 March is not a working day, due Monday 16 March 17:00.
 * </ul>
 */
public final class DeadlineCalculator {
  private final WorkingCalendar calendar;

  private DeadlineCalculator(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Returns a calculator on a calendar.
   *
   * @param calendar the working calendar
   * @return the calculator
   */
  public static DeadlineCalculator on(WorkingCalendar calendar) {
    return new DeadlineCalculator(requireNonNull(calendar, "calendar"));
  }

  /**
   * Returns the calendar this calculator counts on.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Computes the due instant of a time limit counted from a receipt.
   *
   * @param received when the dossier was received
   * @param limit the time limit
   * @param policy the counting rule and intake cut-off
   * @return the deadline with its explanation
   * @throws IncompatibleTimeLimitException if the policy cannot count the limit
   * @throws io.github.motcua.calendar.DateOutOfRangeException if counting leaves the calendar's
   *     range
   */
  public Deadline compute(Instant received, TimeLimit limit, CountingPolicy policy) {
    return Deadline.of(calendar, received, limit, policy);
  }

  /**
   * Returns the instant counting starts for a receipt under a policy.
   *
   * @param received when the dossier was received
   * @param policy the counting policy (its intake cut-off matters)
   * @return the effective start
   */
  public Instant effectiveStart(Instant received, CountingPolicy policy) {
    requireNonNull(received, "received");
    requireNonNull(policy, "policy");
    return Counting.effectiveStart(calendar, received, policy).at();
  }
}
