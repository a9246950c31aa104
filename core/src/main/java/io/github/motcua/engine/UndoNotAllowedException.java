package io.github.motcua.engine;

/**
 * Nothing can be undone: the last action is not undoable, the next step has acted, or the actor is
 * not the user who performed it.
 */
public final class UndoNotAllowedException extends CommandRefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier
   * @param actionId the action concerned, or an empty string when there is none
   * @param message what was wrong, where, and what is allowed
   */
  public UndoNotAllowedException(String dossierId, String actionId, String message) {
    super(dossierId, actionId, message);
  }
}
