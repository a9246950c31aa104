package io.github.motcua.engine;

import io.github.motcua.MotcuaException;

/** The dossier's attributes do not satisfy the guard of the action asked for. */
public final class GuardNotSatisfiedException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final transient String dossierId;
  private final transient String actionId;

  /**
   * Creates the exception.
   *
   * @param dossierId the dossier, or the procedure code when there is no dossier yet
   * @param actionId the action whose guard failed
   * @param message what was wrong, where, and what is allowed
   */
  public GuardNotSatisfiedException(String dossierId, String actionId, String message) {
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
   * Returns the action whose guard failed.
   *
   * @return the value
   */
  public String actionId() {
    return actionId;
  }
}
