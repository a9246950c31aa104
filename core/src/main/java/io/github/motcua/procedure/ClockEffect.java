package io.github.motcua.procedure;

/** What an action does to the dossier's clock. */
public enum ClockEffect {
  /** The clock keeps running. */
  NONE,
  /**
   * The clock stops while the dossier waits for the applicant: to supplement it (yêu cầu bổ sung:
   * the action leads to a step showing {@link DossierStatus#SUPPLEMENT_REQUESTED}, and is one round
   * of the {@link SupplementPolicy}), or to pay fees and taxes (thông báo nghĩa vụ tài chính: the
   * step shows {@link DossierStatus#FINANCIAL_OBLIGATION_REQUESTED}; no round). See {@link
   * Procedure#requestsSupplement}; validation warns about a pause to a step showing anything else.
   */
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
