package io.github.motcua.engine;

/** The action requires a reason (comment) and none was given. */
public final class ReasonRequiredException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action that requires a reason
   * @param message what was wrong, where, and what is allowed
   */
  public ReasonRequiredException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
