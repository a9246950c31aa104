package io.github.motcua.engine;

import io.github.motcua.MotcuaException;

/**
 * Nothing can be undone: the last action is not undoable, the next step has acted, or the actor is
 * not the user who performed it.
 */
public final class UndoNotAllowedException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String actionId;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param actionId the action concerned, or an empty string when there is none
   * @param message what was wrong, where, and what is allowed
   */
  public UndoNotAllowedException(String dossierId, String actionId, String message) {
    super(message);
    this.dossierId = dossierId;
    this.actionId = actionId;
  }

  /**
   * Returns the dossier (or the procedure code when there is no dossier yet).
   *
   * @return the id
   */
  public String dossierId() {
    return dossierId;
  }

  /**
   * Returns the action concerned, or an empty string when there is none.
   *
   * @return the value
   */
  public String actionId() {
    return actionId;
  }
}
