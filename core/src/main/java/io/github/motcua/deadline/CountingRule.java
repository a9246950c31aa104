package io.github.motcua.deadline;

/**
 * How a time limit in days is counted from the instant a dossier is received.
 *
 * <p>Worked examples (Vietnamese public-sector calendar, 07:30–11:30 and 13:00–17:00):
 *
 * <ul>
 *   <li>{@link #WORKING_TIME}: received Monday 09:00 with 1 working day, due Tuesday 09:00.
 *   <li>{@link #END_OF_DAY}: received Monday 09:00 with 1 working day, counting starts Tuesday, due
 *       Tuesday 17:00.
 *   <li>{@link #CALENDAR_DAYS}: received Friday 09:00 with 1 calendar day, due Saturday, which is
 *       not a working day, so due at the close of Monday, 17:00.
 * </ul>
 */
public enum CountingRule {
  /**
   * N days are N times the standard day of working time, counted from the effective start (the
   * common practice).
   */
  WORKING_TIME,
  /**
   * Civil Code arts. 147–148: counting starts the working day after receipt; due at the close of
   * the N-th working day. N = 0 means the close of the day of receipt (same-day procedures).
   */
  END_OF_DAY,
  /**
   * Due N calendar days later at the same time; a due day that is not a working day moves to the
   * close of the next working day.
   */
  CALENDAR_DAYS
}
