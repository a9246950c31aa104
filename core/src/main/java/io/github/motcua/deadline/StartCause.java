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
