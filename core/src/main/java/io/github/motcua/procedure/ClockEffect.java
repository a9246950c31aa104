package io.github.motcua.procedure;

/** What an action does to the dossier's clock. */
public enum ClockEffect {
  /** The clock keeps running. */
  NONE,
  /** The clock stops, e.g. while the applicant supplements the dossier (yêu cầu bổ sung). */
  PAUSE,
  /**
   * The clock runs again as the procedure's {@link SupplementPolicy} says: continuing the remaining
   * budget, or restarting it.
   */
  RESUME,
  /** The clock runs again with the whole budget, whatever the supplement policy says. */
  RESTART,
  /** The due date moves once more, with a reason (gia hạn, with a letter of apology). */
  EXTEND
}
