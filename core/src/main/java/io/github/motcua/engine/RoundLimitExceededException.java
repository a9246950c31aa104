package io.github.motcua.engine;

/**
 * An action that loops back, or a supplement request, was performed as many times as the procedure
 * allows.
 */
public final class RoundLimitExceededException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action refused
   * @param message what was wrong, where, and what is allowed
   */
  public RoundLimitExceededException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
