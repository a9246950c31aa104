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

/**
 * How a time limit in days is counted from the instant a dossier is received. Every rule first
 * finds the effective start: the receipt itself in working time, the next working period when
 * received outside working time, or the next working day's opening when received on a working day
 * after the intake cut-off ({@link CountingPolicy}). A limit in working hours is always counted as
 * {@link #WORKING_TIME}, and a limit in calendar days always by {@link #CALENDAR_DAYS} ({@link
 * CountingPolicy#appliedRule(TimeLimit)}).
 *
 * <p>Worked examples (Vietnamese public-sector calendar, 07:30–11:30 and 13:00–17:00; each one is
 * reproduced by a test):
 *
 * <ul>
 *   <li>{@link #WORKING_TIME}: received Monday 09:00 with 1 working day, due Tuesday 09:00; with
 *       0.5 working days, due Monday 14:30.
 *   <li>{@link #END_OF_DAY}: received Monday 09:00 with 1 working day, counting starts Tuesday, due
 *       Tuesday 17:00; with 0 days, due Monday 17:00; with 0 days and a 15:00 cut-off, received
 *       Monday 16:00, due Tuesday 17:00.
 *   <li>{@link #CALENDAR_DAYS}: received Friday 09:00 with 1 calendar day, due Saturday, which is
 *       not a working day, so due at the close of Monday, 17:00.
 * </ul>
 */
public enum CountingRule {
  /**
   * N days are N times the standard day of working time, counted from the effective start (the
   * common practice). Fractions work: 0.5 days are half a standard day.
   */
  WORKING_TIME,
  /**
   * Civil Code arts. 147–148: counting starts the working day after the (effective) receipt day;
   * due at the close (the end of the last working period) of the N-th working day. N = 0 means the
   * close of the effective receipt day (same-day procedures such as birth registration). A
   * fractional limit is rounded up to whole days: 0.5 days is due at the close of the next working
   * day.
   */
  END_OF_DAY,
  /**
   * Due at the close of the day N calendar days after the effective receipt day (the Civil Code
   * reading: a period in days ends at the end of its last day); a due day that is not a working day
   * moves to the close of the next working day.
   */
  CALENDAR_DAYS
}
