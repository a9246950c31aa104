package io.github.motcua.engine;

/** The dossier's attributes do not satisfy the guard of the action asked for. */
public final class GuardNotSatisfiedException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action whose guard failed
   * @param message what was wrong, where, and what is allowed
   */
  public GuardNotSatisfiedException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
